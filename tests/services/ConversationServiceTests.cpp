// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/KpiService.h"
#include "services/ServiceError.h"
#include "storage/ConversationResponses.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <array>
#include <limits>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis minute = 60'000;
constexpr Millis hour = 60 * minute;
constexpr Millis day = 24 * hour;

qint64 countRows(Workspace &workspace, const QString &statement, const QVariantList &values = {})
{
    return Query::scalar(workspace.database(), statement, values).toLongLong();
}

qint64 auditEntries(Workspace &workspace)
{
    return countRows(workspace, u"SELECT count(*) FROM audit_log"_s);
}

ChannelMessage email(const QString &from, const QString &subject, const QString &externalId, Millis at)
{
    ChannelMessage message;
    message.channel = Channel::Email;
    message.fromAddress = from;
    message.fromName = u"Noor Haddad"_s;
    message.subject = subject;
    message.body = u"The bridge has shown offline since this morning."_s;
    message.externalId = externalId;
    message.receivedAt = at;
    return message;
}

ReplyDraft draft(const QString &body, ConversationStatus statusAfter = ConversationStatus::PendingCustomer)
{
    ReplyDraft reply;
    reply.body = body;
    reply.statusAfter = statusAfter;
    return reply;
}

struct Desk
{
    explicit Desk(Backend backend) : temp(backend), workspace(temp.openWithDemo(12, 300, 11)), service(workspace, clock)
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        rep2 = accounts.signInWithoutPassword(u"rep2"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
        lead = accounts.signInWithoutPassword(u"lead"_s);
    }

    // A new conversation with a new customer, waiting since now.
    Id started(const QString &who) { return test::startConversation(service, clock, who); }
    Conversation current(Id id) const { return service.conversation(lead, id)->conversation; }

    test::TempWorkspace temp;
    test::MockClock clock;
    Workspace &workspace;
    ConversationService service;
    Actor rep, rep2, specialist, lead;
};

} // namespace

TEST_CASE("a customer's message starts a conversation; the same message recorded again is recorded once",
    "[inbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    int notifications = 0;
    QObject::connect(&desk.service, &ConversationService::changed, [&notifications] { ++notifications; });

    const Millis sent = desk.clock.now() - 5 * minute;
    const ChannelMessage first = email(u"noor@haddad.example"_s, u"Bridge offline"_s, u"<m1@haddad.example>"_s, sent);
    const InboundReceipt receipt = desk.service.recordInbound(first);
    CHECK(receipt.newCustomer);
    CHECK(receipt.newConversation);
    CHECK_FALSE(receipt.duplicate);
    CHECK(notifications == 1);
    const Conversation conversation = desk.current(receipt.conversationId);
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK(conversation.waitingSince == sent);
    CHECK(conversation.dueAt == SlaPolicy::responseDueAt(Channel::Email, Tier::Standard, true, sent));
    CHECK(conversation.queueId); // routed to the first queue
    const std::optional<ConversationRow> row = desk.service.conversation(desk.rep, receipt.conversationId);
    REQUIRE(row);
    CHECK(row->customerName == u"Noor Haddad"_s);
    CHECK(row->unread);

    // The message is on the customer's timeline as any other interaction.
    const InteractionPage timeline
        = InteractionRepository(desk.workspace).pageForCustomer(receipt.customerId, std::nullopt, 10);
    REQUIRE(timeline.interactions.size() == 1);
    CHECK(timeline.interactions.constFirst().id == receipt.interactionId);
    CHECK(timeline.interactions.constFirst().direction == Direction::Inbound);

    const qint64 audited = auditEntries(desk.workspace);
    const InboundReceipt again = desk.service.recordInbound(first);
    CHECK(again.duplicate);
    CHECK(again.interactionId == receipt.interactionId);
    CHECK(again.conversationId == receipt.conversationId);
    CHECK(auditEntries(desk.workspace) == audited);
    CHECK(countRows(desk.workspace, u"SELECT count(*) FROM interactions WHERE conversation_id = ?"_s,
              { receipt.conversationId })
        == 1);

    // A second message with the thread's subject joins it; the wait still counts from the first.
    const InboundReceipt second = desk.service.recordInbound(
        email(u"NOOR@haddad.example"_s, u"Re: Bridge offline"_s, u"<m2@haddad.example>"_s, desk.clock.now()));
    CHECK_FALSE(second.newCustomer);
    CHECK(second.conversationId == receipt.conversationId);
    CHECK(desk.current(receipt.conversationId).waitingSince == sent);
    CHECK(desk.service.thread(desk.rep, receipt.conversationId)->messages.size() == 2);

    // Another subject is another conversation.
    const InboundReceipt other = desk.service.recordInbound(
        email(u"noor@haddad.example"_s, u"Invoice address"_s, u"<m3@haddad.example>"_s, desk.clock.now()));
    CHECK(other.newConversation);
    CHECK(other.customerId == receipt.customerId);
}

