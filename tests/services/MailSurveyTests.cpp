// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/EmailConnector.h"
#include "services/KpiService.h"
#include "services/ServiceError.h"
#include "services/TemplateService.h"
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

qint64 count(Workspace &workspace, const QString &statement, const QVariantList &values = {})
{
    return Query::scalar(workspace.database(), statement, values).toLongLong();
}

struct Desk
{
    explicit Desk(Backend backend)
        : temp(backend), workspace(temp.openWithDemo(3, 20, 5)), service(workspace, clock), importer(service)
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        lead = accounts.signInWithoutPassword(u"lead"_s);
        (void)TemplateService(workspace, clock).installDefaultLibrary();
    }

    // Noor asks in the first queue, a rep answers.
    Id answeredQuestion()
    {
        ChannelMessage message = test::customerEmail(u"noor"_s, clock.now());
        message.fromName = u"Noor Haddad"_s;
        message.subject = u"Bridge offline"_s;
        const Id id = service.recordInbound(message).conversationId;
        ReplyDraft draft;
        draft.body = u"Please unplug it for ten seconds."_s;
        (void)service.reply(rep, id, draft);
        return id;
    }

    Id queueOf(Id conversationId) const
    {
        return service.conversation(lead, conversationId).value_or(ConversationRow {}).conversation.queueId.value_or(0);
    }

    ConversationStatus statusOf(Id conversationId) const
    {
        return service.conversation(lead, conversationId).value_or(ConversationRow {}).conversation.status;
    }

    // Surveys a customer's mail was taken as the answer to.
    qint64 surveysAnswered()
    {
        return count(workspace, u"SELECT count(*) FROM conversation_surveys WHERE response_id IS NOT NULL"_s);
    }

    // Survey mails queued for the conversation.
    qint64 surveysQueued(Id conversationId)
    {
        return count(workspace,
            u"SELECT count(*) FROM outbox o JOIN interactions i ON i.id = o.interaction_id"
            " WHERE o.conversation_id = ? AND o.automatic = 1 AND i.kind = 'feedback'"_s,
            { conversationId });
    }

    // The Message-ID of the survey mail queued for the conversation.
    QString surveyMessageId(Id conversationId)
    {
        const Id outboxId = count(workspace,
            u"SELECT o.id FROM outbox o WHERE o.conversation_id = ? AND o.automatic = 1"_s, { conversationId });
        return u'<' + OutboxRepository(workspace).deliveryKey(outboxId) + u'>';
    }

    // The customer's mail in the conversation (by its [#N]), as their mail program sends it: by default an
    // answer to the survey mail, otherwise one that answers nothing in particular.
    void answer(Id conversationId, const QString &text, const QString &messageId, bool toSurveyMail = true)
    {
        clock.advance(60'000);
        QString raw = u"From: Noor Haddad <noor@customers.example>\nTo: support@tandem.example\nSubject: Re: "_s
            + (toSurveyMail ? u"How did we do?"_s : u"Bridge offline"_s) + u" [#"_s + QString::number(conversationId)
            + u"]\nMessage-ID: "_s + messageId;
        if (toSurveyMail)
            raw += u"\nIn-Reply-To: "_s + surveyMessageId(conversationId);
        raw += u"\nDate: "_s + QDateTime::fromMSecsSinceEpoch(clock.now(), QTimeZone::UTC).toString(Qt::RFC2822Date)
            + u"\nContent-Type: text/plain; charset=utf-8\n\n"_s + text;
        if (toSurveyMail)
            raw += u"\n\nOn Friday, Support wrote:\n> Please reply with a number from 1 to 5:\n"_s;
        MailImportSummary summary;
        importer.importOne(raw.toUtf8(), u"test"_s, std::nullopt, summary);
        REQUIRE(summary.imported == 1);
    }

    test::MockClock clock;
    test::TempWorkspace temp;
    Workspace &workspace;
    ConversationService service;
    MailImportService importer;
    Actor rep;
    Actor lead;
};

} // namespace

