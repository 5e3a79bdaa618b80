// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace tandem {

class AccountService;
class AgentAccountForm;

// The first start of a new workspace without accounts: who is its first team lead? That lead then adds
// the rest of the team.
class FirstLeadDialog : public QDialog
{
    Q_OBJECT

public:
    FirstLeadDialog(AccountService &accounts, const QString &workspaceName, QWidget *parent = nullptr);

    // The new lead, signed in, once the dialog was accepted.
    [[nodiscard]] std::optional<Actor> actor() const { return m_actor; }
    [[nodiscard]] AgentAccountForm *form() const { return m_form; }
    [[nodiscard]] QString errorText() const;
    // Creates the account; accepts the dialog, or shows why not.
    bool create();

private:
    void updateState();

    AccountService &m_accounts;
    AgentAccountForm *m_form;
    QLabel *m_error;
    QPushButton *m_create;
    std::optional<Actor> m_actor;
};

} // namespace tandem