TEST_CASE(
    "a reply clears the wait, queues its way out and leaves the conversation pending", "[inbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id id = desk.started(u"ines"_s);
    desk.clock.advance(20 * minute);

    CHECK_THROWS_AS(desk.service.reply(desk.rep, id, draft(u"  "_s)), ServiceError);
    const ReplyReceipt receipt = desk.service.reply(desk.rep, id, draft(u"Could you restart the bridge once?"_s));
    const Conversation after = desk.current(id);
    CHECK(after.status == ConversationStatus::PendingCustomer);
    CHECK_FALSE(after.waitingSince);
    CHECK_FALSE(after.dueAt);
    CHECK(after.firstResponseAt == desk.clock.now());

    const std::optional<ConversationThread> thread = desk.service.thread(desk.rep, id);
    REQUIRE(thread);
    REQUIRE(thread->messages.size() == 2);
    const ThreadMessage &reply = thread->messages.constLast();
    CHECK(reply.interaction.id == receipt.interactionId);
    CHECK(reply.interaction.direction == Direction::Outbound);
    CHECK(reply.interaction.agentId == desk.rep.agentId);
    CHECK(reply.interaction.subject == u"Re: Question from ines"_s);
    CHECK(reply.outboxState == OutboxState::Queued);
    CHECK_FALSE(thread->messages.constFirst().outboxState);
    CHECK(countRows(desk.workspace,
              u"SELECT count(*) FROM outbox WHERE id = ? AND interaction_id = ? AND state = 'queued'"_s,
              { receipt.outboxId, receipt.interactionId })
        == 1);
    CHECK(countRows(desk.workspace,
              u"SELECT count(*) FROM audit_log WHERE action = 'conversation.reply' AND entity_id = ?"_s, { id })
        == 1);
    // The one who replied has seen it; a colleague still sees the customer's message as new.
    CHECK_FALSE(desk.service.conversation(desk.rep, id)->unread);
    CHECK(desk.service.conversation(desk.rep2, id)->unread);

    // Send and close.
    desk.clock.advance(minute);
    desk.service.reply(desk.rep, id, draft(u"Closing this as solved."_s, ConversationStatus::Closed));
    CHECK(desk.current(id).status == ConversationStatus::Closed);
}

