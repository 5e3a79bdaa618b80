// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/MailAccountsDialog.h"

#include "MessageBanner.h"
#include "accounts/MailAccountForm.h"
#include "domain/Error.h"
#include "services/ConversationService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

MailAccountsDialog::MailAccountsDialog(
    MailAccountService &accounts, const ConversationService &conversations, Actor actor, QWidget *parent)
    : QDialog(parent),
      m_accounts(accounts),
      m_conversations(conversations),
      m_actor(std::move(actor)),
      m_banner(new MessageBanner(this)),
      m_list(new QListWidget(this)),
      m_add(new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add Account…"), this)),
      m_change(new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("&Change…"), this)),
      m_remove(new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("&Remove"), this)),
      m_test(new QPushButton(QIcon::fromTheme(u"network-connect"_s), tr("&Test Connection"), this))
{
    setObjectName(u"mailAccountsDialog"_s);
    setWindowTitle(tr("Mail Accounts"));
    m_list->setObjectName(u"mailAccountList"_s);
    m_list->setAccessibleName(tr("Mail accounts"));
    m_list->setAlternatingRowColors(true);
    m_test->setObjectName(u"testMailConnection"_s);
    m_add->setObjectName(u"addMailAccount"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_change);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_test);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &MailAccountsDialog::showAddForm);
    connect(m_change, &QPushButton::clicked, this, &MailAccountsDialog::showChangeForm);
    connect(m_list, &QListWidget::itemActivated, this, &MailAccountsDialog::showChangeForm);
    connect(m_remove, &QPushButton::clicked, this, &MailAccountsDialog::confirmRemove);
    connect(m_test, &QPushButton::clicked, this, &MailAccountsDialog::testSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &MailAccountsDialog::updateButtons);
    reload();
    if (m_list->count() == 0)
        m_banner->showNote(tr("No mail account yet: add the support mailbox customers write to, and their mail "
                              "arrives in the inbox."));
    resize(640, 400);
}

MailAccountsDialog::~MailAccountsDialog()
{
    // A check waits for servers with a time limit; the window must not go before the thread that reports to it.
    if (m_testing)
        m_testing->wait();
}

void MailAccountsDialog::reload()
{
    const std::optional<MailAccount> current = selected();
    QHash<Id, QString> queueNames;
    try {
        for (const TeamQueue &queue : m_conversations.queues())
            queueNames.insert(queue.id, queue.name);
        m_list->clear();
        for (const MailAccount &account : m_accounts.accounts()) {
            const QString feeds = account.queueId ? tr("feeds the %1 queue").arg(queueNames.value(*account.queueId))
                                                  : tr("feeds the shared inbox");
            auto *item = new QListWidgetItem(QIcon::fromTheme(u"mail-message"_s),
                tr("%1 — %2 (%3)").arg(account.name, account.addresses.join(u", "_s), feeds), m_list);
            item->setData(Qt::UserRole, account.id);
            item->setToolTip(tr("IMAP %1:%2, SMTP %3:%4, login %5")
                    .arg(account.imap.host)
                    .arg(account.imap.port)
                    .arg(account.smtp.host)
                    .arg(account.smtp.port)
                    .arg(account.login));
        }
    } catch (const Error &error) {
        m_banner->showError(error.message());
    }
    if (!current || !selectAccount(current->id))
        m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    updateButtons();
}

bool MailAccountsDialog::selectAccount(Id accountId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).value<Id>() == accountId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

std::optional<MailAccount> MailAccountsDialog::selected() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    try {
        return m_accounts.account(item->data(Qt::UserRole).value<Id>());
    } catch (const Error &) {
        return std::nullopt; // reload() shows why the list could not be read
    }
}

void MailAccountsDialog::updateButtons()
{
    const bool lead = m_actor.role == Role::TeamLead;
    const bool any = m_list->currentItem() != nullptr;
    m_add->setEnabled(lead);
    m_change->setEnabled(lead && any);
    m_remove->setEnabled(lead && any);
    m_test->setEnabled(any && !isTesting());
}

