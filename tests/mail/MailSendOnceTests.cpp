// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sent once, never twice, never lost (issue 18): the real `tandemctl outbox send` killed with SIGKILL at the
// points that matter, against the test Dovecot and Postfix. The sender stalls where a test variable tells it
// (TANDEM_TEST_STALL_BEFORE_SMTP: its Sent copy stored, SMTP not begun; TANDEM_TEST_STALL_AFTER_SMTP: the SMTP
// server took the message, the copy's pending mark not cleared), says so on stderr, and is killed there.

#include "MailTestServers.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/MailJobs.h"
#include "services/OutboxService.h"
#include "storage/OutboxRepository.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using test::MailTestServers;

namespace {

// Postfix's queue, Dovecot's LMTP and a loaded CI machine.
constexpr int arrivalMs = 60000;

// A desk with the support mailbox as its mail account and one e-mail reply queued to the test customer.
struct QueuedMailReply
{
    explicit QueuedMailReply(Backend backend)
        : temp(backend), workspace(temp.openWithDemo(4, 10, 5)), support(MailTestServers::addSupportAccount(workspace))
    {
        ConversationService conversations(workspace, SystemClock::instance());
        ChannelMessage inbound;
        inbound.channel = Channel::Email;
        inbound.fromAddress = MailTestServers::customerUser();
        inbound.fromName = u"Noor Haddad"_s;
        inbound.subject = u"Once "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        inbound.body = u"The bridge is offline."_s;
        inbound.externalId = u"<"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@customer.example.test>"_s;
        inbound.receivedAt = SystemClock::instance().now();
        const Id conversation = conversations.recordInbound(inbound).conversationId;
        ReplyDraft draft;
        draft.body = u"Please unplug the bridge for ten seconds."_s;
        rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
        outboxId = conversations.reply(rep, conversation, draft).outboxId;
        key = OutboxRepository(workspace).deliveryKey(outboxId);
    }

    // `tandemctl outbox send` on this desk, as a second worker after a crash runs it (every claim is stale).
    [[nodiscard]] QProcessEnvironment environment(const QString &stall = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TANDEM_MAIL_CREDENTIALS"_s, support.credentialsFile());
        environment.remove(u"TANDEM_TEST_STALL_BEFORE_SMTP"_s);
        environment.remove(u"TANDEM_TEST_STALL_AFTER_SMTP"_s);
        if (!stall.isEmpty())
            environment.insert(stall, u"1"_s);
        return environment;
    }
    [[nodiscard]] QStringList sendArguments() const
    {
        return { u"outbox"_s, u"send"_s, u"--workspace"_s, temp.path(), u"--claim-timeout"_s, u"0"_s };
    }

    // Runs the sender until it stalls at `stall`, then kills it with SIGKILL.
    void killAt(const QString &stall) const
    {
        QProcess sender;
        sender.setProcessEnvironment(environment(stall));
        sender.start(tandemctl(), sendArguments());
        REQUIRE(sender.waitForStarted());
        QByteArray said;
        const QByteArray marker = QByteArray("stalled at ") + stall.toLatin1();
        const bool stalled = test::waitUntil(
            [&] {
                sender.waitForReadyRead(100);
                said += sender.readAllStandardError();
                return said.contains(marker) || sender.state() == QProcess::NotRunning;
            },
            arrivalMs);
        INFO("tandemctl said: " << said.toStdString());
        REQUIRE(stalled);
        REQUIRE(sender.state() == QProcess::Running);
        sender.kill();
        REQUIRE(sender.waitForFinished());
    }

    // The next run, to its end: what it printed of this desk's reply.
    [[nodiscard]] QJsonObject sendAgain() const
    {
        QProcess sender;
        sender.setProcessEnvironment(environment());
        sender.start(tandemctl(), sendArguments());
        REQUIRE(sender.waitForFinished(arrivalMs));
        INFO("stderr: " << sender.readAllStandardError().toStdString());
        REQUIRE(sender.exitCode() == 0);
        const QJsonArray attempted
            = QJsonDocument::fromJson(sender.readAllStandardOutput()).object().value(u"attempted"_s).toArray();
        REQUIRE(attempted.size() == 1);
        return attempted.first().toObject();
    }

    [[nodiscard]] QVariant column(const QString &name) const
    {
        return Query::scalar(workspace.database(), u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(name), { outboxId });
    }

    [[nodiscard]] static QString tandemctl() { return QDir(QStringLiteral(TANDEM_BIN_DIR)).filePath(u"tandemctl"_s); }