TEST_CASE("a customer's new message reopens a closed or snoozed conversation", "[inbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const InboundReceipt first = desk.service.recordInbound(
        email(u"ola@nordmann.example"_s, u"Lost key"_s, u"<k1@nordmann.example>"_s, desk.clock.now()));
    desk.clock.advance(hour);
    desk.service.reply(desk.rep, first.conversationId, draft(u"A new key is on its way."_s));
    desk.service.close(desk.rep, { first.conversationId });
    CHECK(desk.current(first.conversationId).status == ConversationStatus::Closed);

    // An answer to the closed thread (by its message id, whatever its subject) reopens it.
    desk.clock.advance(hour);
    ChannelMessage answer
        = email(u"ola@nordmann.example"_s, u"still nothing"_s, u"<k2@nordmann.example>"_s, desk.clock.now());
    answer.inReplyTo = { u"<k1@nordmann.example>"_s };
    const InboundReceipt reopened = desk.service.recordInbound(answer);
    CHECK(reopened.conversationId == first.conversationId);
    Conversation conversation = desk.current(first.conversationId);
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK(conversation.waitingSince == desk.clock.now());
    CHECK(conversation.dueAt
        == SlaPolicy::responseDueAt(Channel::Email, Tier::Standard, false, desk.clock.now())); // the next answer

    desk.service.snooze(desk.rep, { first.conversationId }, desk.clock.now() + 4 * hour);
    CHECK(desk.current(first.conversationId).status == ConversationStatus::Snoozed);
    desk.clock.advance(minute);
    desk.service.recordInbound(
        email(u"ola@nordmann.example"_s, u"Re: Lost key"_s, u"<k3@nordmann.example>"_s, desk.clock.now()));
    conversation = desk.current(first.conversationId);
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK_FALSE(conversation.snoozedUntil);
    CHECK(conversation.waitingSince == desk.clock.now() - minute); // the first unanswered one

    // A snooze runs out by itself.
    desk.service.snooze(desk.rep, { first.conversationId }, desk.clock.now() + hour);
    desk.clock.advance(30 * minute);
    CHECK(desk.service.wakeSnoozed() == 0);
    desk.clock.advance(hour);
    CHECK(desk.service.wakeSnoozed() == 1);
    CHECK(desk.current(first.conversationId).status == ConversationStatus::Open);
}

TEST_CASE("paging a folder while conversations change finds every unchanged one once, as many as counted",
    "[inbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    QList<Id> ids;
    for (int i = 0; i < 18; ++i)
        ids.append(desk.started(u"customer%1"_s.arg(i)));
    // Some answered (the part after the waiting ones), some taken by the rep.
    for (int i = 0; i < 18; i += 3)
        desk.service.reply(desk.rep, ids.at(i), draft(u"On it."_s));
    desk.service.assign(desk.rep, { ids.at(1), ids.at(2), ids.at(4) }, desk.rep.agentId);

    for (const InboxSort sort : { InboxSort::WaitingLongest, InboxSort::ResponseDue }) {
        const InboxFolder folder = InboxFolder::of(InboxFolderKind::AllOpen, sort);
        const qint64 before = desk.service.count(desk.rep, folder);
        QList<Id> untouched;
        for (const ConversationRow &row : desk.service.page(desk.rep, folder, std::nullopt, 1000).rows)
            untouched.append(row.conversation.id);
        REQUIRE(untouched.size() == before);

        QList<Id> seen;
        std::optional<ConversationCursor> cursor;
        int pages = 0;
        QList<Id> added;
        do {
            const ConversationPage page = desk.service.page(desk.rep, folder, cursor, 5);
            for (const ConversationRow &row : page.rows)
                seen.append(row.conversation.id);
            cursor = page.next;
            // Between pages the team works: new customers write, a seen one is closed, one not yet seen is tagged.
            if (++pages == 1) {
                added.append(desk.started(u"late%1"_s.arg(int(sort))));
                desk.service.close(desk.lead, { seen.constFirst() });
                untouched.removeAll(seen.constFirst());
                desk.service.addTag(desk.rep, { untouched.constLast() }, u"firmware"_s);
            }
        } while (cursor);
        CHECK(QSet<Id>(seen.cbegin(), seen.cend()).size() == seen.size());
        for (const Id id : std::as_const(untouched)) {
            INFO("conversation " << id);
            CHECK(seen.contains(id));
        }
        CHECK(seen.contains(added.constFirst()));
    }

    // The sidebar counts what each folder pages through.
    const InboxCounts counts = desk.service.counts(desk.rep);
    const auto paged = [&](const InboxFolder &folder) {
        qint64 rows = 0;
        std::optional<ConversationCursor> cursor;
        do {
            const ConversationPage page = desk.service.page(desk.rep, folder, cursor, 7);
            rows += page.rows.size();
            cursor = page.next;
        } while (cursor);
        return rows;
    };
    CHECK(counts.mine == paged(InboxFolder::of(InboxFolderKind::Mine)));
    CHECK(counts.mine > 0);
    CHECK(counts.unassigned == paged(InboxFolder::of(InboxFolderKind::Unassigned)));
    CHECK(counts.allOpen == paged(InboxFolder::of(InboxFolderKind::AllOpen)));
    CHECK(counts.snoozed == paged(InboxFolder::of(InboxFolderKind::Snoozed)));
    for (const TeamQueue &queue : desk.service.queues())
        CHECK(counts.perQueue.value(queue.id) == paged(InboxFolder::queue(queue.id)));
}

