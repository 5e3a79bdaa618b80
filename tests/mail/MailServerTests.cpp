// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailTestServers.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/EmailConnector.h"
#include "services/FileSecretStore.h"
#include "services/MailConnectionCheck.h"
#include "services/OutboxService.h"
#include "services/OutboxWorker.h"
#include "storage/OutboxRepository.h"
#include "storage/Query.h"

#include <QTcpServer>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <KIMAP/SearchJob>
#include <KIMAP/SelectJob>
#include <KMime/Message>

using namespace tandem;
using namespace Qt::StringLiterals;
using test::MailTestServers;

namespace {

#define REQUIRE_MAIL_SERVERS()                                                                                         \
    do {                                                                                                               \
        if (!MailTestServers::available())                                                                             \
            SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");                    \
    } while (false)

#define REQUIRE_SMTP_LOGIN()                                                                                           \
    do {                                                                                                               \
        if (!MailTestServers::smtpLoginPossible())                                                                     \
            SKIP("KSMTP cannot log in without Cyrus SASL's PLAIN plugin (libsasl2-modules)");                          \
    } while (false)

// A port on 127.0.0.1 where nothing listens: bound for a moment to find it, then let go.
int closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    const int port = server.serverPort();
    server.close();
    return port;
}

// The customer's copy of the message with this Message-ID, read back over IMAP.
QSharedPointer<KMime::Message> receivedByCustomer(const QString &messageId)
{
    return MailTestServers::customersMail(KIMAP::Term(u"Message-ID"_s, messageId));
}

} // namespace

TEST_CASE("test connection: a good account passes on implicit TLS and on STARTTLS", "[mail]")
{
    REQUIRE_MAIL_SERVERS();
    REQUIRE_SMTP_LOGIN();
    MailAccount account = MailTestServers::supportAccount();
    MailConnectionCheck check = MailConnectionCheck::run(account, MailTestServers::supportPassword());
    INFO(check.imap.message.toStdString() << " / " << check.smtp.message.toStdString());
    CHECK(check.ok());

    account.imap = { MailTestServers::host(), MailTestServers::port("TANDEM_TEST_MAIL_IMAP_STARTTLS_PORT"),
        MailSecurity::StartTls };
    account.smtp
        = { MailTestServers::host(), MailTestServers::port("TANDEM_TEST_MAIL_SMTPS_PORT"), MailSecurity::ImplicitTls };
    check = MailConnectionCheck::run(account, MailTestServers::supportPassword());
    INFO(check.imap.message.toStdString() << " / " << check.smtp.message.toStdString());
    CHECK(check.ok());
}

TEST_CASE("test connection: a wrong password is a refused login on both servers", "[mail]")
{
    REQUIRE_MAIL_SERVERS();
    const MailConnectionCheck check
        = MailConnectionCheck::run(MailTestServers::supportAccount(), u"not the password"_s);
    CHECK(check.imap.kind == MailProblem::Kind::Login);
    CHECK(check.imap.message.contains(u"refused the login"_s));
    CHECK(check.smtp.kind == MailProblem::Kind::Login);
}

TEST_CASE("test connection: a closed port, an unknown host and a missing folder each say so", "[mail]")
{
    REQUIRE_MAIL_SERVERS();
    MailAccount account = MailTestServers::supportAccount();
    account.imap.port = closedPort();
    account.smtp.port = closedPort();
    MailConnectionCheck check = MailConnectionCheck::run(account, MailTestServers::supportPassword());
    CHECK(check.imap.kind == MailProblem::Kind::Refused);
    CHECK(check.imap.message.contains(u"refused the connection"_s));
    CHECK(check.smtp.kind == MailProblem::Kind::Refused);

    account = MailTestServers::supportAccount();
    account.imap.host = u"no-such-host.invalid"_s;
    check = MailConnectionCheck::run(account, MailTestServers::supportPassword());
    CHECK(check.imap.kind == MailProblem::Kind::HostNotFound);
    CHECK(check.imap.message.contains(u"DNS"_s));

    ImapConnection imap(MailTestServers::supportAccount(), MailTestServers::supportPassword());
    REQUIRE(imap.open().ok());
    const MailProblem folder = imap.select(u"No such folder"_s);
    CHECK(folder.kind == MailProblem::Kind::Folder);
    CHECK(folder.message.contains(u"No such folder"_s));
}

