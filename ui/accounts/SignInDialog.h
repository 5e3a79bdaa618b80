// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tandem {

class AccountService;

// Asks for login and password. In a demo workspace it also lists the demo accounts with their (public)
// passwords; a click fills them in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AccountService &accounts, const QString &workspaceName, QWidget *parent = nullptr);

    // The agent signed in once the dialog was accepted.
    [[nodiscard]] std::optional<Actor> actor() const { return m_actor; }
    void setLogin(const QString &login);
    void setPassword(const QString &password);
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QTreeWidget *demoAccounts() const { return m_demoAccounts; }
    // Checks the login and password; accepts the dialog when they match, shows why not otherwise.
    bool signIn();

private:
    void updateButton();

    AccountService &m_accounts;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QTreeWidget *m_demoAccounts = nullptr;
    QPushButton *m_signIn;
    std::optional<Actor> m_actor;
};

} // namespace tandem