TEST_CASE(
    "a change to several conversations is one transaction: one refusal takes all back", "[inbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id a = desk.started(u"ada"_s);
    const Id b = desk.started(u"bo"_s);
    const Id c = desk.started(u"cy"_s);
    desk.service.close(desk.lead, { b });
    const qint64 audited = auditEntries(desk.workspace);

    CHECK_THROWS_AS(desk.service.close(desk.lead, { a, b, c }), ServiceError);
    CHECK(desk.current(a).status == ConversationStatus::Open);
    CHECK(desk.current(c).status == ConversationStatus::Open);
    CHECK(auditEntries(desk.workspace) == audited);

    // A rep's bulk take-over stops at a colleague's conversation, and takes nothing.
    desk.service.assign(desk.lead, { c }, desk.rep2.agentId);
    CHECK_THROWS_AS(desk.service.assign(desk.rep, { a, c }, desk.rep.agentId), PermissionDenied);
    CHECK_FALSE(desk.current(a).assigneeId);

    int notifications = 0;
    QObject::connect(&desk.service, &ConversationService::changed, [&notifications] { ++notifications; });
    const qint64 beforeBulk = auditEntries(desk.workspace);
    desk.service.assign(desk.lead, { a, b, c }, desk.rep.agentId);
    desk.service.addTag(desk.lead, { a, b, c }, u" refund "_s);
    desk.service.setPriority(desk.lead, { a, c }, ConversationPriority::Urgent);
    CHECK(notifications == 3);
    CHECK(auditEntries(desk.workspace) == beforeBulk + 8);
    for (const Id id : { a, b, c }) {
        CHECK(desk.current(id).assigneeId == desk.rep.agentId);
        CHECK(desk.current(id).tags == QStringList { u"refund"_s });
    }
    CHECK(desk.current(a).priority == ConversationPriority::Urgent);
    desk.service.removeTag(desk.lead, { a }, u"refund"_s);
    CHECK(desk.current(a).tags.isEmpty());
    const TeamQueue billing = desk.service.queues().constLast();
    desk.service.moveToQueue(desk.rep, { a }, billing.id);
    CHECK(desk.current(a).queueId == billing.id);
}

TEST_CASE("who may assign, snooze and close: each refusal", "[inbox][services][permissions][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id free = desk.started(u"free"_s);
    const Id theirs = desk.started(u"theirs"_s);
    desk.service.assign(desk.rep2, { theirs }, desk.rep2.agentId); // a rep takes an unassigned one

    CHECK_THROWS_AS(desk.service.assign(desk.rep, { free }, desk.rep2.agentId), PermissionDenied);
    CHECK_THROWS_AS(desk.service.assign(desk.specialist, { free }, desk.rep.agentId), PermissionDenied);
    CHECK_THROWS_AS(desk.service.assign(desk.rep, { theirs }, desk.rep.agentId), PermissionDenied);
    CHECK_THROWS_AS(desk.service.assign(desk.rep, { theirs }, std::nullopt), PermissionDenied);
    CHECK_THROWS_AS(desk.service.close(desk.rep, { theirs }), PermissionDenied);
    CHECK_THROWS_AS(desk.service.snooze(desk.rep, { theirs }, desk.clock.now() + hour), PermissionDenied);
    CHECK_THROWS_AS(desk.service.assign(desk.lead, { free }, Id(999999)), ServiceError);
    CHECK(desk.current(theirs).assigneeId == desk.rep2.agentId);
    CHECK(desk.current(theirs).status == ConversationStatus::Open);

    // What they may do: take a free one and give it up again; a lead moves anyone's.
    desk.service.assign(desk.rep, { free }, desk.rep.agentId);
    desk.service.assign(desk.rep, { free }, std::nullopt);
    CHECK_FALSE(desk.current(free).assigneeId);
    desk.service.assign(desk.lead, { theirs }, desk.rep.agentId);
    CHECK(desk.current(theirs).assigneeId == desk.rep.agentId);
    desk.service.close(desk.rep, { theirs });
    CHECK(desk.service.assignableAgents(desk.rep).size() == 1);
    CHECK(desk.service.assignableAgents(desk.lead).size() > 1);
}

