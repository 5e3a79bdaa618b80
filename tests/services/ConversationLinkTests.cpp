// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "EscalationSamples.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/EscalationService.h"
#include "services/ServiceError.h"
#include "services/TemplateService.h"
#include "storage/Query.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis minute = 60'000;

// A team desk where customers write in, reps escalate from the conversation and support hands back.
struct LinkedDesk
{
    explicit LinkedDesk(Backend backend)
        : temp(backend),
          workspace(temp.openWithDemo(12, 300, 11)),
          conversations(workspace, clock),
          escalations(workspace, clock),
          templates(workspace, clock)
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
        lead = accounts.signInWithoutPassword(u"lead"_s);
    }

    Id started(const QString &who) { return test::startConversation(conversations, clock, who); }
    Id customerOf(Id conversationId) const
    {
        return conversations.conversation(lead, conversationId)->conversation.customerId;
    }
    Escalation step(const Actor &actor, Id id, EscalationAction action, const QString &note = {})
    {
        clock.advance(minute);
        return escalations.transition(actor, id, action, note, escalations.escalation(id)->escalation.version);
    }
    QList<ThreadMessage> internalNotes(Id conversationId) const
    {
        QList<ThreadMessage> notes = conversations.thread(rep, conversationId)->messages;
        notes.removeIf([](const ThreadMessage &m) { return m.interaction.direction != Direction::Internal; });
        return notes;
    }
    qint64 count(const QString &statement, const QVariantList &values = {}) const
    {
        return Query::scalar(workspace.database(), statement, values).toLongLong();
    }

    test::TempWorkspace temp;
    test::MockClock clock;
    Workspace &workspace;
    ConversationService conversations;
    EscalationService escalations;
    TemplateService templates;
    Actor rep, specialist, lead;
};

} // namespace

TEST_CASE("escalating from a conversation links both; the hand-back lands in it as an internal note",
    "[inbox][escalation][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    LinkedDesk desk(backend);
    const Id conversationId = desk.started(u"noor"_s);
    HandoffForm form = test::sampleHandoff(desk.customerOf(conversationId), Severity::S2, u"Bridge offline"_s);
    form.conversationId = conversationId;
    const Id escalationId = desk.escalations.escalate(desk.rep, form);
    CHECK(test::idsOf(desk.escalations.escalationsOfConversation(conversationId)) == QList<Id> { escalationId });
    CHECK(desk.escalations.escalationsOfConversation(desk.started(u"ines"_s)).isEmpty());

    // Support's steps stay on the customer's timeline; only the hand-back is for the conversation.
    desk.step(desk.specialist, escalationId, EscalationAction::Claim);
    desk.step(desk.specialist, escalationId, EscalationAction::Start);
    CHECK(desk.escalations.escalationsOfConversation(conversationId).constFirst().assigneeName == desk.specialist.name);
    desk.step(desk.specialist, escalationId, EscalationAction::Resolve, u"Firmware 2.4 fixes the pairing."_s);
    CHECK(desk.internalNotes(conversationId).isEmpty());
    const qint64 outboxBefore = desk.count(u"SELECT count(*) FROM outbox"_s);

    // A hand-back on a version someone else changed meanwhile writes nothing, the note neither.
    const int version = desk.escalations.escalation(escalationId)->escalation.version;
    CHECK_THROWS_AS(desk.escalations.transition(desk.specialist, escalationId, EscalationAction::HandBack,
                        u"Tell her to update."_s, version - 1),
        ServiceError);
    CHECK(desk.internalNotes(conversationId).isEmpty());

    // The rep has read everything; support's answer shows as news.
    desk.conversations.markRead(desk.rep, conversationId);
    REQUIRE_FALSE(desk.conversations.conversation(desk.rep, conversationId)->unread);
    desk.step(desk.specialist, escalationId, EscalationAction::HandBack,
        u"Tell her to update the bridge to firmware 2.4 from the app."_s);
    const QList<ThreadMessage> notes = desk.internalNotes(conversationId);
    REQUIRE(notes.size() == 1);
    const Interaction &note = notes.constFirst().interaction;
    CHECK(note.body == u"Tell her to update the bridge to firmware 2.4 from the app."_s);
    CHECK(note.escalationId == escalationId);
    CHECK(note.agentId == desk.specialist.agentId);
    CHECK(note.customerId == desk.customerOf(conversationId));
    CHECK(desk.conversations.conversation(desk.rep, conversationId)->unread);
    // Internal: never on its way to the customer.
    CHECK_FALSE(notes.constFirst().outboxState.has_value());
    CHECK(desk.count(u"SELECT count(*) FROM outbox"_s) == outboxBefore);
    CHECK(desk.count(u"SELECT count(*) FROM outbox WHERE interaction_id = ?"_s, { note.id }) == 0);
    CHECK(desk.escalations.escalationsOfConversation(conversationId).constFirst().escalation.state
        == EscalationState::HandedBack);
}

