// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MailAccount.h"

#include <QCoreApplication>

#include <memory>

namespace KIMAP {
class Session;
}

namespace tandem {

// What went wrong talking to a mail server, precise enough to tell a person what to fix.
struct MailProblem
{
    enum class Kind {
        None,
        HostNotFound, // DNS
        Refused, // nothing listens on the port
        Unreachable, // no answer in time, or no route
        TlsNameMismatch, // the certificate is for another host name
        TlsUntrusted, // the certificate's issuer is not trusted (self-signed, private CA not given)
        Tls, // another certificate or TLS problem
        Login, // the server refused the login and password
        Folder, // a folder could not be opened
        Server, // the server said something else went wrong
    };
    Kind kind = Kind::None;
    QString message; // a whole sentence for a person, naming the server

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
};

// An IMAP connection through KIMAP, logged in, on the calling thread: each call waits for its job in a
// local event loop, so it works on a worker thread without an event loop of its own. Closed (logged out)
// when destroyed.
class ImapConnection
{
    Q_DECLARE_TR_FUNCTIONS(tandem::ImapConnection)

public:
    ImapConnection(const MailAccount &account, QString password, int timeoutSeconds = 20);
    ~ImapConnection();
    ImapConnection(const ImapConnection &) = delete;
    ImapConnection &operator=(const ImapConnection &) = delete;

    // Reaches the server, secures the connection and logs in.
    [[nodiscard]] MailProblem open();
    // `uidValidity`, when given, receives the folder's UIDVALIDITY.
    [[nodiscard]] MailProblem select(const QString &folder, qint64 *uidValidity = nullptr);
    // The folder marked \Sent (RFC 6154), else one called "Sent", else empty.
    [[nodiscard]] QString sentFolder();
    // The copies of a message in a folder: those marked pending (`pendingKeyword`) and the others, by UID.
    struct Copies
    {
        QList<qint64> done;
        QList<qint64> pending;
    };
    // The keyword on a Sent copy stored before its message was handed to SMTP and not yet known to be taken.
    static constexpr const char *pendingKeyword = "$TandemPending";
    // The messages in `folder` with this Message-ID (with or without angle brackets), leaving out those marked
    // deleted; none when the folder could not be searched.
    [[nodiscard]] std::optional<Copies> copiesOf(const QString &folder, const QString &messageId);
    // Stores a whole message in `folder`, marked seen and with `flags`; `uid`, when given, receives its UID
    // (0 when the server does not say: UIDPLUS).
    [[nodiscard]] MailProblem append(
        const QString &folder, const QByteArray &message, const QList<QByteArray> &flags = {}, qint64 *uid = nullptr);
    // Adds or removes flags on messages of the selected folder.
    [[nodiscard]] MailProblem storeFlags(const QList<qint64> &uids, const QList<QByteArray> &flags, bool add);
    [[nodiscard]] KIMAP::Session *session() const;

private:
    enum class LoginOutcome { LoggedIn, NoGreeting, Closed, Refused };
    // One session and its login; `quietSeconds` is how long the server may stay silent.
    LoginOutcome logIn(int quietSeconds, QString *why);

    struct Private;
    std::unique_ptr<Private> d;
};

// An SMTP connection through KSMTP, opened and logged in, on the calling thread (as ImapConnection).
class SmtpConnection
{
    Q_DECLARE_TR_FUNCTIONS(tandem::SmtpConnection)

public:
    SmtpConnection(const MailAccount &account, QString password, int timeoutSeconds = 30);
    ~SmtpConnection();
    SmtpConnection(const SmtpConnection &) = delete;
    SmtpConnection &operator=(const SmtpConnection &) = delete;

    [[nodiscard]] MailProblem open();
    // Hands one message over. A refusal keeps the server's own words in the message; `permanent` says
    // whether the server gave a 5xx answer (trying again will not help). Kind::Server: the server refused it,
    // nothing was taken; Kind::Unreachable: the connection was lost during the transaction, so whether the
    // server took the message is not known.
    [[nodiscard]] MailProblem send(
        const QString &from, const QStringList &to, const QByteArray &message, bool *permanent);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Trusts the PEM certificate authorities in `file` (a self-hosted server's) for every later TLS connection
// of this process, besides the system's; each file is read once.
void trustCertificateFile(const QString &file);

} // namespace tandem