TEST_CASE(
    "Closing a conversation of a queue that asks for a survey mails it once, marked automatic", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id conversation = desk.answeredQuestion();
    desk.service.setQueueSurvey(desk.lead, desk.queueOf(conversation), SurveyKind::Csat);
    CHECK(desk.surveysQueued(conversation) == 0);

    desk.service.close(desk.rep, { conversation });
    REQUIRE(desk.surveysQueued(conversation) == 1);
    CHECK(desk.statusOf(conversation) == ConversationStatus::Closed);

    // Closed again after a reopen, and by "reply and close": still the one survey.
    desk.service.reopen(desk.rep, { conversation });
    desk.service.close(desk.rep, { conversation });
    desk.service.reopen(desk.rep, { conversation });
    ReplyDraft draft;
    draft.body = u"One more thing: the firmware update is out."_s;
    draft.statusAfter = ConversationStatus::Closed;
    (void)desk.service.reply(desk.rep, conversation, draft);
    CHECK(desk.surveysQueued(conversation) == 1);

    // The survey mail is the CSAT template's, for this customer, and goes out as automatic mail.
    const Id outboxId = count(
        desk.workspace, u"SELECT id FROM outbox WHERE conversation_id = ? AND automatic = 1"_s, { conversation });
    OutboxRepository outbox(desk.workspace);
    const OutgoingMessage message = outbox.message(outboxId, outbox.keyDomain()).value_or(OutgoingMessage {});
    REQUIRE(message.outboxId == outboxId);
    CHECK(message.automatic);
    CHECK(message.subject == u"How did we do?"_s);
    CHECK(message.body.startsWith(u"Hi Noor,"_s));
    MailAccount account;
    account.addresses = { u"support@tandem.example"_s };
    const QByteArray composed = EmailConnector::compose(message, account);
    CHECK(composed.contains("Auto-Submitted: auto-generated"));
    CHECK(composed.contains(QString(u"[#"_s + QString::number(conversation) + u']').toUtf8()));

    // A reply an agent writes is no automatic mail.
    const Id replyId = count(
        desk.workspace, u"SELECT min(id) FROM outbox WHERE conversation_id = ? AND automatic = 0"_s, { conversation });
    const OutgoingMessage reply = outbox.message(replyId, outbox.keyDomain()).value_or(OutgoingMessage {});
    REQUIRE(reply.outboxId == replyId);
    CHECK_FALSE(reply.automatic);
    CHECK_FALSE(EmailConnector::compose(reply, account).contains("Auto-Submitted"));
}

TEST_CASE("A queue without a survey mails none", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const Id conversation = desk.answeredQuestion();
    desk.service.setQueueSurvey(desk.lead, desk.queueOf(conversation), std::nullopt);
    desk.service.close(desk.rep, { conversation });
    CHECK(desk.surveysQueued(conversation) == 0);
}

TEST_CASE(
    "The customer's answer to the survey is recorded on the conversation and counted by the KPIs", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    KpiService kpis(desk.workspace, desk.clock);
    const KpiQuery period { desk.clock.now() - day, desk.clock.now() + 7 * day, std::nullopt, std::nullopt };
    const qint64 answersBefore = kpis.report(desk.lead, period).counts.csatAnswers;
    const Id conversation = desk.answeredQuestion();
    desk.service.setQueueSurvey(desk.lead, desk.queueOf(conversation), SurveyKind::Csat);
    desk.service.close(desk.rep, { conversation });

    desk.answer(conversation, u"a 4 from me"_s, u"<survey-answer@customers.example>"_s);
    CHECK(count(desk.workspace,
              u"SELECT score FROM survey_responses s JOIN interactions i ON i.id = s.interaction_id"
              " WHERE i.conversation_id = ? AND s.kind = 'csat'"_s,
              { conversation })
        == 4);
    // A score asks nothing of the team: the conversation stays closed.
    CHECK(desk.statusOf(conversation) == ConversationStatus::Closed);
    const KpiReport report = kpis.report(desk.lead, period);
    CHECK(report.counts.csatAnswers == answersBefore + 1);

    // Answered once: a second mail is a message like any other, and reopens the conversation.
    desk.answer(conversation, u"5 actually"_s, u"<survey-answer-2@customers.example>"_s);
    CHECK(count(desk.workspace,
              u"SELECT count(*) FROM survey_responses s JOIN interactions i ON i.id = s.interaction_id"
              " WHERE i.conversation_id = ?"_s,
              { conversation })
        == 1);
    CHECK(desk.statusOf(conversation) == ConversationStatus::Open);
}