TEST_CASE("an IMAP server that stays silent after the connection is tried afresh, then said to have closed", "[mail]")
{
    // What a session that lost KIMAP's "connected" signal looks like from here: nothing arrives.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] { held.append(silent.nextPendingConnection()); });
    MailAccount account;
    account.name = u"Support"_s;
    account.login = u"support@example.test"_s;
    account.imap = { u"127.0.0.1"_s, int(silent.serverPort()), MailSecurity::ImplicitTls };
    ImapConnection imap(account, u"secret"_s, 1);
    const MailProblem problem = imap.open();
    CHECK(problem.kind == MailProblem::Kind::Unreachable);
    CHECK(problem.message.contains(u"closed the connection before the login"_s));
    // Connections made while nothing here listened for them (the blocking checks) are taken up now.
    while (silent.waitForNewConnection(200)) { }
    // The reachability check, three sessions, and the certificate check that looks for a TLS problem.
    CHECK(held.size() == 5);
}

TEST_CASE("test connection: a certificate for another name and one from an unknown issuer are refused", "[mail]")
{
    REQUIRE_MAIL_SERVERS();
    MailAccount account = MailTestServers::supportAccount();
    account.smtp = { MailTestServers::host(), MailTestServers::port("TANDEM_TEST_MAIL_SMTP_WRONG_NAME_PORT"),
        MailSecurity::ImplicitTls };
    MailConnectionCheck check = MailConnectionCheck::run(account, MailTestServers::supportPassword());
    CHECK(check.imap.ok());
    CHECK(check.smtp.kind == MailProblem::Kind::TlsNameMismatch);
    CHECK(check.smtp.message.contains(u"wrong.example.test"_s));

    account.smtp = { MailTestServers::host(), MailTestServers::port("TANDEM_TEST_MAIL_SMTP_UNTRUSTED_PORT"),
        MailSecurity::ImplicitTls };
    check = MailConnectionCheck::run(account, MailTestServers::supportPassword());
    CHECK(check.smtp.kind == MailProblem::Kind::TlsUntrusted);
    CHECK(check.smtp.message.contains(u"unknown issuer"_s));

    // The same certificate for another name after STARTTLS: the upgrade is refused, no login is tried (KSMTP
    // passes on only the error's text there, so the sentence names the host it expected, not the other name).
    account.smtp = { MailTestServers::host(), MailTestServers::port("TANDEM_TEST_MAIL_SMTP_STARTTLS_WRONG_NAME_PORT"),
        MailSecurity::StartTls };
    check = MailConnectionCheck::run(account, MailTestServers::supportPassword());
    CHECK(check.smtp.kind == MailProblem::Kind::TlsNameMismatch);
    CHECK(check.smtp.message.contains(u"another name"_s));
    CHECK(check.smtp.message.contains(MailTestServers::host()));
}

