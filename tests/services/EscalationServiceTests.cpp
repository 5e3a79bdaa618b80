// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "domain/AuditSentence.h"
#include "services/AccountService.h"
#include "services/EscalationService.h"
#include "services/ServiceError.h"
#include "storage/AuditLog.h"
#include "storage/ChangeFeed.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QProcess>
#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis minute = 60'000;
constexpr Millis hour = 60 * minute;

qint64 countRows(Workspace &workspace, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return Query::scalar(workspace.database(), statement, values).toLongLong();
}

// What one escalation has written so far: events, timeline entries, audit records.
struct Trail
{
    qint64 events = 0;
    qint64 timeline = 0;
    qint64 audit = 0;

    bool operator==(const Trail &) const = default;
};

Trail trailOf(Workspace &workspace, Id escalationId)
{
    return { countRows(
                 workspace, u"SELECT count(*) FROM escalation_events WHERE escalation_id = ?"_s, { escalationId }),
        countRows(workspace,
            u"SELECT count(*) FROM interactions WHERE escalation_id = ? AND kind = 'escalation'"
            " AND channel = 'internal' AND direction = 'internal'"_s,
            { escalationId }),
        countRows(workspace, u"SELECT count(*) FROM audit_log WHERE entity = 'escalation' AND entity_id = ?"_s,
            { escalationId }) };
}

HandoffForm completeForm(Workspace &workspace, Id customerId)
{
    HandoffForm form;
    form.customerId = customerId;
    const InteractionPage page = InteractionRepository(workspace).pageForCustomer(customerId, std::nullopt, 2);
    for (const Interaction &interaction : page.interactions)
        form.interactionIds.append(interaction.id);
    form.summary = u"Bridge stops syncing after the firmware update"_s;
    form.category = EscalationCategory::Bug;
    form.severity = Severity::S2;
    form.stepsToReproduce = u"1. Update the bridge to 4.2\n2. Open the dashboard"_s;
    form.expected = u"Devices show as online"_s;
    form.actual = u"Every device shows as offline"_s;
    form.environment = u"Bridge 4.2, Windows 11, office proxy"_s;
    form.alreadyTried = u"Restarted the bridge and cleared the browser cache"_s;
    form.attachments = { { 0, 0, u"bridge.log"_s, BodyFormat::Log, u"2026-01-01 10:00:01 ERROR sync failed: 407\n"_s },
        { 0, 0, u"config.json"_s, BodyFormat::Json, u"{\"proxy\": \"http://proxy:3128\"}"_s } };
    return form;
}

struct Desk
{
    explicit Desk(Backend backend) : temp(backend), workspace(temp.openWithDemo(12, 300, 11)), service(workspace, clock)
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        rep2 = accounts.signInWithoutPassword(u"rep2"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
        specialist2 = accounts.signInWithoutPassword(u"specialist2"_s);
        lead = accounts.signInWithoutPassword(u"lead"_s);
    }

    Escalation current(Id id) const { return service.escalation(id)->escalation; }
    Escalation step(const Actor &actor, Id id, EscalationAction action, const QString &note = {},
        const TransitionOptions &options = {})
    {
        clock.advance(minute);
        return service.transition(actor, id, action, note, current(id).version, options);
    }

    test::TempWorkspace temp;
    test::MockClock clock;
    Workspace &workspace;
    EscalationService service;
    Actor rep, rep2, specialist, specialist2, lead;
};

QString binary(const QString &name)
{
    return QDir(QStringLiteral(TANDEM_BIN_DIR)).filePath(name);
}

} // namespace

