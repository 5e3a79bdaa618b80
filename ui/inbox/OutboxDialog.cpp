// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/OutboxDialog.h"

#include "MessageBanner.h"
#include "domain/Error.h"
#include "inbox/OutboxModel.h"
#include "services/OutboxService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

OutboxDialog::OutboxDialog(OutboxService &service, const Actor &actor, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_banner(new MessageBanner(this)),
      m_model(new OutboxModel(service, actor, this)),
      m_view(new QTableView(this)),
      m_details(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_sendAgain(new QPushButton(tr("Send &Again"), this)),
      m_markSent(new QPushButton(tr("&Mark as Sent"), this))
{
    setWindowTitle(tr("Outbox"));
    auto *intro = new QLabel(tr("Replies that have not reached the customer yet. Nothing here is lost: queued "
                                "replies go out when their channel is connected, and a failed one goes out again "
                                "when you retry it."),
        this);
    intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Replies waiting in the outbox"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(u"outboxDetails"_s);
    m_retry->setToolTip(tr("Send the selected failed reply again"));
    m_sendAgain->setToolTip(tr("Send the selected reply again: the customer gets it twice if it did reach them"));
    m_markSent->setToolTip(tr("Record the selected reply as sent: it did reach the customer"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_sendAgain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_markSent, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_sendAgain, &QPushButton::clicked, this, &OutboxDialog::sendSelectedAgain);
    connect(m_markSent, &QPushButton::clicked, this, &OutboxDialog::markSelectedSent);
    connect(m_model, &OutboxModel::failed, m_banner, &MessageBanner::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_shownId = current.isValid() ? m_model->entryAt(current.row()).id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The list is read again on every change: the entry looked at stays selected.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->entryAt(row).id == m_shownId)
                m_view->selectRow(row);
        }
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

void OutboxDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_retry->setEnabled(current.isValid() && m_model->entryAt(current.row()).mayRetry);
    const bool undecided = current.isValid() && m_model->entryAt(current.row()).maybeSent;
    // Shown only where they mean something: a reply that may have been sent.
    m_retry->setVisible(!undecided);
    m_sendAgain->setVisible(undecided);
    m_markSent->setVisible(undecided);
    m_sendAgain->setEnabled(undecided && m_model->entryAt(current.row()).mayResolve);
    m_markSent->setEnabled(m_sendAgain->isEnabled());
    m_details->setText(current.isValid() ? OutboxModel::stateText(m_model->entryAt(current.row())) : QString());
}

void OutboxDialog::onSelected(const std::function<void(Id)> &action, const QString &done)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    try {
        action(m_model->entryAt(current.row()).id);
        m_banner->showDone(done);
    } catch (const Error &error) {
        m_banner->showError(error.message());
    }
}

void OutboxDialog::retrySelected()
{
    onSelected([this](Id id) { m_service.retry(m_actor, id); }, tr("The reply is queued again and goes out shortly."));
}

void OutboxDialog::sendSelectedAgain()
{
    onSelected(
        [this](Id id) { m_service.sendAgain(m_actor, id); }, tr("The reply is queued again and goes out shortly."));
}

void OutboxDialog::markSelectedSent()
{
    onSelected([this](Id id) { m_service.markSent(m_actor, id); }, tr("The reply is recorded as sent."));
}

} // namespace tandem
