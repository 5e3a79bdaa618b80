// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/AccountService.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace tandem {

// The fields of a new account: login, name, e-mail, role (unless fixed) and the password typed twice.
class AgentAccountForm : public QWidget
{
    Q_OBJECT

public:
    // With `fixedRole`, the role is not asked (the first account of a workspace is its team lead).
    explicit AgentAccountForm(std::optional<Role> fixedRole, QWidget *parent = nullptr);

    // The account as typed.
    [[nodiscard]] NewAgent account() const;
    // What is missing before the service is even asked, or empty.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool isComplete() const;
    void setAccount(const NewAgent &account);

signals:
    void changed();

private:
    std::optional<Role> m_fixedRole;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
};

} // namespace tandem
