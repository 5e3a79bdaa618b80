// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace tandem {

class MessageBanner;
class OutboxModel;
class OutboxService;

// Conversation > Outbox: the replies not sent yet, why a failed one failed, and Retry for it.
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    OutboxDialog(OutboxService &service, const Actor &actor, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] OutboxModel *model() const { return m_model; }
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    [[nodiscard]] QPushButton *sendAgainButton() const { return m_sendAgain; }
    [[nodiscard]] QPushButton *markSentButton() const { return m_markSent; }
    // Sends the selected failed reply again.
    void retrySelected();
    // The selected reply that may have been sent: send it again, or record it sent.
    void sendSelectedAgain();
    void markSelectedSent();

private:
    void updateButtons();
    // Runs `action` on the selected entry; says `done`, or why it was refused.
    void onSelected(const std::function<void(Id)> &action, const QString &done);

    OutboxService &m_service;
    Actor m_actor;
    MessageBanner *m_banner;
    OutboxModel *m_model;
    QTableView *m_view;
    QLabel *m_details; // the selected entry's whole state, which the column may cut
    QPushButton *m_retry;
    QPushButton *m_sendAgain;
    QPushButton *m_markSent;
    Id m_shownId = 0; // selected before the list was read again
};

} // namespace tandem