TEST_CASE("a read-only workspace refuses every change to conversations", "[inbox][services][readonly][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    temp.openWithDemo(12, 300, 11);
    temp.close();
    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    Workspace &workspace = temp.open(readOnly);
    REQUIRE(workspace.isReadOnly());
    test::MockClock clock;
    ConversationService service(workspace, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const ConversationPage page = service.page(lead, InboxFolder::of(InboxFolderKind::Closed), std::nullopt, 5);
    REQUIRE_FALSE(page.rows.isEmpty());
    const Id id = page.rows.constFirst().conversation.id;

    CHECK_THROWS_AS(service.recordInbound(email(u"a@b.example"_s, u"Hi"_s, u"<x>"_s, clock.now())), PermissionDenied);
    CHECK_THROWS_AS(service.reply(lead, id, draft(u"Hello"_s)), PermissionDenied);
    CHECK_THROWS_AS(service.assign(lead, { id }, lead.agentId), PermissionDenied);
    CHECK_THROWS_AS(service.snooze(lead, { id }, clock.now() + hour), PermissionDenied);
    CHECK_THROWS_AS(service.close(lead, { id }), PermissionDenied);
    CHECK_THROWS_AS(service.reopen(lead, { id }), PermissionDenied);
    CHECK_THROWS_AS(service.setPriority(lead, { id }, ConversationPriority::High), PermissionDenied);
    CHECK_THROWS_AS(service.addTag(lead, { id }, u"vip"_s), PermissionDenied);
    CHECK_THROWS_AS(service.removeTag(lead, { id }, u"vip"_s), PermissionDenied);
    CHECK_NOTHROW(service.markRead(lead, id));
    CHECK(service.wakeSnoozed() == 0);
    CHECK(service.thread(lead, id));
}

TEST_CASE("first answers in time and late count in the reply SLA, for the team and for the assignee",
    "[inbox][services][kpi][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Millis from = desk.clock.now();
    const Id answered = desk.started(u"quick"_s);
    desk.service.assign(desk.rep, { answered }, desk.rep.agentId);
    desk.clock.advance(30 * minute);
    desk.service.reply(desk.rep, answered, draft(u"Here you go."_s));
    const Id forgotten = desk.started(u"forgotten"_s);
    desk.service.assign(desk.rep2, { forgotten }, desk.rep2.agentId);
    desk.clock.advance(9 * hour); // past e-mail's eight hours for a first answer
    desk.started(u"justnow"_s); // not due yet: neither in time nor late

    KpiService kpis(desk.workspace, desk.clock);
    KpiQuery query { from, desk.clock.now() + day, std::nullopt, std::nullopt };
    const KpiReport team = kpis.report(desk.lead, query);
    CHECK(team.counts.repliesDue == 2);
    CHECK(team.counts.repliesInTime == 1);
    REQUIRE(team.values.replySla);
    CHECK(*team.values.replySla == 50.0);

    query.agentId = desk.rep.agentId;
    const KpiReport rep = kpis.report(desk.rep, query);
    CHECK(rep.counts.repliesDue == 1);
    CHECK(rep.counts.repliesInTime == 1);
    query.agentId = desk.rep2.agentId;
    const KpiReport late = kpis.report(desk.lead, query);
    CHECK(late.counts.repliesDue == 1);
    CHECK(late.counts.repliesInTime == 0);
}

TEST_CASE("next answers in time, late and still owed past due count in the reply SLA, for the team and each agent",
    "[inbox][services][kpi][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    desk.clock.advance(10 * day); // past every answer the demo's conversations owe
    const Millis from = desk.clock.now();
    const auto wroteAgain = [&desk](const QString &who, const QString &externalId) {
        desk.clock.advance(minute);
        desk.service.recordInbound(email(who + u"@customers.example"_s, u"Re: Question from "_s + who,
            u"<"_s + externalId + u">"_s, desk.clock.now()));
    };

    const Id kept = desk.started(u"kept"_s);
    desk.service.assign(desk.rep, { kept }, desk.rep.agentId);
    desk.clock.advance(30 * minute);
    desk.service.reply(desk.rep, kept, draft(u"First answer, in time."_s));
    wroteAgain(u"kept"_s, u"kept-2"_s);
    desk.clock.advance(hour);
    desk.service.reply(desk.rep, kept, draft(u"Next answer, in time."_s));
    wroteAgain(u"kept"_s, u"kept-3"_s);
    desk.clock.advance(25 * hour); // past e-mail's 24 hours for a next answer
    desk.service.reply(desk.rep, kept, draft(u"Next answer, late."_s));

    const Id owed = desk.started(u"owed"_s);
    desk.service.assign(desk.rep2, { owed }, desk.rep2.agentId);
    desk.service.reply(desk.rep2, owed, draft(u"First answer, in time."_s));
    wroteAgain(u"owed"_s, u"owed-2"_s);
    REQUIRE(desk.current(owed).waitingSince);
    desk.clock.advance(25 * hour); // the customer still waits, past due
    REQUIRE(desk.current(kept).status == ConversationStatus::PendingCustomer);

    KpiService kpis(desk.workspace, desk.clock);
    KpiQuery query { from, desk.clock.now() + day, std::nullopt, std::nullopt };
    // Answers due, in time, and of those the next ones: due and in time.
    const auto replies = [&kpis, &query](const Actor &asker, std::optional<Id> agentId) {
        query.agentId = agentId;
        const KpiCounts counts = kpis.report(asker, query).counts;
        return std::array<qint64, 4> { counts.repliesDue, counts.repliesInTime, counts.nextRepliesDue,
            counts.nextRepliesInTime };
    };
    CHECK(replies(desk.lead, std::nullopt) == std::array<qint64, 4> { 5, 3, 3, 1 });
    CHECK(kpis.report(desk.lead, query).values.replySla == 60.0);
    CHECK(replies(desk.rep, desk.rep.agentId) == std::array<qint64, 4> { 3, 2, 2, 1 });
    CHECK(replies(desk.lead, desk.rep2.agentId) == std::array<qint64, 4> { 2, 1, 1, 0 });

    // Answered at last, late: the owed answer stays one breach, now the replying agent's.
    desk.service.reply(desk.rep2, owed, draft(u"Sorry for the wait."_s));
    CHECK(replies(desk.lead, desk.rep2.agentId) == std::array<qint64, 4> { 2, 1, 1, 0 });
}

TEST_CASE("the answers derived from a conversation's messages are those its replies recorded",
    "[inbox][services][kpi][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id id = desk.started(u"derived"_s);
    desk.clock.advance(9 * hour);
    desk.service.reply(desk.rep, id, draft(u"Late, the first time."_s));
    desk.service.reply(desk.rep, id, draft(u"And an afterthought, which answers nothing."_s));
    desk.clock.advance(minute);
    desk.service.recordInbound(
        email(u"derived@customers.example"_s, u"Re: Question from derived"_s, u"<derived-2>"_s, desk.clock.now()));
    desk.clock.advance(hour);
    desk.service.reply(desk.rep2, id, draft(u"In time, the next time."_s));
    const auto recorded = [&desk] {
        QStringList rows;
        Query query(desk.workspace.database(),
            u"SELECT interaction_id, conversation_id, agent_id, first_response, due_at, answered_at"
            " FROM conversation_responses ORDER BY interaction_id"_s);
        while (query.next()) {
            QStringList row;
            for (int column = 0; column < 6; ++column)
                row.append(query.value(column).toString());
            rows.append(row.join(u' '));
        }
        return rows;
    };
    const QStringList asReplied = recorded();
    CHECK(countRows(desk.workspace, u"SELECT count(*) FROM conversation_responses WHERE conversation_id = ?"_s, { id })
        == 2);

    Query::execute(desk.workspace.database(), u"DELETE FROM conversation_responses"_s);
    ConversationResponses::deriveFromMessages(desk.workspace.database());
    CHECK(recorded() == asReplied);
}

TEST_CASE(
    "a team lead sees every agent's load and opens a colleague's list; others may not", "[inbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const auto loadOf = [&desk](Id agentId) {
        for (const AgentLoad &load : desk.service.agentLoads(desk.lead)) {
            if (load.agentId == agentId)
                return load;
        }
        FAIL("no load for agent " << agentId);
        return AgentLoad {};
    };
    const AgentLoad before = loadOf(desk.rep2.agentId);
    const Id first = desk.started(u"first"_s);
    const Id second = desk.started(u"second"_s);
    desk.service.assign(desk.lead, { first, second }, desk.rep2.agentId);
    desk.clock.advance(9 * hour); // both first answers are overdue now

    const AgentLoad after = loadOf(desk.rep2.agentId);
    CHECK(after.active == before.active + 2);
    CHECK(after.waiting == before.waiting + 2);
    CHECK(after.overdue >= 2);
    CHECK(after.name == u"Diego Alvarez"_s);

    const InboxFolder theirs = InboxFolder::agent(desk.rep2.agentId);
    QSet<Id> listed;
    for (const ConversationRow &row : desk.service.page(desk.lead, theirs, std::nullopt, 1000).rows) {
        CHECK(row.conversation.assigneeId == desk.rep2.agentId);
        listed.insert(row.conversation.id);
    }
    CHECK(listed.contains(first));
    CHECK(listed.contains(second));
    CHECK(desk.service.count(desk.lead, theirs) == after.active);
    // An agent's own list is theirs to read; a colleague's load and list are the lead's.
    CHECK(desk.service.count(desk.rep2, theirs) == after.active);
    CHECK_THROWS_AS(desk.service.page(desk.rep, theirs, std::nullopt, 10), PermissionDenied);
    CHECK_THROWS_AS(desk.service.agentLoads(desk.rep), PermissionDenied);
    CHECK_THROWS_AS(desk.service.agentLoads(desk.specialist), PermissionDenied);
}

TEST_CASE("the sidebar's counts stop at the cap, however full a folder is", "[inbox][services]")
{
    Desk desk(Backend::Sqlite);
    Query::execute(desk.workspace.database(),
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1005)"
        " INSERT INTO conversations (customer_id, channel, subject, status, queue_id, waiting_since, due_at,"
        " last_message_at, created_at) SELECT 1, 'email', 'Many', 'open', (SELECT min(id) FROM team_queues),"
        " i, i, i, i FROM n"_s);
    const InboxCounts counts = desk.service.counts(desk.rep);
    CHECK(counts.unassigned == InboxCounts::cap);
    CHECK(counts.allOpen == InboxCounts::cap);
    CHECK(counts.mine < InboxCounts::cap);
    Id firstQueue = std::numeric_limits<Id>::max();
    for (const TeamQueue &queue : desk.service.queues())
        firstQueue = qMin(firstQueue, queue.id);
    CHECK(counts.perQueue.value(firstQueue) == InboxCounts::cap);
    // The folder itself still holds every one of them.
    CHECK(desk.service.count(desk.rep, InboxFolder::of(InboxFolderKind::Unassigned)) > InboxCounts::cap);
}