TEST_CASE("an escalation is linked only to a conversation with the same customer", "[inbox][escalation][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    LinkedDesk desk(backend);
    const Id noors = desk.started(u"noor"_s);
    const Id ines = desk.started(u"ines"_s);
    const qint64 before = desk.count(u"SELECT count(*) FROM escalations"_s);

    HandoffForm form = test::sampleHandoff(desk.customerOf(noors), Severity::S3, u"Bridge offline"_s);
    form.conversationId = ines;
    const QList<HandoffProblem> problems = desk.escalations.checkHandoff(desk.rep, form);
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().field == HandoffField::Customer);
    CHECK(problems.constFirst().message.contains(QString::number(ines)));
    CHECK_THROWS_AS(desk.escalations.escalate(desk.rep, form), ServiceError);
    form.conversationId = ines + 1000;
    CHECK_THROWS_AS(desk.escalations.escalate(desk.rep, form), ServiceError);
    CHECK(desk.count(u"SELECT count(*) FROM escalations"_s) == before);
    CHECK(desk.escalations.escalationsOfConversation(ines).isEmpty());
}

TEST_CASE(
    "a reply written from a referral-request template counts as the request it is", "[inbox][templates][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    LinkedDesk desk(backend);
    desk.templates.installDefaultLibrary();
    const QList<ReplyTemplate> all = desk.templates.templates(desk.lead);
    const auto referral
        = std::find_if(all.cbegin(), all.cend(), [](const ReplyTemplate &t) { return t.referralRequest; });
    REQUIRE(referral != all.cend());
    const auto countFor = [&] {
        for (const TemplateReferralCount &count : desk.templates.referralCounts(desk.lead)) {
            if (count.templateId == referral->id)
                return count.requestsSent;
        }
        return qint64(-1);
    };
    const qint64 sentBefore = countFor();
    const int usesBefore = desk.templates.find(desk.lead, referral->id)->usageCount;

    const Id conversationId = desk.started(u"noor"_s);
    ReplyDraft reply;
    reply.body = u"Glad it works again! Would a friend of yours like the bridge too?"_s;
    reply.templateId = referral->id;
    const ReplyReceipt receipt = desk.conversations.reply(desk.rep, conversationId, reply);
    CHECK(receipt.outboxId != 0);
    CHECK(countFor() == sentBefore + 1);
    CHECK(desk.templates.find(desk.lead, referral->id)->usageCount == usesBefore + 1);
    const QList<ThreadMessage> thread = desk.conversations.thread(desk.rep, conversationId)->messages;
    CHECK(thread.constLast().interaction.kind == InteractionKind::Referral);
    CHECK(thread.constLast().interaction.direction == Direction::Outbound);

    // Another agent's personal template is not theirs to use: nothing is sent.
    ReplyTemplate personal = *referral;
    personal.id = 0;
    personal.ownerId = desk.lead.agentId;
    personal.name = u"Lead's own ask"_s;
    personal.shortcode = u"leads-own"_s;
    const qint64 replies = desk.count(u"SELECT count(*) FROM outbox"_s);
    reply.templateId = desk.templates.create(desk.lead, personal);
    CHECK_THROWS_AS(desk.conversations.reply(desk.rep, conversationId, reply), ServiceError);
    CHECK(desk.count(u"SELECT count(*) FROM outbox"_s) == replies);
}

