// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/MailAccount.h"
#include "services/FileSecretStore.h"

#include <QSharedPointer>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace KIMAP {
class Term;
}
namespace KMime {
class Message;
}

namespace tandem {
class Workspace;
} // namespace tandem

namespace tandem::test {

// The support mailbox as a workspace's mail account, its password in a credentials file of its own that
// lives as long as this does.
struct SupportMailbox
{
    std::shared_ptr<QTemporaryDir> secrets;
    std::shared_ptr<FileSecretStore> store;
    MailAccount account; // as stored, with its id

    [[nodiscard]] QString credentialsFile() const;
};

// The throwaway Dovecot and Postfix that packaging/buildroot/mail-servers.sh starts for the [mail] tests,
// as its TANDEM_TEST_MAIL_* variables describe them.
struct MailTestServers
{
    // False (and the tests skip) when the script did not start them.
    [[nodiscard]] static bool available();
    // Whether KSMTP can log in: it needs Cyrus SASL's PLAIN plugin (Debian: libsasl2-modules).
    [[nodiscard]] static bool smtpLoginPossible();
    [[nodiscard]] static QString host();
    [[nodiscard]] static int port(const char *name);
    [[nodiscard]] static QString caFile();
    [[nodiscard]] static QString supportUser();
    [[nodiscard]] static QString supportPassword();
    [[nodiscard]] static QString customerUser();
    [[nodiscard]] static QString customerPassword();

    // The support mailbox on IMAPS and SMTP with STARTTLS, trusting the run's certificate authority.
    [[nodiscard]] static MailAccount supportAccount();
    // The customer's mailbox, for reading back what Tandem sent.
    [[nodiscard]] static MailAccount customerAccount();
    // supportAccount() added to `workspace` by its team lead.
    [[nodiscard]] static SupportMailbox addSupportAccount(
        Workspace &workspace, const Clock &clock = SystemClock::instance());

    // Delivers a customer's mail into the support mailbox the way Postfix does: over Dovecot's LMTP. False
    // when the server refused it or was not there.
    [[nodiscard]] static bool deliverToSupport(const QString &subject, const QString &messageId);
    // Stops or starts Dovecot (IMAP and LMTP), which takes the server away under open connections; true
    // when it did. start waits until IMAP and LMTP take connections again.
    [[nodiscard]] static bool stopDovecot();
    [[nodiscard]] static bool startDovecot();
    // The newest mail in the customer's INBOX that `term` finds, read back over IMAP; null when none.
    [[nodiscard]] static QSharedPointer<KMime::Message> customersMail(const KIMAP::Term &term);
    // The last lines of Dovecot's log, for a failing test to show what the server saw.
    [[nodiscard]] static QString dovecotLogTail(int lines = 40);
};

} // namespace tandem::test
