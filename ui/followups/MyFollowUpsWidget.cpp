// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "followups/MyFollowUpsWidget.h"

#include "ModelRoles.h"
#include "domain/Error.h"
#include "followups/FollowUpListDelegate.h"
#include "followups/FollowUpListModel.h"
#include "services/FollowUpService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

MyFollowUpsWidget::MyFollowUpsWidget(FollowUpService &service, Actor actor, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_model(new FollowUpListModel(service, m_actor, this)),
      m_summary(new QLabel(this)),
      m_list(new QListView(this)),
      m_error(new QLabel(this)),
      m_done(new QPushButton(tr("&Done"), this)),
      m_open(new QPushButton(tr("&Open Customer"), this)),
      m_clockTick(new QTimer(this))
{
    setObjectName(u"myFollowUps"_s);
    QFont title = m_summary->font();
    title.setWeight(QFont::DemiBold);
    m_summary->setFont(title);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new FollowUpListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("My follow-ups"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setVisible(false);
    m_done->setToolTip(tr("Mark the selected follow-up as done"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, &MyFollowUpsWidget::completeSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            emit openCustomerRequested(current.data(FollowUpRoles::CustomerId).toLongLong());
    });
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit openCustomerRequested(index.data(FollowUpRoles::CustomerId).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyFollowUpsWidget::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyFollowUpsWidget::updateButtons);
    connect(m_model, &FollowUpListModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MyFollowUpsWidget::updateButtons);
    // Due times pass while the list is open; once a minute is as fine as the times are shown.
    m_clockTick->setInterval(60 * 1000);
    connect(m_clockTick, &QTimer::timeout, m_model, &FollowUpListModel::reload);
    m_clockTick->start();
    updateSummary();
    updateButtons();
}

QString MyFollowUpsWidget::summaryText() const
{
    return m_summary->text();
}

void MyFollowUpsWidget::updateSummary()
{
    try {
        const qint64 open = m_service.openCount(m_actor);
        const qint64 overdue = m_service.overdueCount(m_actor);
        if (open == 0)
            m_summary->setText(tr("No follow-ups planned."));
        else if (overdue == 0)
            m_summary->setText(tr("%n follow-up(s) planned", nullptr, int(qMin<qint64>(open, 1'000'000))));
        else
            m_summary->setText(tr("%n follow-up(s) planned", nullptr, int(qMin<qint64>(open, 1'000'000))) + u", "_s
                + tr("%n overdue", nullptr, int(qMin<qint64>(overdue, 1'000'000))));
    } catch (const Error &error) {
        m_summary->setText(error.message());
    }
}

void MyFollowUpsWidget::updateButtons()
{
    const bool chosen = m_list->currentIndex().isValid();
    m_done->setEnabled(chosen);
    m_open->setEnabled(chosen);
}

bool MyFollowUpsWidget::completeSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return false;
    const int row = current.row();
    m_error->setVisible(false);
    try {
        m_service.complete(m_actor, current.data(FollowUpRoles::Id).toLongLong());
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->setVisible(true);
        return false;
    }
    // The service's change signal reloaded the list; stay near where the agent was.
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
    return true;
}

} // namespace tandem
