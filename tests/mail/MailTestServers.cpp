// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailTestServers.h"

#include "services/AccountService.h"
#include "services/MailAccountService.h"
#include "services/MailJobs.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

#include <KIMAP/FetchJob>
#include <KIMAP/SearchJob>
#include <KMime/Message>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace tandem::test {
namespace {

// Reads one LMTP reply (its last line starts "NNN "); true when it is a success.
bool lmtpReplyOk(QTcpSocket &socket)
{
    while (true) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(10000))
                return false;
        }
        const QByteArray line = socket.readLine();
        if (line.size() >= 4 && line.at(3) == ' ')
            return line.startsWith('2') || line.startsWith('3');
    }
}

bool dovecotControl(const QString &action)
{
    return QProcess::execute(qEnvironmentVariable("TANDEM_TEST_MAIL_DOVECOT_CTL"), { action }) == 0;
}

bool takesConnections(const char *portVariable)
{
    QTcpSocket socket;
    socket.connectToHost(MailTestServers::host(), static_cast<quint16>(MailTestServers::port(portVariable)));
    return socket.waitForConnected(1000);
}

} // namespace

bool MailTestServers::available()
{
    return !qEnvironmentVariable("TANDEM_TEST_MAIL_HOST").isEmpty();
}

bool MailTestServers::smtpLoginPossible()
{
    QStringList folders = qEnvironmentVariable("SASL_PATH").split(u':', Qt::SkipEmptyParts);
    folders << u"/usr/lib/x86_64-linux-gnu/sasl2"_s << u"/usr/lib/sasl2"_s;
    for (const QString &folder : std::as_const(folders)) {
        if (!QDir(folder).entryList({ u"libplain.so*"_s }).isEmpty())
            return true;
    }
    return false;
}

QString MailTestServers::host()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_HOST");
}

int MailTestServers::port(const char *name)
{
    return qEnvironmentVariableIntValue(name);
}

QString MailTestServers::caFile()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_CA_FILE");
}

QString MailTestServers::supportUser()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_SUPPORT_USER");
}

QString MailTestServers::supportPassword()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_SUPPORT_PASSWORD");
}

QString MailTestServers::customerUser()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_CUSTOMER_USER");
}

QString MailTestServers::customerPassword()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_CUSTOMER_PASSWORD");
}

MailAccount MailTestServers::supportAccount()
{
    MailAccount account;
    account.name = u"Support"_s;
    account.imap = { host(), port("TANDEM_TEST_MAIL_IMAPS_PORT"), MailSecurity::ImplicitTls };
    account.smtp = { host(), port("TANDEM_TEST_MAIL_SMTP_STARTTLS_PORT"), MailSecurity::StartTls };
    account.login = supportUser();
    account.addresses = { supportUser() };
    account.caCertificateFile = caFile();
    account.saveToSent = true;
    return account;
}

MailAccount MailTestServers::customerAccount()
{
    MailAccount account = supportAccount();
    account.name = u"Customer"_s;
    account.login = customerUser();
    account.addresses = { customerUser() };
    return account;
}

QString SupportMailbox::credentialsFile() const
{
    return secrets->filePath(u"mail.json"_s);
}

SupportMailbox MailTestServers::addSupportAccount(Workspace &workspace, const Clock &clock)
{
    // No Catch2 assertions here: tandem-bench sets up its mail delivery measure with this too, outside any test.
    SupportMailbox mailbox;
    mailbox.secrets = std::make_shared<QTemporaryDir>();
    if (!mailbox.secrets->isValid())
        throw std::runtime_error("no temporary folder for the mail credentials");
    mailbox.store = std::make_shared<FileSecretStore>(mailbox.credentialsFile());
    MailAccountService mail(workspace, mailbox.store, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const std::optional<MailAccount> added = mail.account(mail.add(lead, supportAccount(), supportPassword()));
    if (!added)
        throw std::runtime_error("the support mail account was not added");
    mailbox.account = *added;
    return mailbox;
}

bool MailTestServers::deliverToSupport(const QString &subject, const QString &messageId)
{
    QTcpSocket socket;
    socket.connectToHost(host(), static_cast<quint16>(port("TANDEM_TEST_MAIL_LMTP_PORT")));
    if (!socket.waitForConnected(10000) || !lmtpReplyOk(socket))
        return false;
    const QByteArray support = supportUser().toUtf8();
    const QByteArray customer = customerUser().toUtf8();
    const QList<QByteArray> commands { "LHLO tandem.test", "MAIL FROM:<" + customer + ">", "RCPT TO:<" + support + ">",
        "DATA" };
    for (const QByteArray &command : commands) {
        socket.write(command + "\r\n");
        if (!lmtpReplyOk(socket))
            return false;
    }
    const QByteArray message = "From: Noor Haddad <" + customer + ">\r\nTo: <" + support
        + ">\r\nSubject: " + subject.toUtf8() + "\r\nMessage-ID: " + messageId.toUtf8()
        + "\r\nDate: Fri, 04 Dec 2026 07:00:00 +0000\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\nThe bridge has shown offline since this morning.\r\n.\r\n";
    socket.write(message);
    if (!lmtpReplyOk(socket))
        return false;
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(5000);
    return true;
}

bool MailTestServers::stopDovecot()
{
    return dovecotControl(u"stop"_s);
}

QString MailTestServers::dovecotLogTail(int lines)
{
    QFile log(qEnvironmentVariable("TANDEM_TEST_MAIL_LOG_DIR") + u"/dovecot/dovecot.log"_s);
    if (!log.open(QIODevice::ReadOnly))
        return u"(no Dovecot log: "_s + log.errorString() + u')';
    const QStringList all = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

bool MailTestServers::startDovecot()
{
    // A Dovecot that is still shutting down refuses to start: asked again until both services answer.
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        dovecotControl(u"start"_s);
        const QDeadlineTimer attempt(2000);
        while (!attempt.hasExpired()) {
            if (takesConnections("TANDEM_TEST_MAIL_IMAPS_PORT") && takesConnections("TANDEM_TEST_MAIL_LMTP_PORT"))
                return true;
            QThread::msleep(100);
        }
    }
    return false;
}

QSharedPointer<KMime::Message> MailTestServers::customersMail(const KIMAP::Term &term)
{
    ImapConnection imap(customerAccount(), customerPassword());
    REQUIRE(imap.open().ok());
    REQUIRE(imap.select(u"INBOX"_s).ok());
    auto *search = new KIMAP::SearchJob(imap.session());
    search->setUidBased(true);
    search->setTerm(term);
    REQUIRE(search->exec());
    if (search->results().isEmpty())
        return nullptr;
    auto *fetch = new KIMAP::FetchJob(imap.session());
    fetch->setUidBased(true);
    KIMAP::ImapSet uids;
    uids.add(search->results().constLast());
    fetch->setSequenceSet(uids);
    KIMAP::FetchJob::FetchScope scope;
    scope.mode = KIMAP::FetchJob::FetchScope::Full;
    fetch->setScope(scope);
    QSharedPointer<KMime::Message> found;
    QObject::connect(
        fetch, &KIMAP::FetchJob::messagesAvailable, [&found](const QMap<qint64, KIMAP::Message> &messages) {
            if (!messages.isEmpty())
                found = messages.first().message;
        });
    REQUIRE(fetch->exec());
    return found;
}

} // namespace tandem::test