TEST_CASE(
    "a hand-back opens its conversation again when it was closed or snoozed meanwhile", "[inbox][escalation][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    LinkedDesk desk(backend);
    const Id closed = desk.started(u"noor"_s);
    const Id snoozed = desk.started(u"ines"_s);
    const Id pending = desk.started(u"kofi"_s);
    QList<Id> escalationIds;
    for (const Id conversationId : { closed, snoozed, pending }) {
        HandoffForm form = test::sampleHandoff(desk.customerOf(conversationId), Severity::S3, u"Bridge offline"_s);
        form.conversationId = conversationId;
        escalationIds.append(desk.escalations.escalate(desk.rep, form));
    }
    desk.conversations.close(desk.lead, { closed });
    desk.conversations.snooze(desk.lead, { snoozed }, desk.clock.now() + 24 * 60 * minute);
    ReplyDraft answer;
    answer.body = u"We are on it."_s;
    desk.conversations.reply(desk.rep, pending, answer); // waits on the customer: stays so

    for (const Id escalationId : std::as_const(escalationIds)) {
        desk.step(desk.specialist, escalationId, EscalationAction::Claim);
        desk.step(desk.specialist, escalationId, EscalationAction::Start);
        desk.step(desk.specialist, escalationId, EscalationAction::Resolve, u"Firmware 2.4."_s);
        desk.step(desk.specialist, escalationId, EscalationAction::HandBack, u"Update to 2.4."_s);
    }
    const auto statusOf
        = [&desk](Id id) { return desk.conversations.conversation(desk.lead, id)->conversation.status; };
    CHECK(statusOf(closed) == ConversationStatus::Open);
    CHECK(statusOf(snoozed) == ConversationStatus::Open);
    CHECK(statusOf(pending) == ConversationStatus::PendingCustomer);
    CHECK(desk.count(
              u"SELECT count(*) FROM audit_log WHERE action = 'conversation.reopen' AND entity_id = ?"_s, { closed })
        == 1);
}

TEST_CASE("information added to an escalation from a conversation links the conversation, so the hand-back lands "
          "there",
    "[inbox][escalation][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    LinkedDesk desk(backend);
    const Id first = desk.started(u"noor"_s);
    const Id escalationId = desk.escalations.escalate(
        desk.rep, test::sampleHandoff(desk.customerOf(first), Severity::S3, u"Bridge offline"_s));
    const Id second = desk.started(u"ines"_s);

    // Another customer's conversation is refused, and nothing is added.
    const qint64 events = desk.count(u"SELECT count(*) FROM escalation_events"_s);
    CHECK_THROWS_AS(desk.escalations.addInformation(desk.rep, escalationId, u"Same here."_s, {}, second), ServiceError);
    CHECK(desk.count(u"SELECT count(*) FROM escalation_events"_s) == events);
    CHECK(desk.escalations.escalationsOfConversation(second).isEmpty());

    desk.escalations.addInformation(desk.rep, escalationId, u"She restarted it twice."_s, {}, first);
    CHECK(test::idsOf(desk.escalations.escalationsOfConversation(first)) == QList<Id> { escalationId });

    desk.step(desk.specialist, escalationId, EscalationAction::Claim);
    desk.step(desk.specialist, escalationId, EscalationAction::Start);
    desk.step(desk.specialist, escalationId, EscalationAction::Resolve, u"Firmware 2.4."_s);
    desk.step(desk.specialist, escalationId, EscalationAction::HandBack, u"Update to 2.4."_s);
    REQUIRE(desk.internalNotes(first).size() == 1);
    CHECK(desk.internalNotes(first).constFirst().interaction.body == u"Update to 2.4."_s);
}
