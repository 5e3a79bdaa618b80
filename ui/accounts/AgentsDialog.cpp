// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AgentsDialog.h"

#include "ModelRoles.h"
#include "accounts/AgentAccountForm.h"
#include "accounts/AgentListModel.h"
#include "domain/Error.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

AgentsDialog::AgentsDialog(AccountService &accounts, Actor actor, QWidget *parent)
    : QDialog(parent),
      m_accounts(accounts),
      m_actor(std::move(actor)),
      m_model(new AgentListModel(accounts, m_actor, this)),
      m_table(new QTableView(this)),
      m_error(new QLabel(this)),
      m_add(new QPushButton(tr("&Add Agent…"), this)),
      m_toggleActive(new QPushButton(tr("&Disable"), this)),
      m_role(new QComboBox(this)),
      m_changeRole(new QPushButton(tr("Change &Role"), this)),
      m_password(new QPushButton(tr("Set &Password…"), this))
{
    setObjectName(u"agentsDialog"_s);
    setWindowTitle(tr("Accounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AgentListModel::NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Agents"));
    for (const Role role : allValues<Role>())
        m_role->addItem(displayName(role), int(role));
    m_role->setAccessibleName(tr("New role"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setVisible(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_toggleActive);
    actions->addWidget(m_password);
    actions->addStretch(1);
    actions->addWidget(m_role);
    actions->addWidget(m_changeRole);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AgentsDialog::showAddDialog);
    connect(m_password, &QPushButton::clicked, this, &AgentsDialog::showPasswordDialog);
    connect(m_toggleActive, &QPushButton::clicked, this, [this] {
        if (const Agent *agent = selected())
            setSelectedActive(!agent->active);
    });
    connect(
        m_changeRole, &QPushButton::clicked, this, [this] { changeSelectedRole(Role(m_role->currentData().toInt())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgentsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgentsDialog::updateButtons);
    connect(m_model, &AgentListModel::loadFailed, this, &AgentsDialog::showError);
    updateButtons();
    resize(640, 400);
}

QString AgentsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AgentsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

const Agent *AgentsDialog::selected() const
{
    return m_model->agentAt(m_table->currentIndex().row());
}

bool AgentsDialog::selectAgent(Id agentId)
{
    const int row = m_model->rowOf(agentId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void AgentsDialog::updateButtons()
{
    const Agent *agent = selected();
    m_toggleActive->setEnabled(agent != nullptr);
    m_toggleActive->setText(agent && !agent->active ? tr("&Enable") : tr("&Disable"));
    m_changeRole->setEnabled(agent != nullptr);
    m_password->setEnabled(agent != nullptr);
    if (agent)
        m_role->setCurrentIndex(m_role->findData(int(agent->role)));
}

template<typename Change> bool AgentsDialog::apply(Change change)
{
    const Agent *agent = selected();
    if (!agent)
        return false;
    const Id id = agent->id;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        change(id);
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        showError(error.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    showError(QString());
    m_model->reload();
    selectAgent(id);
    return true;
}

bool AgentsDialog::setSelectedActive(bool active)
{
    return apply([&](Id id) { m_accounts.setActive(m_actor, id, active); });
}

bool AgentsDialog::changeSelectedRole(Role role)
{
    return apply([&](Id id) { m_accounts.changeRole(m_actor, id, role); });
}

bool AgentsDialog::setSelectedPassword(const QString &password)
{
    return apply([&](Id id) { m_accounts.setPassword(m_actor, id, password); });
}

bool AgentsDialog::addAgent(const NewAgent &account)
{
    Id id = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        id = m_accounts.addAgent(m_actor, account);
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        showError(error.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    showError(QString());
    m_model->reload();
    selectAgent(id);
    return true;
}

void AgentsDialog::showAddDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Agent"));
    auto *form = new AgentAccountForm(std::nullopt, &dialog);
    auto *problem = new QLabel(&dialog);
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #b3261e;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    const auto update = [form, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(form->isComplete()); };
    connect(form, &AgentAccountForm::changed, &dialog, update);
    update();
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [this, &dialog, form, problem] {
        if (addAgent(form->account())) {
            dialog.accept();
        } else {
            problem->setText(errorText());
            showError(QString());
        }
    });
    dialog.exec();
}

void AgentsDialog::showPasswordDialog()
{
    const Agent *agent = selected();
    if (!agent)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Set Password"),
        tr("New password for %1 (at least %n character(s)):", nullptr, AccountService::minimumPasswordLength)
            .arg(agent->displayName),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString repeated = QInputDialog::getText(
        this, tr("Set Password"), tr("The same password again:"), QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (password != repeated) {
        showError(tr("The two passwords differ; nothing was changed."));
        return;
    }
    setSelectedPassword(password);
}

} // namespace tandem
