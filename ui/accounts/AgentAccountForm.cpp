// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AgentAccountForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace tandem {

AgentAccountForm::AgentAccountForm(std::optional<Role> fixedRole, QWidget *parent)
    : QWidget(parent),
      m_fixedRole(fixedRole),
      m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this))
{
    m_login->setObjectName(u"login"_s);
    m_login->setMaxLength(AccountService::maximumLoginLength);
    m_login->setPlaceholderText(tr("e.g. sam.carter"));
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("as colleagues see it"));
    m_email->setObjectName(u"email"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n character(s)", nullptr, AccountService::minimumPasswordLength));
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_repeat->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    if (!fixedRole) {
        m_role = new QComboBox(this);
        m_role->setObjectName(u"role"_s);
        for (const Role role : allValues<Role>())
            m_role->addItem(displayName(role), int(role));
        form->addRow(tr("&Role:"), m_role);
    }
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);

    for (QLineEdit *edit : { m_login, m_name, m_email, m_password, m_repeat })
        connect(edit, &QLineEdit::textChanged, this, &AgentAccountForm::changed);
}

NewAgent AgentAccountForm::account() const
{
    NewAgent account;
    account.login = m_login->text().trimmed();
    account.displayName = m_name->text().trimmed();
    account.email = m_email->text().trimmed();
    account.role = m_fixedRole ? *m_fixedRole : Role(m_role->currentData().toInt());
    account.password = m_password->text();
    return account;
}

void AgentAccountForm::setAccount(const NewAgent &account)
{
    m_login->setText(account.login);
    m_name->setText(account.displayName);
    m_email->setText(account.email);
    if (m_role)
        m_role->setCurrentIndex(m_role->findData(int(account.role)));
    m_password->setText(account.password);
    m_repeat->setText(account.password);
}

QString AgentAccountForm::problem() const
{
    if (m_login->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty())
        return tr("Fill in the login and the name.");
    if (m_password->text().size() < AccountService::minimumPasswordLength)
        return tr("A password needs at least %n character(s).", nullptr, AccountService::minimumPasswordLength);
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ.");
    return {};
}

bool AgentAccountForm::isComplete() const
{
    return problem().isEmpty();
}

} // namespace tandem
