// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MailFixture.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/OutboxService.h"
#include "services/mail/MailImportService.h"
#include "services/mail/MailParser.h"
#include "storage/OutboxRepository.h"
#include "storage/Query.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// Takes every message, as a mail server that accepts and only later bounces does.
class AcceptingConnector : public ChannelConnector
{
public:
    [[nodiscard]] QList<Channel> channels() const override { return { Channel::Email }; }
    [[nodiscard]] DeliveryResult deliver(const OutgoingMessage &) override { return DeliveryResult::delivered(); }
};

qint64 count(Workspace &workspace, const QString &statement, const QVariantList &values = {})
{
    return Query::scalar(workspace.database(), statement, values).toLongLong();
}

struct Desk
{
    explicit Desk(Backend backend)
        : temp(backend),
          workspace(temp.openWithDemo(3, 20, 5)),
          service(workspace, clock),
          outbox(workspace, clock),
          importer(service)
    {
        rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
        outbox.addConnector(std::make_shared<AcceptingConnector>());
    }

    // Noor asks, a rep answers and the answer is sent; the Message-ID it went out with.
    QString sentReply()
    {
        ChannelMessage message = test::customerEmail(u"noor"_s, clock.now());
        message.fromName = u"Noor Haddad"_s;
        message.subject = u"Bridge offline"_s;
        conversation = service.recordInbound(message).conversationId;
        ReplyDraft draft;
        draft.body = u"Please unplug the bridge for ten seconds."_s;
        outboxId = service.reply(rep, conversation, draft).outboxId;
        const QList<OutboxService::Attempt> attempts = outbox.sendDue();
        const auto sent = std::find_if(attempts.cbegin(), attempts.cend(),
            [this](const OutboxService::Attempt &attempt) { return attempt.outboxId == outboxId; });
        REQUIRE(sent != attempts.cend());
        REQUIRE(sent->state == OutboxState::Sent);
        return u'<' + sent->deliveryKey + u'>';
    }

    // A fixture with the bounced message's id filled in, imported.
    MailImportSummary imported(const QString &fixture, const QString &messageId)
    {
        QByteArray raw = test::mailFixture(fixture);
        raw.replace("@@MESSAGE_ID@@", messageId.toUtf8());
        MailImportSummary summary;
        importer.importOne(raw, fixture, std::nullopt, summary);
        return summary;
    }

    test::MockClock clock;
    test::TempWorkspace temp;
    Workspace &workspace;
    ConversationService service;
    OutboxService outbox;
    MailImportService importer;
    Actor rep;
    Id conversation = 0;
    Id outboxId = 0;
};

} // namespace

TEST_CASE("A plain bounce from a mail daemon is read as a bounce, with who failed and what bounced", "[mail]")
{
    QByteArray raw = test::mailFixture(u"bounce-plain.eml"_s);
    raw.replace("@@MESSAGE_ID@@", "<7.abc@outbox.tandem>");
    const MailParseResult parsed = MailParser::parse(raw);
    REQUIRE(parsed.mail.has_value());
    const ParsedMail plain = parsed.mail.value_or(ParsedMail {});
    CHECK(plain.kind == MailKind::Bounce);
    CHECK(plain.bouncedRecipient == u"noor@customers.example"_s);
    CHECK(plain.bouncedMessageId == u"<7.abc@outbox.tandem>"_s);

    raw = test::mailFixture(u"bounce-dsn-reply.eml"_s);
    raw.replace("@@MESSAGE_ID@@", "<8.abc@outbox.tandem>");
    const MailParseResult parsedReport = MailParser::parse(raw);
    REQUIRE(parsedReport.mail.has_value());
    const ParsedMail dsn = parsedReport.mail.value_or(ParsedMail {});
    CHECK(dsn.kind == MailKind::Bounce);
    CHECK(dsn.bouncedMessageId == u"<8.abc@outbox.tandem>"_s);
    CHECK(dsn.bounceReason.contains(u"User unknown"_s));
}

TEST_CASE("A bounce shows on the reply that bounced and marks the customer's address failing", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    const QString fixture = GENERATE(u"bounce-dsn-reply.eml"_s, u"bounce-plain.eml"_s);
    INFO("fixture: " << fixture.toStdString());
    Desk desk(backend);
    const QString replyId = desk.sentReply();
    CHECK_FALSE(desk.service.failingAddress(desk.conversation));
    const qint64 conversationsBefore = count(desk.workspace, u"SELECT count(*) FROM conversations"_s);

    const MailImportSummary summary = desk.imported(fixture, replyId);
    CHECK(summary.bounces == 1);
    CHECK(summary.imported == 0);
    CHECK(summary.refused.isEmpty());
    CHECK(count(desk.workspace, u"SELECT count(*) FROM conversations"_s) == conversationsBefore);

    const Actor &rep = desk.rep;
    const std::optional<ConversationThread> found = desk.service.thread(rep, desk.conversation);
    REQUIRE(found.has_value());
    const ConversationThread thread = found.value_or(ConversationThread {});
    const auto reply = std::find_if(thread.messages.cbegin(), thread.messages.cend(),
        [&](const ThreadMessage &message) { return message.outboxId == desk.outboxId; });
    REQUIRE(reply != thread.messages.cend());
    CHECK(reply->outboxState == OutboxState::Failed);
    CHECK(reply->outboxPermanent);
    // Stored as facts (bounced, the server's words), the sentence made in the reader's language on display.
    CHECK(reply->outboxBounced);
    CHECK_FALSE(reply->outboxError.contains(u"bounced"_s));
    if (fixture == u"bounce-dsn-reply.eml"_s)
        CHECK(reply->outboxError.contains(u"User unknown"_s));
    // Nothing changed for the conversation itself: it still waits on the customer.
    CHECK(thread.row.conversation.status == ConversationStatus::PendingCustomer);

    const std::optional<FailingAddress> failing = desk.service.failingAddress(desk.conversation);
    REQUIRE(failing.has_value());
    CHECK(failing.value_or(FailingAddress {}).address == u"noor@customers.example"_s);
    CHECK(count(desk.workspace, u"SELECT count(*) FROM audit_log WHERE action = 'customer.bounce'"_s) == 1);
}

