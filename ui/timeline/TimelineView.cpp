// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/TimelineView.h"

#include "FlowLayout.h"
#include "InteractionIcons.h"
#include "ModelRoles.h"
#include "timeline/TimelineCardDelegate.h"
#include "timeline/TimelineModel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QToolButton *chip(const QString &text, const QIcon &icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(icon);
    button->setIconSize(QSize(14, 14));
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(QObject::tr("Show only these; with nothing chosen, everything shows"));
    QFont small = button->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    button->setFont(small);
    button->setStyleSheet(u"QToolButton { padding: 1px 5px; }"_s);
    return button;
}

const QList<InteractionKind> &chipKinds()
{
    static const QList<InteractionKind> kinds { InteractionKind::Message, InteractionKind::Call, InteractionKind::Note,
        InteractionKind::Feedback, InteractionKind::Complaint, InteractionKind::Order, InteractionKind::Refund,
        InteractionKind::Escalation, InteractionKind::FollowUp, InteractionKind::Referral };
    return kinds;
}

} // namespace

TimelineView::TimelineView(TimelineModel &model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_title(new QLabel(this)),
      m_textFilter(new QLineEdit(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)),
      m_newest(new QPushButton(tr("Newest"), this)),
      m_list(new QListView(this)),
      m_filterDelay(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    auto *chips = new QWidget(this);
    auto *flow = new FlowLayout(chips);
    for (const Channel channel : allValues<Channel>()) {
        QToolButton *button = chip(displayName(channel), InteractionIcons::icon(channel), chips);
        button->setProperty("channel", int(channel));
        flow->addWidget(button);
        m_channelChips.append(button);
        connect(button, &QToolButton::toggled, this, &TimelineView::applyFilter);
    }
    for (const InteractionKind kind : chipKinds()) {
        QToolButton *button = chip(displayName(kind), InteractionIcons::icon(kind), chips);
        button->setProperty("kind", int(kind));
        flow->addWidget(button);
        m_kindChips.append(button);
        connect(button, &QToolButton::toggled, this, &TimelineView::applyFilter);
    }

    m_textFilter->setPlaceholderText(tr("Filter this timeline"));
    m_textFilter->setAccessibleName(tr("Filter this timeline"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMaxLength(10000);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date to jump to"));
    auto *jump = new QPushButton(tr("&Jump to Date"), this);
    m_newest->setToolTip(tr("Back to the newest events"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_textFilter, 1);
    tools->addWidget(m_date);
    tools->addWidget(jump);
    tools->addWidget(m_newest);

    m_list->setModel(&m_model);
    m_list->setItemDelegate(new TimelineCardDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAccessibleName(tr("Customer timeline"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_title);
    layout->addWidget(chips);
    layout->addLayout(tools);
    layout->addWidget(m_list, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, &TimelineView::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(jump, &QPushButton::clicked, this, [this] {
        m_model.jumpToDate(m_date->date());
        updateNewestButton();
    });
    connect(m_newest, &QPushButton::clicked, this, [this] {
        m_model.showNewest();
        updateNewestButton();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TimelineView::updateNewestButton);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        emit currentInteractionChanged(current.isValid() ? current.data(TimelineRoles::Id).toLongLong() : 0);
    });
    connect(&m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &TimelineView::rememberAnchor);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::restoreAnchor);
    updateNewestButton();
}

void TimelineView::setTitle(const QString &title)
{
    m_title->setText(title);
}

void TimelineView::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void TimelineView::applyFilter()
{
    TimelineFilter filter;
    for (const QToolButton *button : std::as_const(m_channelChips)) {
        if (button->isChecked())
            filter.channels.append(Channel(button->property("channel").toInt()));
    }
    for (const QToolButton *button : std::as_const(m_kindChips)) {
        if (button->isChecked())
            filter.kinds.append(InteractionKind(button->property("kind").toInt()));
    }
    filter.text = m_textFilter->text();
    m_model.setFilter(filter);
}

void TimelineView::updateNewestButton()
{
    m_newest->setVisible(!m_model.isShowingNewest());
}

// Inserting above the visible rows would push them down; the reader keeps seeing the same card.
void TimelineView::rememberAnchor()
{
    m_anchorId = 0;
    if (m_list->verticalScrollBar()->value() == 0)
        return; // at the top, new events should simply appear
    const QModelIndex top = m_list->indexAt(QPoint(4, 4));
    if (!top.isValid())
        return;
    m_anchorId = top.data(TimelineRoles::Id).toLongLong();
    m_anchorOffset = m_list->visualRect(top).top();
}

void TimelineView::restoreAnchor(const QModelIndex &, int first)
{
    if (m_anchorId == 0)
        return;
    const int row = m_model.rowOf(m_anchorId);
    if (row < 0 || first > row)
        return; // rows appended below move nothing

    m_list->doItemsLayout();
    const int shift = m_list->visualRect(m_model.index(row)).top() - m_anchorOffset;
    m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->value() + shift);
}

bool TimelineView::selectInteraction(Id interactionId)
{
    int row = m_model.rowOf(interactionId);
    while (row < 0 && m_model.canFetchMore({})) {
        m_model.fetchMore({});
        row = m_model.rowOf(interactionId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model.index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

} // namespace tandem
