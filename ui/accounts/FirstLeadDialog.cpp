// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/FirstLeadDialog.h"

#include "accounts/AgentAccountForm.h"
#include "domain/Error.h"
#include "services/AccountService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

FirstLeadDialog::FirstLeadDialog(AccountService &accounts, const QString &workspaceName, QWidget *parent)
    : QDialog(parent),
      m_accounts(accounts),
      m_form(new AgentAccountForm(Role::TeamLead, this)),
      m_error(new QLabel(this)),
      m_create(nullptr)
{
    setObjectName(u"firstLeadDialog"_s);
    setWindowTitle(tr("Set Up the Workspace"));
    auto *intro = new QLabel(tr("<b>%1</b> has no accounts yet. Create the first team lead's account; the lead "
                                "then adds the rest of the team under Accounts.")
                                 .arg(workspaceName.toHtmlEscaped()),
        this);
    intro->setTextFormat(Qt::RichText);
    intro->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create Account"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &FirstLeadDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &AgentAccountForm::changed, this, &FirstLeadDialog::updateState);
    updateState();
    setMinimumWidth(460);
}

QString FirstLeadDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstLeadDialog::updateState()
{
    m_create->setEnabled(m_form->isComplete());
    m_create->setToolTip(m_form->problem());
}

bool FirstLeadDialog::create()
{
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_actor = m_accounts.createFirstLead(m_form->account());
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        m_error->setText(error.message());
        m_error->setVisible(true);
        return false;
    }
    QApplication::restoreOverrideCursor();
    accept();
    return true;
}

} // namespace tandem
