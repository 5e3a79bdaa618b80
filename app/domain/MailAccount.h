// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// How a mail connection is encrypted: TLS from the first byte (IMAPS 993, SMTPS 465) or a plain start
// upgraded with STARTTLS (IMAP 143, submission 587). There is no unencrypted mode: a password never
// crosses the network in clear.
enum class MailSecurity {
    ImplicitTls,
    StartTls,
};

[[nodiscard]] inline QString keyOf(MailSecurity security)
{
    return security == MailSecurity::ImplicitTls ? QStringLiteral("tls") : QStringLiteral("starttls");
}

[[nodiscard]] inline std::optional<MailSecurity> mailSecurityFromKey(const QString &key)
{
    if (key == QLatin1String("tls"))
        return MailSecurity::ImplicitTls;
    if (key == QLatin1String("starttls"))
        return MailSecurity::StartTls;
    return std::nullopt;
}

struct MailServer
{
    QString host;
    int port = 0;
    MailSecurity security = MailSecurity::ImplicitTls;
};

// A support mailbox the team answers from: where customers' mail is fetched (IMAP) and replies leave
// (SMTP). Its password is not part of it: it lives in a secret store under `secretKey`.
struct MailAccount
{
    Id id = 0;
    QString name; // as people call it: "Support", "Billing"
    MailServer imap;
    MailServer smtp;
    QString login; // the same for IMAP and SMTP
    // The addresses customers write to; the first is the From of replies.
    QStringList addresses;
    std::optional<Id> queueId; // the team queue its mail feeds; none: the shared inbox
    bool saveToSent = true; // a copy of every reply goes to the account's Sent folder
    // A PEM file with the certificate authority of a self-hosted server, trusted besides the system's.
    QString caCertificateFile;
    // Random, made when the account is added: names its password in the secret store, never the same
    // in two workspaces.
    QString secretKey;
    int version = 1;
};

// The account a reply leaves through: the one feeding the conversation's queue, else the one feeding the
// shared inbox, else the first. Null when there is no account.
[[nodiscard]] inline const MailAccount *accountForQueue(const QList<MailAccount> &accounts, std::optional<Id> queueId)
{
    const MailAccount *sharedInbox = nullptr;
    for (const MailAccount &account : accounts) {
        if (queueId && account.queueId == queueId)
            return &account;
        if (!account.queueId && !sharedInbox)
            sharedInbox = &account;
    }
    if (sharedInbox)
        return sharedInbox;
    return accounts.isEmpty() ? nullptr : &accounts.constFirst();
}

} // namespace tandem