TEST_CASE("An answer to the survey that gives no clear score is no survey answer", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const Id conversation = desk.answeredQuestion();
    desk.service.setQueueSurvey(desk.lead, desk.queueOf(conversation), SurveyKind::Nps);
    desk.service.close(desk.rep, { conversation });
    desk.answer(
        conversation, u"Somewhere between 7 and 8, and why did my invoice double?"_s, u"<unclear@customers.example>"_s);
    CHECK(desk.surveysAnswered() == 0);
    CHECK(desk.statusOf(conversation) == ConversationStatus::Open);
}

TEST_CASE("A short mail with a number that does not answer the survey mail reopens the conversation", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const Id conversation = desk.answeredQuestion();
    desk.service.setQueueSurvey(desk.lead, desk.queueOf(conversation), SurveyKind::Csat);
    desk.service.close(desk.rep, { conversation });
    // Written into the conversation by its reference, not as an answer to the survey mail.
    desk.answer(
        conversation, u"Still broken after the update 3 days ago"_s, u"<still-broken@customers.example>"_s, false);
    CHECK(desk.surveysAnswered() == 0);
    CHECK(desk.statusOf(conversation) == ConversationStatus::Open);
}

TEST_CASE("Only a team lead chooses the survey a queue sends, and the change is audited", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const Id queue = desk.service.queues().constFirst().id;
    CHECK_THROWS_AS(desk.service.setQueueSurvey(desk.rep, queue, SurveyKind::Nps), PermissionDenied);
    CHECK_FALSE(desk.service.queues().constFirst().survey);
    desk.service.setQueueSurvey(desk.lead, queue, SurveyKind::Nps);
    CHECK(desk.service.queues().constFirst().survey == SurveyKind::Nps);
    CHECK(count(desk.workspace, u"SELECT count(*) FROM audit_log WHERE action = 'queue.survey'"_s) == 1);
    CHECK_THROWS_AS(desk.service.setQueueSurvey(desk.lead, 987654, SurveyKind::Nps), ServiceError);
}

TEST_CASE("A referral-request template goes out by mail in a conversation and is tracked as a request", "[mail]")
{
    Desk desk(Backend::Sqlite);
    const Id conversation = desk.answeredQuestion();
    TemplateService templates(desk.workspace, desk.clock);
    const QList<ReplyTemplate> visible = templates.templates(desk.rep);
    const auto referral = std::find_if(
        visible.cbegin(), visible.cend(), [](const ReplyTemplate &t) { return t.shortcode == u"ref-support"_s; });
    REQUIRE(referral != visible.cend());
    const ReplyRendering rendering = templates.render(desk.rep, referral->id,
        desk.service.conversation(desk.rep, conversation).value_or(ConversationRow {}).conversation.customerId);
    ReplyDraft draft;
    draft.subject = rendering.subject.text;
    draft.body = rendering.body.text;
    draft.templateId = referral->id;
    const ReplyReceipt receipt = desk.service.reply(desk.rep, conversation, draft);
    OutboxRepository outbox(desk.workspace);
    const OutgoingMessage message = outbox.message(receipt.outboxId, outbox.keyDomain()).value_or(OutgoingMessage {});
    REQUIRE(message.outboxId == receipt.outboxId);
    CHECK(message.channel == Channel::Email);
    CHECK(message.customerAddress == u"noor@customers.example"_s);
    CHECK_FALSE(message.automatic);
    CHECK(count(desk.workspace, u"SELECT count(*) FROM interactions WHERE id = ? AND kind = 'referral'"_s,
              { receipt.interactionId })
        == 1);
}
