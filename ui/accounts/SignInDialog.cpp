// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/SignInDialog.h"

#include "domain/Error.h"
#include "services/AccountService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

SignInDialog::SignInDialog(AccountService &accounts, const QString &workspaceName, QWidget *parent)
    : QDialog(parent),
      m_accounts(accounts),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_signIn(nullptr)
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In to Tandem"));
    auto *intro = new QLabel(tr("Sign in to <b>%1</b>.").arg(workspaceName.toHtmlEscaped()), this);
    intro->setTextFormat(Qt::RichText);
    intro->setWordWrap(true);
    m_login->setObjectName(u"login"_s);
    m_login->setAccessibleName(tr("Login"));
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);

    const QList<DemoAccount> demo = accounts.demoAccounts();
    if (!demo.isEmpty()) {
        auto *hint = new QLabel(tr("This is a demo workspace: its accounts and passwords are public. "
                                   "Pick one to try a role."),
            this);
        hint->setWordWrap(true);
        m_demoAccounts = new QTreeWidget(this);
        m_demoAccounts->setObjectName(u"demoAccounts"_s);
        m_demoAccounts->setRootIsDecorated(false);
        m_demoAccounts->setHeaderLabels({ tr("Login"), tr("Password"), tr("Name"), tr("Role") });
        m_demoAccounts->setAccessibleName(tr("Demo accounts"));
        for (const DemoAccount &account : demo) {
            auto *item = new QTreeWidgetItem(
                m_demoAccounts, { account.login, account.password, account.name, displayName(account.role) });
            item->setData(0, Qt::UserRole, account.password);
        }
        m_demoAccounts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_demoAccounts->setFixedHeight(m_demoAccounts->header()->sizeHint().height()
            + m_demoAccounts->sizeHintForRow(0) * int(demo.size()) + 2 * m_demoAccounts->frameWidth() + 2);
        layout->addSpacing(8);
        layout->addWidget(hint);
        layout->addWidget(m_demoAccounts);
        connect(m_demoAccounts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
            if (!item)
                return;
            m_login->setText(item->text(0));
            m_password->setText(item->data(0, Qt::UserRole).toString());
        });
        connect(m_demoAccounts, &QTreeWidget::itemActivated, this, [this] { signIn(); });
    }
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    updateButton();
    setMinimumWidth(420);
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

bool SignInDialog::signIn()
{
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return false;
    // Checking a password takes most of a second by design.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_actor = m_accounts.signIn(m_login->text(), m_password->text());
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        m_error->setText(error.message());
        m_error->setVisible(true);
        m_password->selectAll();
        m_password->setFocus();
        return false;
    }
    QApplication::restoreOverrideCursor();
    m_password->clear();
    accept();
    return true;
}

} // namespace tandem