    test::TempWorkspace temp;
    Workspace &workspace;
    test::SupportMailbox support;
    Actor rep;
    Id outboxId = 0;
    QString key;
};

// The copies of a message in a mailbox's folder, by whether they carry the pending mark.
ImapConnection::Copies copiesIn(
    const MailAccount &account, const QString &password, const QString &folder, const QString &key)
{
    ImapConnection imap(account, password);
    REQUIRE(imap.open().ok());
    const std::optional<ImapConnection::Copies> copies = imap.copiesOf(folder, key);
    REQUIRE(copies);
    return copies.value_or(ImapConnection::Copies {});
}

ImapConnection::Copies inSent(const QString &key)
{
    return copiesIn(MailTestServers::supportAccount(), MailTestServers::supportPassword(), u"Sent"_s, key);
}

// How many copies the customer's mailbox holds, once the first has arrived (none when none came in time).
qsizetype customerCopies(const QString &key)
{
    qsizetype copies = 0;
    test::waitUntil(
        [&] {
            copies = copiesIn(MailTestServers::customerAccount(), MailTestServers::customerPassword(), u"INBOX"_s, key)
                         .done.size();
            return copies > 0;
        },
        arrivalMs);
    return copies;
}

#define REQUIRE_MAIL_SERVERS()                                                                                         \
    do {                                                                                                               \
        if (!MailTestServers::available())                                                                             \
            SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");                    \
        if (!MailTestServers::smtpLoginPossible())                                                                     \
            SKIP("KSMTP cannot log in without Cyrus SASL's PLAIN plugin (libsasl2-modules)");                          \
    } while (false)

} // namespace

TEST_CASE("killed after the SMTP server took a reply: the next run does not send it again, it may have been sent",
    "[mail][reliability][postgres]")
{
    REQUIRE_MAIL_SERVERS();
    const Backend backend = GENERATE(from_range(test::testBackends()));
    const bool saveToSent = GENERATE(true, false);
    INFO("backend: " << test::backendName(backend).toStdString() << ", save to Sent: " << saveToSent);
    QueuedMailReply desk(backend);
    if (!saveToSent)
        Query::run(desk.workspace.database(), u"UPDATE mail_accounts SET save_to_sent = 0"_s);

    desk.killAt(u"TANDEM_TEST_STALL_AFTER_SMTP"_s);
    CHECK(desk.column(u"state"_s).toString() == u"sending"_s);
    CHECK_FALSE(desk.column(u"hand_over_at"_s).isNull()); // recorded before the SMTP transaction
    if (saveToSent) {
        const ImapConnection::Copies sent = inSent(desk.key);
        CHECK(sent.pending.size() == 1); // stored before SMTP, never known to be taken
        CHECK(sent.done.isEmpty());
    }

    const QJsonObject attempt = desk.sendAgain();
    CHECK(attempt.value(u"maybe_sent"_s).toBool());
    CHECK(attempt.value(u"state"_s).toString() == u"failed"_s);
    CHECK(desk.column(u"maybe_sent"_s).toInt() == 1);
    CHECK(desk.column(u"permanent"_s).toInt() == 1);
    CHECK(customerCopies(desk.key) == 1);

    // The person checks and records it sent; nothing goes out.
    OutboxService outbox(desk.workspace, SystemClock::instance());
    outbox.markSent(desk.rep, desk.outboxId);
    CHECK(desk.column(u"state"_s).toString() == u"sent"_s);
    CHECK(customerCopies(desk.key) == 1);
}

TEST_CASE("killed before SMTP with its Sent copy stored: the next run sends the reply, once, with one copy",
    "[mail][reliability]")
{
    REQUIRE_MAIL_SERVERS();
    QueuedMailReply desk(Backend::Sqlite);
    desk.killAt(u"TANDEM_TEST_STALL_BEFORE_SMTP"_s);
    CHECK(desk.column(u"state"_s).toString() == u"sending"_s);
    CHECK(desk.column(u"hand_over_at"_s).isNull());
    CHECK(inSent(desk.key).pending.size() == 1);

    const QJsonObject attempt = desk.sendAgain();
    CHECK(attempt.value(u"state"_s).toString() == u"sent"_s);
    CHECK_FALSE(attempt.value(u"already_delivered"_s).toBool());
    CHECK(desk.column(u"state"_s).toString() == u"sent"_s);
    CHECK(customerCopies(desk.key) == 1);
    const ImapConnection::Copies sent = inSent(desk.key);
    CHECK(sent.done.size() == 1); // the copy stored before the kill, its mark cleared
    CHECK(sent.pending.isEmpty());

    // And a run after that finds nothing to do.
    QProcess again;
    again.setProcessEnvironment(desk.environment());
    again.start(QueuedMailReply::tandemctl(), desk.sendArguments());
    REQUIRE(again.waitForFinished(arrivalMs));
    CHECK(QJsonDocument::fromJson(again.readAllStandardOutput()).object().value(u"attempted"_s).toArray().isEmpty());
}

TEST_CASE("a reply that may have been sent goes out again when its author says so", "[mail][reliability]")
{
    REQUIRE_MAIL_SERVERS();
    QueuedMailReply desk(Backend::Sqlite);
    desk.killAt(u"TANDEM_TEST_STALL_AFTER_SMTP"_s);
    REQUIRE(desk.sendAgain().value(u"maybe_sent"_s).toBool());
    REQUIRE(customerCopies(desk.key) == 1);

    OutboxService outbox(desk.workspace, SystemClock::instance());
    outbox.sendAgain(desk.rep, desk.outboxId);
    const QJsonObject attempt = desk.sendAgain();
    CHECK(attempt.value(u"state"_s).toString() == u"sent"_s);
    CHECK(test::waitUntil(
        [&] {
            return copiesIn(
                       MailTestServers::customerAccount(), MailTestServers::customerPassword(), u"INBOX"_s, desk.key)
                       .done.size()
                == 2;
        },
        arrivalMs)); // the person chose it, knowing
    const ImapConnection::Copies sent = inSent(desk.key);
    CHECK(sent.done.size() == 1);
    CHECK(sent.pending.isEmpty());
}
