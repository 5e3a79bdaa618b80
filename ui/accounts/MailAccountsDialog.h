// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/MailAccountService.h"
#include "services/MailConnectionCheck.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace tandem {

class ConversationService;
class MessageBanner;

// Mail accounts, for team leads: the support mailboxes customers write to, added, changed, removed and
// tested. Every change goes through the mail account service (leads only, audited, the password to the
// secret store). "Test Connection" runs on a thread of its own, so the window stays alive while a server
// takes its time, and says exactly what failed.
class MailAccountsDialog : public QDialog
{
    Q_OBJECT

public:
    MailAccountsDialog(
        MailAccountService &accounts, const ConversationService &conversations, Actor actor, QWidget *parent = nullptr);
    ~MailAccountsDialog() override;

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }
    bool selectAccount(Id accountId);

    // Each returns false (with the reason shown) when the service refuses.
    bool addAccount(const MailAccount &account, const QString &password);
    bool changeSelected(const MailAccount &account, const QString &newPassword);
    bool removeSelected();
    // Starts checking the selected account's servers; connectionTested() follows.
    void testSelected();
    [[nodiscard]] bool isTesting() const { return m_testing != nullptr; }

signals:
    void connectionTested(const tandem::MailConnectionCheck &result);

private:
    void reload();
    void updateButtons();
    void showAddForm();
    void showChangeForm();
    void confirmRemove();
    void showTestResult(const MailConnectionCheck &result, const QString &accountName);
    [[nodiscard]] std::optional<MailAccount> selected() const;
    template<typename Change> bool apply(Change change);

    MailAccountService &m_accounts;
    const ConversationService &m_conversations;
    Actor m_actor;
    MessageBanner *m_banner;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QPushButton *m_test;
    QThread *m_testing = nullptr;
};

} // namespace tandem
