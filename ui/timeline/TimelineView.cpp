// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/TimelineView.h"

#include "InteractionIcons.h"
#include "ModelRoles.h"
#include "timeline/TimelineCardDelegate.h"
#include "timeline/TimelineModel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// A drop-down of choices for one dimension of the filter; its text says what is chosen.
QToolButton *choiceButton(const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(accessibleName);
    button->setCheckable(true); // checked while it narrows the list, so the on state shows
    button->setStyleSheet(
        u"QToolButton { padding: 2px 16px 2px 6px; }"
        " QToolButton:checked { background-color: palette(highlight);"
        " color: palette(highlighted-text); border: 1px solid palette(highlight); border-radius: 3px; }"_s);
    button->setMenu(new QMenu(button));
    return button;
}

QAction *addChoice(QToolButton *button, const QString &text, const QIcon &icon)
{
    QAction *action = button->menu()->addAction(icon, text);
    action->setCheckable(true);
    return action;
}

// "All channels", "Email, Phone", or "3 channels": what a choice button narrows the list to.
QString choiceSummary(const QList<QAction *> &choices, const QString &all, const QString &many)
{
    QStringList chosen;
    for (const QAction *action : choices) {
        if (action->isChecked())
            chosen.append(action->text());
    }
    if (chosen.isEmpty())
        return all;
    return chosen.size() <= 2 ? chosen.join(u", "_s) : many.arg(chosen.size());
}

const QList<InteractionKind> &filterKinds()
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
      m_channelButton(choiceButton(tr("Channels to show"), this)),
      m_kindButton(choiceButton(tr("Kinds of event to show"), this)),
      m_matchCount(new QLabel(this)),
      m_clearFilter(new QPushButton(tr("Show All"), this)),
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

    for (const Channel channel : allValues<Channel>()) {
        QAction *action = addChoice(m_channelButton, displayName(channel), InteractionIcons::icon(channel));
        action->setData(int(channel));
        m_channelChoices.append(action);
        connect(action, &QAction::toggled, this, &TimelineView::applyFilter);
    }
    for (const InteractionKind kind : filterKinds()) {
        QAction *action = addChoice(m_kindButton, displayName(kind), InteractionIcons::icon(kind));
        action->setData(int(kind));
        m_kindChoices.append(action);
        connect(action, &QAction::toggled, this, &TimelineView::applyFilter);
    }
    m_channelButton->setObjectName(u"channelFilter"_s);
    m_kindButton->setObjectName(u"kindFilter"_s);
    m_matchCount->setObjectName(u"matchCount"_s);
    m_clearFilter->setToolTip(tr("Clear the channel, kind and word filters"));
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_channelButton);
    choices->addWidget(m_kindButton);
    choices->addStretch(1);
    choices->addWidget(m_matchCount);
    choices->addWidget(m_clearFilter);

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
    layout->addLayout(choices);
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
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        m_currentBeforeReset = current.isValid() ? current.data(TimelineRoles::Id).toLongLong() : 0;
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TimelineView::keepCurrentAfterReset);
    connect(&m_model, &TimelineModel::countsChanged, this, &TimelineView::updateFilterBar);
    connect(m_clearFilter, &QPushButton::clicked, this, &TimelineView::clearFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        emit currentInteractionChanged(current.isValid() ? current.data(TimelineRoles::Id).toLongLong() : 0);
    });
    connect(&m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &TimelineView::rememberAnchor);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::restoreAnchor);
    updateNewestButton();
    updateFilterBar();
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
    for (const QAction *action : std::as_const(m_channelChoices)) {
        if (action->isChecked())
            filter.channels.append(Channel(action->data().toInt()));
    }
    for (const QAction *action : std::as_const(m_kindChoices)) {
        if (action->isChecked())
            filter.kinds.append(InteractionKind(action->data().toInt()));
    }
    filter.text = m_textFilter->text();
    m_model.setFilter(filter);
    updateFilterBar();
}

void TimelineView::clearFilter()
{
    for (QAction *action : std::as_const(m_channelChoices) + std::as_const(m_kindChoices)) {
        const QSignalBlocker quiet(action);
        action->setChecked(false);
    }
    {
        const QSignalBlocker quiet(m_textFilter);
        m_textFilter->clear();
    }
    m_filterDelay->stop();
    applyFilter();
}

void TimelineView::updateFilterBar()
{
    m_channelButton->setText(choiceSummary(m_channelChoices, tr("All channels"), tr("%1 channels")));
    m_kindButton->setText(choiceSummary(m_kindChoices, tr("All kinds"), tr("%1 kinds")));
    m_channelButton->setChecked(!m_model.filter().channels.isEmpty());
    m_kindButton->setChecked(!m_model.filter().kinds.isEmpty());
    const bool filtered = !m_model.filter().isEmpty();
    const qint64 total = m_model.totalCount();
    m_matchCount->setText(
        tr("%1 of %n event(s) match", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())))
            .arg(QLocale().toString(m_model.matchingCount())));
    m_matchCount->setVisible(filtered);
    m_clearFilter->setVisible(filtered);
}

// A reload (another filter, a jump) keeps the event the reader had chosen when it is still listed;
// when the filter hid it, the details must not go on showing it.
void TimelineView::keepCurrentAfterReset()
{
    const Id previous = std::exchange(m_currentBeforeReset, 0);
    if (previous == 0)
        return;
    const int row = m_model.rowOf(previous);
    if (row >= 0)
        m_list->setCurrentIndex(m_model.index(row));
    else
        emit currentInteractionChanged(0);
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