TEST_CASE("A bounce about mail that is not ours and an address nobody has changes nothing", "[mail]")
{
    Desk desk(Backend::Sqlite);
    (void)desk.sentReply();
    const MailImportSummary summary = desk.imported(u"bounce-dsn.eml"_s, QString());
    CHECK(summary.bounces == 1);
    CHECK_FALSE(desk.service.failingAddress(desk.conversation));
    CHECK(count(desk.workspace, u"SELECT count(*) FROM audit_log WHERE action = 'customer.bounce'"_s) == 0);
    CHECK(count(desk.workspace, u"SELECT count(*) FROM outbox WHERE state = 'failed'"_s) == 0);
}

TEST_CASE("A bounce is believed only when it names our message and that message's recipient", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const QString replyId = desk.sentReply();
    (void)desk.service.recordInbound(test::customerEmail(u"ines"_s, desk.clock.now()));
    const auto bounce = [&](const QString &messageId, const QString &address) {
        DeliveryFailureReport report;
        report.failedExternalId = messageId;
        report.failedAddress = address;
        report.reason = u"550 5.1.1 User unknown"_s;
        return desk.service.recordDeliveryFailure(report);
    };
    const auto nothingMarked = [&] {
        CHECK_FALSE(desk.service.failingAddress(desk.conversation));
        CHECK(count(desk.workspace, u"SELECT count(*) FROM audit_log WHERE action = 'customer.bounce'"_s) == 0);
        CHECK(count(desk.workspace, u"SELECT count(*) FROM outbox WHERE state = 'failed' OR bounced = 1"_s) == 0);
    };

    // Our reply, but another customer's address (who has a conversation of their own).
    CHECK_FALSE(bounce(replyId, u"ines@customers.example"_s).customerId);
    // Our reply without the address at all.
    CHECK_FALSE(bounce(replyId, QString()).customerId);
    nothingMarked();
    // The right address, and a Message-ID guessed from the reply's: the next entry's, or the reply's own
    // without its token.
    const QString domain = OutboxRepository(desk.workspace).keyDomain();
    CHECK_FALSE(bounce(u'<' + OutgoingMessage::deliveryKeyFor(desk.outboxId + 1, domain, QString()) + u'>',
        u"noor@customers.example"_s)
            .customerId);
    CHECK_FALSE(bounce(
        u'<' + OutgoingMessage::deliveryKeyFor(desk.outboxId, domain, QString()) + u'>', u"noor@customers.example"_s)
            .customerId);
    nothingMarked();

    const DeliveryFailureReceipt believed = bounce(replyId, u"Noor@Customers.example"_s);
    CHECK(believed.customerId);
    CHECK(believed.interactionId);
    CHECK(desk.service.failingAddress(desk.conversation));
}

TEST_CASE("Our Message-IDs carry a random token of their own, the same on every attempt", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const QString first = desk.sentReply();
    const Id firstOutbox = desk.outboxId;
    ReplyDraft draft;
    draft.body = u"And if that does not help, a restart of the router."_s;
    OutboxRepository outbox(desk.workspace);
    const QString second
        = u'<' + outbox.deliveryKey(desk.service.reply(desk.rep, desk.conversation, draft).outboxId) + u'>';
    const QString domain = outbox.keyDomain();
    // Neither is what the entry's id and the workspace's domain alone would make.
    CHECK(first != u'<' + OutgoingMessage::deliveryKeyFor(firstOutbox, domain, QString()) + u'>');
    const auto tokenOf = [](const QString &messageId) { return messageId.section(u'.', 1, 1); };
    CHECK(tokenOf(first).size() == 32);
    CHECK(tokenOf(first) != tokenOf(second));
    // A resend (after a crash, a retry) goes under the same key.
    CHECK(u'<' + outbox.deliveryKey(firstOutbox) + u'>' == first);
    CHECK(u'<' + outbox.message(firstOutbox, domain).value_or(OutgoingMessage {}).deliveryKey + u'>' == first);
    CHECK(outbox.message(firstOutbox, domain).value_or(OutgoingMessage {}).deliveryKey
        == outbox.message(firstOutbox, domain).value_or(OutgoingMessage {}).deliveryKey);
}

TEST_CASE("An auto-reply to our reply opens nothing and wakes nothing", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const QString replyId = desk.sentReply();
    const qint64 messagesBefore = count(desk.workspace, u"SELECT count(*) FROM interactions"_s);
    const QByteArray raw = "From: Noor Haddad <noor@customers.example>\nTo: support@tandem.example\n"
                           "Subject: Automatic reply: Re: Bridge offline\nMessage-ID: <ooo@customers.example>\n"
                           "In-Reply-To: "
        + replyId.toUtf8()
        + "\nAuto-Submitted: auto-replied\nContent-Type: text/plain\n\nI am out of the office until Monday.\n";
    MailImportSummary summary;
    desk.importer.importOne(raw, u"ooo"_s, std::nullopt, summary);
    CHECK(summary.autoReplies == 1);
    CHECK(count(desk.workspace, u"SELECT count(*) FROM interactions"_s) == messagesBefore);
    CHECK(desk.service.conversation(desk.rep, desk.conversation).value_or(ConversationRow {}).conversation.status
        == ConversationStatus::PendingCustomer);
}
