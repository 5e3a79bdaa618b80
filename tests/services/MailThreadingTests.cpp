// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/mail/MailImportService.h"
#include "storage/OutboxRepository.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis day = 24 * 60 * 60'000;

// A raw mail from `from` written at `at`; `headers` are extra header lines ("In-Reply-To: <...>").
QByteArray rawMail(
    const QString &from, const QString &subject, const QString &messageId, Millis at, const QString &headers = {})
{
    const QString date = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC).toString(Qt::RFC2822Date);
    const QString mail = u"From: "_s + from + u"\nTo: support@tandem.example\nSubject: "_s + subject
        + u"\nMessage-ID: "_s + messageId + u"\nDate: "_s + date + u'\n' + headers
        + u"Content-Type: text/plain; charset=utf-8\n\nThank you, that did it.\n"_s;
    return mail.toUtf8();
}

struct Desk
{
    explicit Desk(Backend backend)
        : temp(backend), workspace(temp.openWithDemo(3, 20, 5)), service(workspace, clock), importer(service)
    {
        rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    }

    // Noor writes in about the bridge; the conversation it opens.
    Id question()
    {
        ChannelMessage message = test::customerEmail(u"noor"_s, clock.now());
        message.fromName = u"Noor Haddad"_s;
        message.subject = u"Bridge offline"_s;
        return service.recordInbound(message).conversationId;
    }

    // Our reply's Message-ID, as it goes out.
    QString replyMessageId(Id conversationId)
    {
        ReplyDraft draft;
        draft.body = u"Please unplug the bridge for ten seconds."_s;
        const Id outboxId = service.reply(rep, conversationId, draft).outboxId;
        return u'<' + OutboxRepository(workspace).deliveryKey(outboxId) + u'>';
    }

    // Where a mail written a minute on went.
    Id received(const QString &from, const QString &subject, const QString &messageId, const QString &headers = {})
    {
        clock.advance(60'000);
        MailImportSummary summary;
        importer.importOne(rawMail(from, subject, messageId, clock.now(), headers), u"test"_s, std::nullopt, summary);
        REQUIRE(summary.imported == 1);
        return Query::scalar(workspace.database(),
            u"SELECT conversation_id FROM interactions WHERE direction = 'inbound' ORDER BY id DESC LIMIT 1"_s)
            .toLongLong();
    }

    test::MockClock clock;
    test::TempWorkspace temp;
    Workspace &workspace;
    ConversationService service;
    MailImportService importer;
    Actor rep;
};

} // namespace

TEST_CASE("An answer naming our reply only in In-Reply-To lands in the reply's conversation", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id conversation = desk.question();
    const QString ours = desk.replyMessageId(conversation);
    desk.clock.advance(day);

    // Another subject, no reference, no References: only the reply's Message-ID ties it to the thread.
    CHECK(desk.received(u"noor@customers.example"_s, u"Thanks!"_s, u"<answer-1@customers.example>"_s,
              u"In-Reply-To: "_s + ours + u'\n')
        == conversation);

    // Our next reply answers the customer's messages only, never one of ours.
    ReplyDraft draft;
    draft.body = u"Glad to hear it."_s;
    const Id second = desk.service.reply(desk.rep, conversation, draft).outboxId;
    OutboxRepository outbox(desk.workspace);
    const OutgoingMessage message = outbox.message(second, outbox.keyDomain()).value_or(OutgoingMessage {});
    REQUIRE(message.outboxId == second);
    CHECK(message.inReplyTo == QStringList { u"<noor@customers.example>"_s, u"<answer-1@customers.example>"_s });
}

TEST_CASE("A stranger naming our reply's Message-ID does not get into that customer's conversation", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const Id conversation = desk.question();
    const QString ours = desk.replyMessageId(conversation);
    const Id stranger = desk.received(u"someone@elsewhere.example"_s, u"Re: Bridge offline"_s,
        u"<guessed@elsewhere.example>"_s, u"In-Reply-To: "_s + ours + u'\n');
    CHECK(stranger != conversation);
    CHECK(desk.received(u"noor@customers.example"_s, u"Thanks!"_s, u"<answer-2@customers.example>"_s,
              u"In-Reply-To: "_s + ours + u'\n')
        == conversation);
}

TEST_CASE("An answer without threading headers finds its conversation by the [#N] in the subject", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id conversation = desk.question();
    (void)desk.replyMessageId(conversation);
    const Actor lead = AccountService(desk.workspace).signInWithoutPassword(u"lead"_s);
    desk.service.close(lead, { conversation });
    desk.clock.advance(30 * day);

    // Closed and a month old: neither the subject alone nor the address would find it; the reference does.
    const QString subject = u"AW: Re: Bridge offline [#"_s + QString::number(conversation) + u']';
    CHECK(desk.received(u"noor@customers.example"_s, subject, u"<answer-2@customers.example>"_s) == conversation);
    CHECK(desk.service.conversation(lead, conversation).value_or(ConversationRow {}).conversation.status
        == ConversationStatus::Open);

    // Someone else quoting the reference opens a conversation of their own.
    const Id stranger = desk.received(u"mallory@elsewhere.example"_s, subject, u"<other@elsewhere.example>"_s);
    CHECK(stranger != conversation);
    CHECK(desk.service.conversation(lead, stranger).value_or(ConversationRow {}).conversation.subject
        == u"Bridge offline"_s);
}

TEST_CASE("The same subject from the same address continues a conversation only within a short window", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const Id conversation = desk.question();
    desk.clock.advance(day);
    CHECK(desk.received(u"noor@customers.example"_s, u"Re: Bridge offline"_s, u"<later-1@customers.example>"_s)
        == conversation);

    desk.clock.advance(ConversationRules::continuationWindow);
    const Id fresh
        = desk.received(u"noor@customers.example"_s, u"Re: Bridge offline"_s, u"<later-2@customers.example>"_s);
    CHECK(fresh != conversation);
}