TEST_CASE("a reply queued in Tandem reaches the customer's mailbox with its threading headers, once", "[mail]")
{
    REQUIRE_MAIL_SERVERS();
    REQUIRE_SMTP_LOGIN();
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(8, 40, 5);
    test::MockClock clock;
    const test::SupportMailbox support = MailTestServers::addSupportAccount(workspace, clock);
    const MailAccount &account = support.account;
    const std::shared_ptr<FileSecretStore> &store = support.store;

    ConversationService conversations(workspace, clock);
    OutboxService outbox(workspace, clock);
    outbox.addConnector(std::make_shared<EmailConnector>(account, store));
    ChannelMessage inbound;
    inbound.channel = Channel::Email;
    inbound.fromAddress = MailTestServers::customerUser();
    inbound.fromName = u"Noor Haddad"_s;
    inbound.subject = u"Bridge offline"_s;
    inbound.body = u"The bridge has shown offline since this morning."_s;
    inbound.externalId = u"<question-1@customer.example.test>"_s;
    inbound.receivedAt = clock.now();
    const Id conversation = conversations.recordInbound(inbound).conversationId;
    ReplyDraft draft;
    draft.body = u"Please unplug the bridge for ten seconds — then it finds the network again."_s;
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);

    OutboxWorker worker(outbox);
    int delivered = 0;
    QObject::connect(&worker, &OutboxWorker::delivered, [&delivered] { ++delivered; });
    worker.start(60000);
    const Id outboxId = conversations.reply(rep, conversation, draft).outboxId;
    REQUIRE(test::waitUntil([&] { return delivered == 1 && !worker.isBusy(); }, 30000));
    CHECK(Query::scalar(workspace.database(), u"SELECT state FROM outbox WHERE id = ?"_s, { outboxId }).toString()
        == u"sent"_s);

    OutgoingMessage again;
    again.outboxId = outboxId;
    again.deliveryKey = OutboxRepository(workspace).deliveryKey(outboxId);
    // Postfix took it; its queue hands it to Dovecot a moment later.
    QSharedPointer<KMime::Message> received;
    REQUIRE(test::waitUntil(
        [&] {
            received = receivedByCustomer(u'<' + again.deliveryKey + u'>');
            return !received.isNull();
        },
        30000));
    CHECK(received->messageID()->asUnicodeString() == u'<' + again.deliveryKey + u'>');
    CHECK(received->inReplyTo()->asUnicodeString() == u"<question-1@customer.example.test>"_s);
    CHECK(received->references()->asUnicodeString().contains(u"<question-1@customer.example.test>"_s));
    CHECK(received->subject()->asUnicodeString().contains(EmailConnector::conversationReference(conversation)));
    CHECK(received->from()->asUnicodeString().contains(MailTestServers::supportUser()));
    CHECK(QString::fromUtf8(received->decodedContent()).contains(u"ten seconds — then"_s));

    // Delivered before: the copy in the support account's Sent folder is found, nothing goes out again.
    again.channel = Channel::Email;
    again.conversationId = conversation;
    again.customerAddress = MailTestServers::customerUser();
    again.subject = u"Bridge offline"_s;
    again.body = draft.body;
    EmailConnector connector(account, store);
    const DeliveryResult second = connector.deliver(again);
    CHECK(second.outcome == DeliveryResult::Outcome::Delivered);
    CHECK(second.alreadyDelivered);
}

TEST_CASE("a reply to an address the server does not know fails for good, in the server's words", "[mail]")
{
    REQUIRE_MAIL_SERVERS();
    REQUIRE_SMTP_LOGIN();
    QTemporaryDir secrets;
    auto store = std::make_shared<FileSecretStore>(secrets.filePath(u"mail.json"_s));
    MailAccount account = MailTestServers::supportAccount();
    account.secretKey = u"mail-account/test"_s;
    store->write(account.secretKey, MailTestServers::supportPassword());
    OutgoingMessage message;
    message.outboxId = 1;
    message.deliveryKey = OutgoingMessage::deliveryKeyFor(1, u"unknown-recipient-test"_s, OutgoingMessage::newToken());
    message.conversationId = 7;
    message.customerAddress = u"nobody@example.test"_s;
    message.subject = u"Your question"_s;
    message.body = u"Hello"_s;
    const DeliveryResult result = EmailConnector(account, store).deliver(message);
    CHECK(result.outcome == DeliveryResult::Outcome::PermanentFailure);
    CHECK(result.reason.contains(u"User unknown"_s));
}
