// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/AccountService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tandem {

class AgentListModel;

// Accounts, for team leads: the team's agents, add one, disable or enable one, change a role, set a
// password. Each change goes through the account service, which audits it and refuses what the role
// table forbids (and disabling or demoting the last active lead).
class AgentsDialog : public QDialog
{
    Q_OBJECT

public:
    AgentsDialog(AccountService &accounts, Actor actor, QWidget *parent = nullptr);

    [[nodiscard]] AgentListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString errorText() const;
    bool selectAgent(Id agentId);

    // Each returns false (with the reason shown) when the service refuses.
    bool addAgent(const NewAgent &account);
    bool setSelectedActive(bool active);
    bool changeSelectedRole(Role role);
    bool setSelectedPassword(const QString &password);

private:
    void showAddDialog();
    void showPasswordDialog();
    void updateButtons();
    void showError(const QString &message);
    [[nodiscard]] const Agent *selected() const;
    template<typename Change> bool apply(Change change);

    AccountService &m_accounts;
    Actor m_actor;
    AgentListModel *m_model;
    QTableView *m_table;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_toggleActive;
    QComboBox *m_role;
    QPushButton *m_changeRole;
    QPushButton *m_password;
};

} // namespace tandem