TEST_CASE("a rep escalates: the hand-off, its attachments, event, timeline entry and audit record", "[escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    int notifications = 0;
    QObject::connect(&desk.service, &EscalationService::changed, [&notifications] { ++notifications; });

    const HandoffForm form = completeForm(desk.workspace, 3);
    REQUIRE(form.interactionIds.size() == 2);
    CHECK(desk.service.checkHandoff(desk.rep, form).isEmpty());
    const Id id = desk.service.escalate(desk.rep, form);
    CHECK(notifications == 1);

    const Escalation stored = desk.current(id);
    CHECK(stored.state == EscalationState::New);
    CHECK(stored.createdBy == desk.rep.agentId);
    CHECK_FALSE(stored.assignedTo.has_value());
    CHECK(stored.createdAt == desk.clock.now());
    CHECK(stored.claimDueAt == desk.clock.now() + hour);
    CHECK(stored.resolveDueAt == desk.clock.now() + 24 * hour);
    CHECK(stored.interactionId == form.interactionIds.constFirst());
    CHECK(stored.version == 1);
    CHECK(trailOf(desk.workspace, id) == Trail { 1, 1, 1 });

    const std::optional<HandoffDetails> card = desk.service.handoff(desk.specialist, id);
    REQUIRE(card);
    CHECK(card->item.creatorName == desk.rep.name);
    REQUIRE(card->customer);
    CHECK(card->customer->id == 3);
    REQUIRE(card->attachments.size() == 2);
    CHECK(card->attachments.at(0).name == u"bridge.log"_s);
    CHECK(card->attachments.at(0).format == BodyFormat::Log);
    CHECK(card->attachments.at(1).content == form.attachments.at(1).content);
    CHECK(card->linkedInteractions.size() == 2);
    REQUIRE(card->events.size() == 1);
    CHECK(card->events.at(0).action == EscalationAction::Escalate);
    CHECK(card->events.at(0).actorName == desk.rep.name);
    // The newest timeline entry is the escalation itself.
    REQUIRE_FALSE(card->recentTimeline.isEmpty());
    CHECK(card->recentTimeline.constFirst().kind == InteractionKind::Escalation);
    CHECK(card->recentTimeline.constFirst().escalationId == id);
    CHECK(card->recentTimeline.size() <= EscalationService::recentTimelineLength);
    CHECK(card->allowedActions == QList<EscalationAction> { EscalationAction::Claim });
    CHECK_FALSE(AuditLog(desk.workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("a hand-off with required fields missing is refused field by field and writes nothing", "[escalation]")
{
    Desk desk(Backend::Sqlite);
    const qint64 before = countRows(desk.workspace, u"SELECT count(*) FROM escalations"_s);
    HandoffForm form;
    form.customerId = 3;
    form.summary = u"   "_s;
    form.attachments = { { 0, 0, u"empty.log"_s, BodyFormat::Log, QString() } };
    const QList<HandoffProblem> problems = desk.service.checkHandoff(desk.rep, form);
    QSet<HandoffField> fields;
    for (const HandoffProblem &problem : problems) {
        CHECK_FALSE(problem.message.isEmpty());
        fields.insert(problem.field);
    }
    CHECK(fields
        == QSet<HandoffField> { HandoffField::Summary, HandoffField::StepsToReproduce, HandoffField::Expected,
            HandoffField::Actual, HandoffField::AlreadyTried, HandoffField::Attachments });
    CHECK_THROWS_WITH(desk.service.escalate(desk.rep, form),
        ContainsSubstring("Write a one-line summary") && ContainsSubstring("already tried"));

    HandoffForm foreign = completeForm(desk.workspace, 3);
    foreign.interactionIds.append(
        InteractionRepository(desk.workspace).pageForCustomer(4, std::nullopt, 1).interactions.constFirst().id);
    REQUIRE(desk.service.checkHandoff(desk.rep, foreign).size() == 1);
    CHECK(desk.service.checkHandoff(desk.rep, foreign).constFirst().field == HandoffField::Interactions);
    HandoffForm nobody = completeForm(desk.workspace, 3);
    nobody.customerId = 9999;
    CHECK(desk.service.checkHandoff(desk.rep, nobody).constFirst().field == HandoffField::Customer);

    CHECK_THROWS_AS(desk.service.escalate(desk.specialist, completeForm(desk.workspace, 3)), PermissionDenied);
    CHECK(countRows(desk.workspace, u"SELECT count(*) FROM escalations"_s) == before);
}

TEST_CASE("the whole lifecycle: every step writes its event, timeline entry and audit record", "[escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id id = desk.service.escalate(desk.rep, completeForm(desk.workspace, 5));

    struct Step
    {
        const Actor *actor;
        EscalationAction action;
        QString note;
        EscalationState expected;
    };
    const QList<Step> steps {
        { &desk.specialist, EscalationAction::Claim, {}, EscalationState::Claimed },
        { &desk.specialist, EscalationAction::Start, {}, EscalationState::InProgress },
        { &desk.specialist, EscalationAction::AskRep, u"Which proxy does the office use?"_s,
            EscalationState::NeedsInfoFromRep },
        { &desk.rep, EscalationAction::Answer, u"Squid on port 3128, with a login"_s, EscalationState::InProgress },
        { &desk.specialist, EscalationAction::WaitOnCustomer, u"Asked for the bridge's debug log"_s,
            EscalationState::WaitingOnCustomer },
        { &desk.rep, EscalationAction::CustomerReplied, u"Log attached to the ticket"_s, EscalationState::InProgress },
        { &desk.specialist, EscalationAction::Resolve, u"Proxy credentials were not passed on; fixed in 4.2.1"_s,
            EscalationState::Resolved },
        { &desk.specialist, EscalationAction::HandBack, u"Tell them to update to 4.2.1 tonight"_s,
            EscalationState::HandedBack },
        { &desk.rep, EscalationAction::Close, {}, EscalationState::Closed },
        { &desk.rep, EscalationAction::Reopen, u"Still offline after the update"_s, EscalationState::InProgress },
    };
    int version = 1;
    qint64 expectedRows = 1;
    for (const Step &step : steps) {
        INFO("action: " << keyOf(step.action).toStdString());
        const Escalation after = desk.step(*step.actor, id, step.action, step.note);
        ++version;
        ++expectedRows;
        CHECK(after.state == step.expected);
        CHECK(after.version == version);
        const Escalation stored = desk.current(id);
        CHECK(stored.state == step.expected);
        CHECK(stored.version == version);
        CHECK(trailOf(desk.workspace, id) == Trail { expectedRows, expectedRows, expectedRows });
        CHECK(countRows(desk.workspace,
                  u"SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = ? AND actor_id = ?"_s,
                  { id, QString(u"escalation."_s + keyOf(step.action)), step.actor->agentId })
            == 1);
    }
    const Escalation reopened = desk.current(id);
    CHECK(reopened.assignedTo == desk.specialist.agentId);
    CHECK(reopened.resolution == u"Proxy credentials were not passed on; fixed in 4.2.1"_s);
    CHECK(reopened.customerExplanation == u"Tell them to update to 4.2.1 tonight"_s);
    CHECK_FALSE(reopened.resolvedAt.has_value());
    CHECK_FALSE(reopened.closedAt.has_value());
    CHECK(reopened.claimedAt.has_value());

    const QList<EscalationEvent> events = desk.service.handoff(desk.lead, id)->events;
    REQUIRE(events.size() == steps.size() + 1);
    CHECK(events.at(3).note == u"Which proxy does the office use?"_s);
    CHECK(events.at(3).fromState == EscalationState::InProgress);
    CHECK(events.at(3).toState == EscalationState::NeedsInfoFromRep);
    CHECK(Query::scalar(desk.workspace.database(),
              u"SELECT body FROM interactions WHERE escalation_id = ? AND subject LIKE '%resolved%'"_s, { id })
              .toString()
        == u"Proxy credentials were not passed on; fixed in 4.2.1"_s);
    CHECK_FALSE(AuditLog(desk.workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("refused transitions say why and write nothing", "[escalation]")
{
    Desk desk(Backend::Sqlite);
    const Id id = desk.service.escalate(desk.rep, completeForm(desk.workspace, 5));
    const Trail before = trailOf(desk.workspace, id);

    CHECK_THROWS_AS(desk.service.transition(desk.rep, id, EscalationAction::Claim, {}, 1), PermissionDenied);
    CHECK_THROWS_WITH(desk.service.transition(desk.specialist, id, EscalationAction::Resolve, u"done"_s, 1),
        ContainsSubstring("not possible while the escalation is"));
    desk.step(desk.specialist, id, EscalationAction::Claim);
    desk.step(desk.specialist, id, EscalationAction::Start);
    CHECK_THROWS_AS(
        desk.service.transition(desk.specialist2, id, EscalationAction::Resolve, u"done"_s, 3), PermissionDenied);
    CHECK_THROWS_WITH(desk.service.transition(desk.specialist, id, EscalationAction::Resolve, u"  "_s, 3),
        ContainsSubstring("Describe how the problem was resolved"));
    CHECK_THROWS_AS(desk.service.transition(
                        desk.rep2, id, EscalationAction::Reassign, {}, 3, { desk.specialist2.agentId, std::nullopt }),
        PermissionDenied);
    CHECK_THROWS_WITH(
        desk.service.transition(desk.lead, id, EscalationAction::Reassign, {}, 3, { desk.rep2.agentId, std::nullopt }),
        ContainsSubstring("active support specialist or team lead"));
    CHECK_THROWS_WITH(desk.service.transition(desk.lead, 987654, EscalationAction::Claim, {}, 1),
        ContainsSubstring("no escalation #987654"));
    CHECK(trailOf(desk.workspace, id) == Trail { before.events + 2, before.timeline + 2, before.audit + 2 });
    CHECK(desk.current(id).version == 3);
}

TEST_CASE("claims are first-wins: the second claimant learns who has it", "[escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id id = desk.service.escalate(desk.rep, completeForm(desk.workspace, 6));
    const int seen = desk.current(id).version;

    // Both specialists saw the new escalation; the first claim wins.
    desk.service.transition(desk.specialist, id, EscalationAction::Claim, {}, seen);
    const Trail afterFirst = trailOf(desk.workspace, id);
    CHECK_THROWS_WITH(desk.service.transition(desk.specialist2, id, EscalationAction::Claim, {}, seen),
        ContainsSubstring("already claimed by " + desk.specialist.name.toStdString()));
    CHECK(trailOf(desk.workspace, id) == afterFirst);
    CHECK(desk.current(id).assignedTo == desk.specialist.agentId);
    CHECK_THROWS_WITH(desk.service.transition(desk.specialist, id, EscalationAction::Claim, {}, seen + 1),
        ContainsSubstring("You have already claimed"));
}

TEST_CASE("a version conflict in the middle of a transition rolls back the event, timeline and audit rows together",
    "[escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id id = desk.service.escalate(desk.rep, completeForm(desk.workspace, 7));
    desk.step(desk.specialist, id, EscalationAction::Claim);
    const int staleVersion = desk.current(id).version;
    desk.step(desk.specialist, id, EscalationAction::Start);
    const Escalation before = desk.current(id);
    const Trail trailBefore = trailOf(desk.workspace, id);
    const qint64 auditBefore = countRows(desk.workspace, u"SELECT count(*) FROM audit_log"_s);
    const qint64 interactionsBefore = countRows(desk.workspace, u"SELECT count(*) FROM interactions"_s);
    int notifications = 0;
    QObject::connect(&desk.service, &EscalationService::changed, [&notifications] { ++notifications; });

    // The resolve itself is allowed now; only the version the specialist saw is out of date, which the
    // versioned UPDATE at the end of the transaction finds after the other rows were written.
    CHECK_THROWS_WITH(desk.service.transition(desk.specialist, id, EscalationAction::Resolve, u"Fixed"_s, staleVersion),
        ContainsSubstring("changed escalation #" + std::to_string(id) + " in the meantime"));
    CHECK(trailOf(desk.workspace, id) == trailBefore);
    CHECK(countRows(desk.workspace, u"SELECT count(*) FROM audit_log"_s) == auditBefore);
    CHECK(countRows(desk.workspace, u"SELECT count(*) FROM interactions"_s) == interactionsBefore);
    const Escalation after = desk.current(id);
    CHECK(after.state == before.state);
    CHECK(after.version == before.version);
    CHECK(after.resolution.isEmpty());
    CHECK(notifications == 0);
    CHECK_FALSE(AuditLog(desk.workspace).verify().firstBrokenId.has_value());

    // With the right version it goes through.
    CHECK(desk.service.transition(desk.specialist, id, EscalationAction::Resolve, u"Fixed"_s, before.version).state
        == EscalationState::Resolved);
}

TEST_CASE("a support specialist's hand-off form is refused before it is checked", "[escalation][escalate]")
{
    Desk desk(Backend::Sqlite);
    const HandoffForm form = completeForm(desk.workspace, 4);
    CHECK(desk.service.checkHandoff(desk.lead, form).isEmpty());
    CHECK_THROWS_AS(desk.service.checkHandoff(desk.specialist, form), PermissionDenied);
    CHECK_THROWS_AS(desk.service.escalate(desk.specialist, form), PermissionDenied);
}

TEST_CASE("only a team lead is told whom an escalation can be reassigned to", "[escalation][reassign]")
{
    Desk desk(Backend::Sqlite);
    const QList<Agent> assignable = desk.service.assignableAgents(desk.lead);
    CHECK(std::ranges::any_of(assignable, [&](const Agent &agent) { return agent.id == desk.specialist2.agentId; }));
    CHECK_THROWS_AS(desk.service.assignableAgents(desk.specialist), PermissionDenied);
    CHECK_THROWS_AS(desk.service.assignableAgents(desk.rep), PermissionDenied);
}

TEST_CASE("a lead reassigns and re-rates; the SLA due times follow the severity", "[escalation]")
{
    Desk desk(Backend::Sqlite);
    const Id id = desk.service.escalate(desk.rep, completeForm(desk.workspace, 8));
    const Millis escalatedAt = desk.clock.now();

    const Escalation assigned
        = desk.step(desk.lead, id, EscalationAction::Reassign, {}, { desk.specialist2.agentId, {} });
    CHECK(assigned.state == EscalationState::Claimed);
    CHECK(assigned.assignedTo == desk.specialist2.agentId);
    CHECK(desk.service.escalation(id)->assigneeName == desk.specialist2.name);
    CHECK_THROWS_WITH(desk.service.transition(desk.lead, id, EscalationAction::Reassign, {}, assigned.version,
                          { desk.specialist2.agentId, {} }),
        ContainsSubstring("already assigned to"));

    CHECK_THROWS_WITH(desk.service.transition(desk.lead, id, EscalationAction::ChangeSeverity, {}, assigned.version,
                          { std::nullopt, Severity::S1 }),
        ContainsSubstring("Say why the severity changes"));
    const Escalation rerated = desk.step(
        desk.lead, id, EscalationAction::ChangeSeverity, u"The whole site is down"_s, { std::nullopt, Severity::S1 });
    CHECK(rerated.severity == Severity::S1);
    CHECK(rerated.claimDueAt == escalatedAt + 15 * minute);
    CHECK(rerated.resolveDueAt == escalatedAt + 4 * hour);
    const QString audit = Query::scalar(desk.workspace.database(),
        u"SELECT before_data || ' -> ' || after_data FROM audit_log WHERE entity_id = ?"
        " AND action = 'escalation.change_severity'"_s,
        { id })
                              .toString();
    CHECK_THAT(audit.toStdString(),
        ContainsSubstring("\"severity\":\"s2\"") && ContainsSubstring("\"severity\":\"s1\"")
            && ContainsSubstring("The whole site is down"));
    // The new assignee works on it; the old one may not.
    CHECK(desk.service.allowedActions(desk.specialist2, rerated).contains(EscalationAction::Start));
    CHECK(desk.service.allowedActions(desk.specialist, rerated).isEmpty());
}

TEST_CASE("queues: ordered by SLA due time, keyset-paged, filtered", "[escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    QList<Id> mine;
    for (int i = 0; i < 9; ++i) {
        HandoffForm form = completeForm(desk.workspace, 1 + i % 5);
        form.severity = Severity(i % 4);
        form.category = i % 3 == 0 ? EscalationCategory::Outage : EscalationCategory::Bug;
        mine.append(desk.service.escalate(i % 2 == 0 ? desk.rep : desk.rep2, form));
        desk.clock.advance(7 * minute);
    }
    desk.step(desk.specialist, mine.at(1), EscalationAction::Claim);
    desk.step(desk.specialist, mine.at(1), EscalationAction::Start);
    desk.step(desk.specialist, mine.at(1), EscalationAction::AskRep, u"Which version?"_s);
    desk.step(desk.specialist, mine.at(2), EscalationAction::Claim);

    const EscalationQueueFilter support { EscalationQueue::Support, std::nullopt, std::nullopt };
    const qint64 total = desk.service.queueCount(desk.specialist, support);
    QSet<Id> seen;
    std::optional<EscalationCursor> cursor;
    std::pair<Millis, Id> previous { std::numeric_limits<Millis>::min(), 0 };
    do {
        const EscalationPage page = desk.service.queue(desk.specialist, support, cursor, 4);
        CHECK(page.items.size() <= 4);
        for (const EscalationListItem &item : page.items) {
            const std::pair<Millis, Id> key { SlaPolicy::queueDueAt(item.escalation), item.escalation.id };
            CHECK(key > previous);
            previous = key;
            CHECK(EscalationStateMachine::isOpen(item.escalation.state));
            CHECK_FALSE(seen.contains(item.escalation.id));
            seen.insert(item.escalation.id);
        }
        cursor = page.next;
    } while (cursor);
    CHECK(seen.size() == total);
    for (const Id id : std::as_const(mine))
        CHECK(seen.contains(id));

    const EscalationPage unclaimed
        = desk.service.queue(desk.specialist, { EscalationQueue::Unclaimed, {}, {} }, {}, 100);
    for (const EscalationListItem &item : unclaimed.items) {
        CHECK(item.escalation.state == EscalationState::New);
        CHECK(item.assigneeName.isEmpty());
    }
    const EscalationPage assigned
        = desk.service.queue(desk.specialist, { EscalationQueue::AssignedToMe, {}, {} }, {}, 100);
    QSet<Id> assignedIds;
    for (const EscalationListItem &item : assigned.items) {
        CHECK(item.escalation.assignedTo == desk.specialist.agentId);
        assignedIds.insert(item.escalation.id);
    }
    CHECK(assignedIds.contains(mine.at(1)));
    CHECK(assignedIds.contains(mine.at(2)));
    const EscalationQueueFilter outageFilter { EscalationQueue::Support, EscalationCategory::Outage, Severity::S1 };
    const EscalationPage outages = desk.service.queue(desk.specialist, outageFilter, {}, 100);
    for (const EscalationListItem &item : outages.items) {
        CHECK(item.escalation.category == EscalationCategory::Outage);
        CHECK(item.escalation.severity == Severity::S1);
    }
    CHECK(std::any_of(outages.items.cbegin(), outages.items.cend(),
        [&](const EscalationListItem &item) { return item.escalation.id == mine.at(0); }));

    // The rep's own lists: what they escalated, and what came back to them.
    const EscalationPage repOwn
        = desk.service.queue(desk.rep2, { EscalationQueue::EscalatedByMe, std::nullopt, std::nullopt }, {}, 100);
    for (const EscalationListItem &item : repOwn.items) {
        CHECK(item.escalation.createdBy == desk.rep2.agentId);
        CHECK(item.escalation.state != EscalationState::Closed);
    }
    const EscalationPage returned
        = desk.service.queue(desk.rep2, { EscalationQueue::ReturnedToMe, std::nullopt, std::nullopt }, {}, 100);
    REQUIRE(returned.items.size()
        == desk.service.queueCount(desk.rep2, { EscalationQueue::ReturnedToMe, std::nullopt, std::nullopt }));
    CHECK(std::any_of(returned.items.cbegin(), returned.items.cend(),
        [&](const EscalationListItem &item) { return item.escalation.id == mine.at(1); }));
    for (const EscalationListItem &item : returned.items) {
        CHECK((item.escalation.state == EscalationState::NeedsInfoFromRep
            || item.escalation.state == EscalationState::HandedBack));
    }
    CHECK_THROWS_AS(desk.service.queue(desk.rep, { EscalationQueue::Support, std::nullopt, std::nullopt }, {}, 10),
        PermissionDenied);
}

TEST_CASE("two tandemctl processes claim the same escalation at once: exactly one wins", "[escalation]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    Id id = 0;
    {
        Workspace &workspace = temp.openWithDemo(6, 60, 13);
        EscalationService service(workspace, clock);
        id = service.escalate(AccountService(workspace).signInWithoutPassword(u"rep"_s), completeForm(workspace, 2));
        temp.close();
    }

    struct Claimant
    {
        QString login;
        std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    };
    std::array<Claimant, 2> claimants { Claimant { u"specialist"_s }, Claimant { u"specialist2"_s } };
    for (Claimant &claimant : claimants) {
        claimant.process->setProgram(binary(u"tandemctl"_s));
        claimant.process->setArguments({ u"escalation"_s, u"transition"_s, u"--workspace"_s, temp.path(), u"--as"_s,
            claimant.login, u"--id"_s, QString::number(id), u"--action"_s, u"claim"_s, u"--version"_s, u"1"_s });
    }
    for (Claimant &claimant : claimants)
        claimant.process->start();
    int winners = 0;
    QString winner;
    QString loserError;
    for (Claimant &claimant : claimants) {
        REQUIRE(claimant.process->waitForFinished(60000));
        REQUIRE(claimant.process->exitStatus() == QProcess::NormalExit);
        const QString err = QString::fromUtf8(claimant.process->readAllStandardError());
        if (claimant.process->exitCode() == 0) {
            ++winners;
            winner = claimant.login;
            CHECK(err.isEmpty());
            CHECK_THAT(claimant.process->readAllStandardOutput().toStdString(), ContainsSubstring("\"claimed\""));
        } else {
            loserError = err;
        }
    }
    REQUIRE(winners == 1);

    Workspace &workspace = temp.open();
    const Actor winnerActor = AccountService(workspace).signInWithoutPassword(winner);
    CHECK_THAT(loserError.toStdString(), ContainsSubstring("already claimed by " + winnerActor.name.toStdString()));
    EscalationService service(workspace, clock);
    const Escalation claimed = service.escalation(id)->escalation;
    CHECK(claimed.assignedTo == winnerActor.agentId);
    CHECK(claimed.version == 2);
    CHECK(trailOf(workspace, id) == Trail { 2, 2, 2 });
    CHECK_FALSE(AuditLog(workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("tandemctl escalation reports refusals on stderr with a failing exit code", "[escalation]")
{
    test::TempWorkspace temp;
    temp.openWithDemo(4, 40, 3);
    temp.close();
    QProcess process;
    process.start(binary(u"tandemctl"_s),
        { u"escalation"_s, u"transition"_s, u"--workspace"_s, temp.path(), u"--as"_s, u"rep"_s, u"--id"_s, u"424242"_s,
            u"--action"_s, u"claim"_s });
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() != 0);
    CHECK(process.readAllStandardOutput().isEmpty());
    CHECK_THAT(process.readAllStandardError().toStdString(), ContainsSubstring("no escalation #424242"));

    process.start(binary(u"tandemctl"_s),
        { u"escalation"_s, u"list"_s, u"--workspace"_s, temp.path(), u"--as"_s, u"specialist"_s, u"--queue"_s,
            u"support"_s, u"--limit"_s, u"2"_s });
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    CHECK_THAT(process.readAllStandardOutput().toStdString(), ContainsSubstring("\"escalations\""));
}

TEST_CASE("claiming a closed escalation says that it is closed, not who claimed it", "[escalation][reliability]")
{
    Desk desk(Backend::Sqlite);
    const Id id = desk.service.escalate(desk.rep, completeForm(desk.workspace, 5));
    desk.step(desk.specialist, id, EscalationAction::Claim, {});
    desk.step(desk.specialist, id, EscalationAction::Start, {});
    desk.step(desk.specialist, id, EscalationAction::Resolve, u"Fixed in 4.2.1"_s);
    desk.step(desk.specialist, id, EscalationAction::HandBack, u"Tell them to update"_s);
    desk.step(desk.rep, id, EscalationAction::Close, {});
    const Trail closed = trailOf(desk.workspace, id);

    const int version = desk.current(id).version;
    CHECK_THROWS_WITH(desk.service.transition(desk.specialist2, id, EscalationAction::Claim, {}, version),
        ContainsSubstring("is closed; there is nothing to claim"));
    CHECK(trailOf(desk.workspace, id) == closed);
}

namespace {

// Claimed and started by the specialist: support is working on it.
Id inProgress(Desk &desk, const Actor &rep, Id customerId, const QString &summary)
{
    HandoffForm form = completeForm(desk.workspace, customerId);
    form.summary = summary;
    const Id id = desk.service.escalate(rep, form);
    desk.step(desk.specialist, id, EscalationAction::Claim);
    desk.step(desk.specialist, id, EscalationAction::Start);
    return id;
}

} // namespace

TEST_CASE("a customer's unresolved escalations are listed with number, summary, state and specialist",
    "[frontline][escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id customer = 4;
    // The demo data may have some of its own; they follow the same rule.
    const QList<Id> demo = test::idsOf(desk.service.unresolvedEscalationsOf(customer));

    HandoffForm fresh = completeForm(desk.workspace, customer);
    fresh.summary = u"Export fails with an empty page"_s;
    const Id waiting = desk.service.escalate(desk.rep, fresh);
    const Id working = inProgress(desk, desk.rep2, customer, u"Invoice PDF is blank"_s);
    const Id resolved = inProgress(desk, desk.rep, customer, u"Resolved one"_s);
    desk.step(desk.specialist, resolved, EscalationAction::Resolve, u"Fixed the template"_s);
    const Id handedBack = inProgress(desk, desk.rep, customer, u"Handed back one"_s);
    desk.step(desk.specialist, handedBack, EscalationAction::Resolve, u"Fixed"_s);
    desk.step(desk.specialist, handedBack, EscalationAction::HandBack, u"Tell them"_s);
    const Id closed = inProgress(desk, desk.rep, customer, u"Closed one"_s);
    desk.step(desk.specialist, closed, EscalationAction::Resolve, u"Fixed"_s);
    desk.step(desk.specialist, closed, EscalationAction::HandBack, u"Tell them"_s);
    desk.step(desk.rep, closed, EscalationAction::Close);
    const Id otherCustomer = inProgress(desk, desk.rep, customer + 1, u"Someone else's"_s);

    const QList<EscalationListItem> listed = desk.service.unresolvedEscalationsOf(customer);
    const QList<Id> ids = test::idsOf(listed);
    CHECK(ids.contains(waiting));
    CHECK(ids.contains(working));
    for (const Id left : { resolved, handedBack, closed, otherCustomer })
        CHECK_FALSE(ids.contains(left));
    CHECK(ids.size() == qMin<qsizetype>(demo.size() + 2, EscalationService::unresolvedListLength));
    for (const EscalationListItem &item : listed) {
        CHECK(item.escalation.customerId == customer);
        CHECK(EscalationStateMachine::isUnresolved(item.escalation.state));
        if (item.escalation.id == working) {
            CHECK(item.escalation.summary == u"Invoice PDF is blank"_s);
            CHECK(item.escalation.state == EscalationState::InProgress);
            CHECK(item.assigneeName == desk.specialist.name);
        } else if (item.escalation.id == waiting) {
            CHECK(item.escalation.state == EscalationState::New);
            CHECK(item.assigneeName.isEmpty());
        }
    }

    // The specialist's card of a new escalation names the other one, and not itself.
    const Id second = desk.service.escalate(desk.rep, fresh);
    const std::optional<HandoffDetails> card = desk.service.handoff(desk.specialist, second);
    REQUIRE(card);
    const QList<Id> related = test::idsOf(card->related);
    CHECK(related.contains(working));
    CHECK(related.contains(waiting));
    CHECK_FALSE(related.contains(second));
    CHECK_FALSE(related.contains(resolved));
}

TEST_CASE("a rep adds information to an open escalation: the state stays, history, timeline, files and audit record it",
    "[frontline][escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id id = inProgress(desk, desk.rep, 6, u"Bridge stops syncing"_s);
    const Escalation before = desk.current(id);
    const Trail trailBefore = trailOf(desk.workspace, id);
    const qsizetype filesBefore = desk.service.handoff(desk.specialist, id)->attachments.size();
    int notifications = 0;
    QObject::connect(&desk.service, &EscalationService::changed, [&notifications] { ++notifications; });
    desk.clock.advance(minute);

    // Any rep of the workspace, not only the one who escalated: the customer may call whoever is free.
    const QString note = u"The customer called again: it also fails on the second bridge."_s;
    const Escalation after = desk.service.addInformation(desk.rep2, id, u"  "_s + note + u"\n"_s,
        { { 0, 0, u"second-bridge.log"_s, BodyFormat::Log, u"10:00:01 ERROR sync failed: 407\n"_s } });
    CHECK(after.state == EscalationState::InProgress);
    CHECK(after.assignedTo == desk.specialist.agentId);
    const Escalation stored = desk.current(id);
    CHECK(stored.state == before.state);
    CHECK(stored.resolveDueAt == before.resolveDueAt);
    CHECK(stored.version == before.version + 1);
    CHECK(trailOf(desk.workspace, id)
        == Trail { trailBefore.events + 1, trailBefore.timeline + 1, trailBefore.audit + 1 });
    CHECK(notifications == 1);

    // What the specialist's card shows: the note in the history, the file with the others.
    const std::optional<HandoffDetails> card = desk.service.handoff(desk.specialist, id);
    REQUIRE(card);
    const EscalationEvent &added = card->events.constLast();
    CHECK(added.action == EscalationAction::AddInformation);
    CHECK(added.note == note);
    CHECK(added.actorName == desk.rep2.name);
    CHECK(added.fromState == EscalationState::InProgress);
    CHECK(added.toState == EscalationState::InProgress);
    CHECK(card->attachments.size() == filesBefore + 1);
    CHECK(card->attachments.constLast().name == u"second-bridge.log"_s);

    // One audit record through the audit helper, with who, what and the file's name.
    const AuditListEntry newest = AuditLog(desk.workspace).page(std::nullopt, 1).entries.constFirst();
    CHECK(newest.entry.action == u"escalation.add_information"_s);
    CHECK(newest.entry.entityId == id);
    CHECK(newest.entry.actorId == desk.rep2.agentId);
    CHECK_THAT(newest.entry.after.toStdString(), ContainsSubstring(note.toStdString()));
    CHECK_THAT(newest.entry.after.toStdString(), ContainsSubstring("second-bridge.log"));
    CHECK_THAT(AuditSentence::of(newest).toStdString(),
        ContainsSubstring("Added information to escalation #" + std::to_string(id) + " for "));
    CHECK_FALSE(AuditLog(desk.workspace).verify().firstBrokenId.has_value());

    // A lead may as well, on an escalation nobody has claimed yet.
    const Id unclaimed = desk.service.escalate(desk.rep, completeForm(desk.workspace, 6));
    CHECK(desk.service.addInformation(desk.lead, unclaimed, u"Enterprise customer, please hurry"_s, {}).state
        == EscalationState::New);
}

TEST_CASE("adding information is refused to specialists, on resolved escalations, without a note and over the limits; "
          "nothing is written",
    "[frontline][escalation]")
{
    Desk desk(Backend::Sqlite);
    const Id working = inProgress(desk, desk.rep, 7, u"Bridge stops syncing"_s);
    const Trail trail = trailOf(desk.workspace, working);
    const qint64 auditBefore = countRows(desk.workspace, u"SELECT count(*) FROM audit_log"_s);

    CHECK_THROWS_AS(desk.service.addInformation(desk.specialist, working, u"I know more"_s, {}), PermissionDenied);
    CHECK_THROWS_AS(desk.service.addInformation(desk.specialist2, working, u"I know more"_s, {}), PermissionDenied);
    CHECK_THROWS_WITH(
        desk.service.addInformation(desk.rep, working, u" \n "_s, {}), ContainsSubstring("Write what you are adding"));
    CHECK_THROWS_WITH(desk.service.addInformation(
                          desk.rep, working, u"Empty file"_s, { { 0, 0, u"empty.log"_s, BodyFormat::Log, QString() } }),
        ContainsSubstring("is empty"));
    const QList<EscalationAttachment> tooMany(
        EscalationService::maxAttachments, EscalationAttachment { 0, 0, u"more.log"_s, BodyFormat::Log, u"line\n"_s });
    CHECK_THROWS_WITH(
        desk.service.addInformation(desk.rep, working, u"All the logs"_s, tooMany), ContainsSubstring("at most"));
    CHECK_THROWS_WITH(
        desk.service.addInformation(desk.rep, 424242, u"Anything"_s, {}), ContainsSubstring("no escalation #424242"));
    CHECK(trailOf(desk.workspace, working) == trail);

    // Once support resolved it, news goes into a new escalation (or a reopen), not into a finished one.
    desk.step(desk.specialist, working, EscalationAction::Resolve, u"Fixed"_s);
    const auto refusedWhile = [&](EscalationState state) {
        INFO("state: " << keyOf(state).toStdString());
        REQUIRE(desk.current(working).state == state);
        const Trail now = trailOf(desk.workspace, working);
        CHECK_THROWS_WITH(desk.service.addInformation(desk.rep, working, u"It is back"_s, {}),
            ContainsSubstring(displayName(state).toStdString()) && !ContainsSubstring("Add information"));
        CHECK(trailOf(desk.workspace, working) == now);
    };
    refusedWhile(EscalationState::Resolved);
    desk.step(desk.specialist, working, EscalationAction::HandBack, u"Tell them"_s);
    refusedWhile(EscalationState::HandedBack);
    desk.step(desk.rep, working, EscalationAction::Close);
    refusedWhile(EscalationState::Closed);
    CHECK(countRows(desk.workspace, u"SELECT count(*) FROM audit_log"_s) == auditBefore + 3);
}

TEST_CASE("information added at the rep's desk reaches the specialist's desk through the change feed",
    "[frontline][escalation]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id id = inProgress(desk, desk.rep, 8, u"Bridge stops syncing"_s);
    std::unique_ptr<Workspace> specialistWorkspace = Workspace::open(desk.temp.path());
    EscalationService specialistDesk(*specialistWorkspace, desk.clock);
    int heard = 0;
    QObject::connect(&specialistDesk, &EscalationService::changed, [&heard] { ++heard; });
    specialistWorkspace->changes().startWatching(20);

    desk.service.addInformation(desk.rep, id, u"Also on the second bridge"_s, {});
    REQUIRE(test::waitUntil([&] { return heard > 0; }));
    const std::optional<HandoffDetails> card = specialistDesk.handoff(desk.specialist, id);
    REQUIRE(card);
    CHECK(card->events.constLast().note == u"Also on the second bridge"_s);
}
