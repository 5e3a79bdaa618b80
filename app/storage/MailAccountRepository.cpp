// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/MailAccountRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const QString columns = u"id, name, imap_host, imap_port, imap_security, smtp_host, smtp_port, smtp_security,"
                        " login, addresses, queue_id, save_to_sent, ca_certificate_file, secret_key, version"_s;

MailAccount accountFrom(const Query &query)
{
    MailAccount account;
    account.id = query.integer(0);
    account.name = query.text(1);
    account.imap.host = query.text(2);
    account.imap.port = static_cast<int>(query.integer(3));
    account.imap.security = mailSecurityFromKey(query.text(4)).value_or(MailSecurity::ImplicitTls);
    account.smtp.host = query.text(5);
    account.smtp.port = static_cast<int>(query.integer(6));
    account.smtp.security = mailSecurityFromKey(query.text(7)).value_or(MailSecurity::ImplicitTls);
    account.login = query.text(8);
    account.addresses = query.text(9).split(u'\n', Qt::SkipEmptyParts);
    if (!query.isNull(10))
        account.queueId = query.integer(10);
    account.saveToSent = query.integer(11) != 0;
    account.caCertificateFile = query.text(12);
    account.secretKey = query.text(13);
    account.version = static_cast<int>(query.integer(14));
    return account;
}

QVariantList valuesOf(const MailAccount &account)
{
    return { account.name, account.imap.host, account.imap.port, keyOf(account.imap.security), account.smtp.host,
        account.smtp.port, keyOf(account.smtp.security), account.login, account.addresses.join(u'\n'),
        sql::nullable(account.queueId), account.saveToSent ? 1 : 0, account.caCertificateFile };
}

} // namespace

QList<MailAccount> MailAccountRepository::all() const
{
    QList<MailAccount> accounts;
    Query query(m_workspace.database(), u"SELECT "_s + columns + u" FROM mail_accounts ORDER BY id"_s);
    while (query.next())
        accounts.append(accountFrom(query));
    return accounts;
}

std::optional<MailAccount> MailAccountRepository::find(Id id) const
{
    Query query(m_workspace.database(), u"SELECT "_s + columns + u" FROM mail_accounts WHERE id = ?"_s, { id });
    if (!query.next())
        return std::nullopt;
    return accountFrom(query);
}

std::optional<MailAccount> MailAccountRepository::findByName(const QString &name) const
{
    Query query(m_workspace.database(), u"SELECT "_s + columns + u" FROM mail_accounts WHERE name = ?"_s, { name });
    if (!query.next())
        return std::nullopt;
    return accountFrom(query);
}

Id MailAccountRepository::insert(const MailAccount &account, Millis now)
{
    QVariantList values = valuesOf(account);
    values << account.secretKey << now;
    return Query::insert(m_workspace.database(),
        u"INSERT INTO mail_accounts (name, imap_host, imap_port, imap_security, smtp_host, smtp_port, smtp_security,"
        " login, addresses, queue_id, save_to_sent, ca_certificate_file, secret_key, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        values);
}

bool MailAccountRepository::update(const MailAccount &account)
{
    QVariantList values = valuesOf(account);
    values << account.id << account.version;
    Query query(m_workspace.database(),
        u"UPDATE mail_accounts SET name = ?, imap_host = ?, imap_port = ?, imap_security = ?, smtp_host = ?,"
        " smtp_port = ?, smtp_security = ?, login = ?, addresses = ?, queue_id = ?, save_to_sent = ?,"
        " ca_certificate_file = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
        values);
    return query.rowsAffected() == 1;
}

void MailAccountRepository::remove(Id id)
{
    Query::run(m_workspace.database(), u"DELETE FROM mail_accounts WHERE id = ?"_s, { id });
}

} // namespace tandem
