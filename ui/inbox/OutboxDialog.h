// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "services/Actor.h"

#include <QDialog>

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
    // Sends the selected failed reply again.
    void retrySelected();

private:
    void updateButtons();

    OutboxService &m_service;
    Actor m_actor;
    MessageBanner *m_banner;
    OutboxModel *m_model;
    QTableView *m_view;
    QLabel *m_details; // the selected entry's whole state, which the column may cut
    QPushButton *m_retry;
    Id m_shownId = 0; // selected before the list was read again
};

} // namespace tandem