template<typename Change> bool MailAccountsDialog::apply(Change change)
{
    try {
        change();
    } catch (const Error &error) {
        m_banner->showError(error.message());
        return false;
    }
    reload();
    return true;
}

bool MailAccountsDialog::addAccount(const MailAccount &account, const QString &password)
{
    return apply([&] {
        const Id id = m_accounts.add(m_actor, account, password);
        reload();
        selectAccount(id);
        m_banner->showDone(
            tr("The mail account %1 is added. Test its connection to be sure it works.").arg(account.name));
    });
}

bool MailAccountsDialog::changeSelected(const MailAccount &account, const QString &newPassword)
{
    return apply([&] {
        m_accounts.change(m_actor, account, newPassword);
        m_banner->showDone(tr("The mail account %1 is saved.").arg(account.name));
    });
}

bool MailAccountsDialog::removeSelected()
{
    const std::optional<MailAccount> account = selected();
    if (!account)
        return false;
    return apply([&] {
        m_accounts.remove(m_actor, account->id);
        m_banner->showDone(tr("The mail account %1 is removed, and its password with it.").arg(account->name));
    });
}

void MailAccountsDialog::showAddForm()
{
    MailAccountForm form(m_conversations.queues(), this);
    // The form stays open with what was typed until the service accepts it.
    while (form.exec() == QDialog::Accepted) {
        if (addAccount(form.account(), form.password()))
            return;
        QMessageBox::warning(&form, tr("Mail Account"), m_banner->text());
    }
}

void MailAccountsDialog::showChangeForm()
{
    const std::optional<MailAccount> account = selected();
    if (!account || m_actor.role != Role::TeamLead)
        return;
    MailAccountForm form(m_conversations.queues(), this);
    form.setAccount(*account);
    while (form.exec() == QDialog::Accepted) {
        if (changeSelected(form.account(), form.password()))
            return;
        QMessageBox::warning(&form, tr("Mail Account"), m_banner->text());
    }
}

void MailAccountsDialog::confirmRemove()
{
    const std::optional<MailAccount> account = selected();
    if (!account)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Mail Account"),
        tr("Remove the mail account %1? Its mail is no longer fetched and replies cannot leave through it; the "
           "conversations stay.")
            .arg(account->name));
    if (answer == QMessageBox::Yes)
        removeSelected();
}

void MailAccountsDialog::testSelected()
{
    const std::optional<MailAccount> account = selected();
    if (!account || isTesting())
        return;
    QString password;
    try {
        password = m_accounts.password(*account);
    } catch (const Error &error) {
        m_banner->showError(error.message());
        return;
    }
    m_banner->showNote(tr("Testing the connection to %1…").arg(account->name));
    auto result = std::make_shared<MailConnectionCheck>();
    m_testing = QThread::create(
        [result, checked = *account, password] { *result = MailConnectionCheck::run(checked, password); });
    connect(m_testing, &QThread::finished, this, [this, result, name = account->name] {
        m_testing->deleteLater();
        m_testing = nullptr;
        updateButtons();
        showTestResult(*result, name);
        emit connectionTested(*result);
    });
    updateButtons();
    m_testing->start();
}

void MailAccountsDialog::showTestResult(const MailConnectionCheck &result, const QString &accountName)
{
    if (result.ok()) {
        m_banner->showDone(tr("%1 works: the IMAP and SMTP servers answered and accepted the login.").arg(accountName));
        return;
    }
    QStringList problems;
    if (!result.imap.ok())
        problems << tr("Incoming mail (IMAP): %1").arg(result.imap.message);
    if (!result.smtp.ok())
        problems << tr("Outgoing mail (SMTP): %1").arg(result.smtp.message);
    m_banner->showError(problems.join(u'\n'));
}

} // namespace tandem
