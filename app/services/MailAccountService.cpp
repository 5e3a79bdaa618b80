// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/MailAccountService.h"

#include "services/ServiceError.h"
#include "services/ServicesLog.h"
#include "storage/AgentRepository.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/MailAccountRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// What the audit log keeps of an account: everything but the password, which it never sees.
QJsonObject accountJson(const MailAccount &account)
{
    return { { u"name"_s, account.name }, { u"imap_host"_s, account.imap.host }, { u"imap_port"_s, account.imap.port },
        { u"imap_security"_s, keyOf(account.imap.security) }, { u"smtp_host"_s, account.smtp.host },
        { u"smtp_port"_s, account.smtp.port }, { u"smtp_security"_s, keyOf(account.smtp.security) },
        { u"login"_s, account.login }, { u"addresses"_s, QJsonArray::fromStringList(account.addresses) },
        { u"queue_id"_s, account.queueId ? QJsonValue(*account.queueId) : QJsonValue() },
        { u"save_to_sent"_s, account.saveToSent }, { u"ca_certificate_file"_s, account.caCertificateFile } };
}

} // namespace

struct MailAccountService::Private
{
    explicit Private(Workspace &workspace) : accounts(workspace), agents(workspace) { }

    MailAccountRepository accounts;
    AgentRepository agents;
};

MailAccountService::MailAccountService(Workspace &workspace, std::shared_ptr<SecretStore> secrets, const Clock &clock)
    : m_workspace(workspace), m_secrets(std::move(secrets)), m_clock(clock), d(std::make_unique<Private>(workspace))
{ }

MailAccountService::~MailAccountService() = default;

QList<MailAccount> MailAccountService::accounts() const
{
    return d->accounts.all();
}

std::optional<MailAccount> MailAccountService::account(Id id) const
{
    return d->accounts.find(id);
}

std::optional<MailAccount> MailAccountService::accountNamed(const QString &name) const
{
    return d->accounts.findByName(name);
}

void MailAccountService::requireLead(const Actor &actor) const
{
    // The stored agent decides, as for agent accounts: a lead demoted a minute ago manages no mail accounts.
    const std::optional<Agent> agent = d->agents.find(actor.agentId);
    const bool commandLine = actor.agentId == 0 && actor.role == Role::TeamLead;
    if (!commandLine && (!agent || !agent->active || agent->role != Role::TeamLead))
        throw PermissionDenied(tr("Only team leads manage mail accounts."));
}

void MailAccountService::check(const MailAccount &account) const
{
    if (account.name.trimmed().isEmpty())
        throw ServiceError(tr("Give the mail account a name."));
    const auto checkServer = [](const MailServer &server, const QString &what) {
        if (server.host.trimmed().isEmpty())
            throw ServiceError(tr("Give the %1 server's host name.").arg(what));
        if (server.port < 1 || server.port > 65535)
            throw ServiceError(tr("The %1 port must be a number from 1 to 65535.").arg(what));
    };
    checkServer(account.imap, u"IMAP"_s);
    checkServer(account.smtp, u"SMTP"_s);
    if (account.login.trimmed().isEmpty())
        throw ServiceError(tr("Give the login for the mail servers."));
    if (account.addresses.isEmpty())
        throw ServiceError(tr("Give at least one support address customers write to."));
    for (const QString &address : account.addresses) {
        const qsizetype at = address.indexOf(u'@');
        if (at < 1 || at == address.size() - 1 || address.contains(u' '))
            throw ServiceError(tr("\"%1\" is not an e-mail address.").arg(address));
    }
    if (!account.caCertificateFile.isEmpty() && !QFileInfo(account.caCertificateFile).isReadable())
        throw ServiceError(tr("The certificate file %1 cannot be read.").arg(account.caCertificateFile));
    const std::optional<MailAccount> sameName = d->accounts.findByName(account.name.trimmed());
    if (sameName && sameName->id != account.id)
        throw ServiceError(tr("There is a mail account named \"%1\" already.").arg(account.name.trimmed()));
}

Id MailAccountService::add(const Actor &actor, const MailAccount &account, const QString &password)
{
    requireLead(actor);
    MailAccount added = account;
    added.name = added.name.trimmed();
    check(added);
    if (password.isEmpty())
        throw ServiceError(tr("Give the password of the mail account."));
    added.secretKey = u"mail-account/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The secret first: an account whose password went missing could not send, while a password left over
    // from a failed insert harms nobody (and is removed below).
    m_secrets->write(added.secretKey, password);
    try {
        const Millis now = m_clock.now();
        Transaction transaction(m_workspace.database());
        const Id id = d->accounts.insert(added, now);
        AuditRecord(u"mail_account.add"_s, u"mail_account"_s, id)
            .at(now)
            .by(actor.agentId == 0 ? std::nullopt : std::optional<Id>(actor.agentId))
            .after(accountJson(added))
            .appendTo(m_workspace);
        transaction.commit();
        m_workspace.changes().notifyLocalChange();
        return id;
    } catch (...) {
        m_secrets->remove(added.secretKey);
        throw;
    }
}

void MailAccountService::change(const Actor &actor, const MailAccount &account, const QString &newPassword)
{
    requireLead(actor);
    const std::optional<MailAccount> stored = d->accounts.find(account.id);
    if (!stored)
        throw ServiceError(tr("That mail account does not exist any more."));
    MailAccount changed = account;
    changed.name = changed.name.trimmed();
    changed.secretKey = stored->secretKey;
    check(changed);
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    if (!d->accounts.update(changed))
        throw ServiceError(tr("Someone changed this mail account meanwhile; open it again."));
    QJsonObject after = accountJson(changed);
    if (!newPassword.isEmpty())
        after.insert(u"password_changed"_s, true);
    AuditRecord(u"mail_account.update"_s, u"mail_account"_s, changed.id)
        .at(now)
        .by(actor.agentId == 0 ? std::nullopt : std::optional<Id>(actor.agentId))
        .before(accountJson(*stored))
        .after(after)
        .appendTo(m_workspace);
    if (!newPassword.isEmpty())
        m_secrets->write(changed.secretKey, newPassword);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

void MailAccountService::remove(const Actor &actor, Id id)
{
    requireLead(actor);
    const std::optional<MailAccount> stored = d->accounts.find(id);
    if (!stored)
        throw ServiceError(tr("That mail account does not exist any more."));
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    d->accounts.remove(id);
    AuditRecord(u"mail_account.remove"_s, u"mail_account"_s, id)
        .at(now)
        .by(actor.agentId == 0 ? std::nullopt : std::optional<Id>(actor.agentId))
        .before(accountJson(*stored))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    try {
        m_secrets->remove(stored->secretKey);
    } catch (const ServiceError &error) {
        // The account is gone; a password left in the store unused is told, not fatal.
        qCWarning(lcServices) << "the removed mail account's password stays in" << m_secrets->description() << ":"
                              << error.message();
    }
}

QString MailAccountService::password(const MailAccount &account) const
{
    const std::optional<QString> secret = m_secrets->read(account.secretKey);
    if (!secret) {
        throw ServiceError(tr("The password of the mail account \"%1\" is not in %2; a team lead can set it again.")
                .arg(account.name, m_secrets->description()));
    }
    return *secret;
}

} // namespace tandem
