// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "domain/EntryCorrection.h"
#include "services/AccountService.h"
#include "services/KpiService.h"
#include "services/ServiceError.h"
#include "services/TimelineService.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis hour = 60 * 60 * 1000;

// A month after the demo's history, so the KPIs of the hours around it count only what a test logs.
constexpr Millis testStart = test::TempWorkspace::demoAnchor + 30 * 24 * hour;

Interaction complaint(Id customerId, Id causeId, const QString &body)
{
    Interaction entry;
    entry.customerId = customerId;
    entry.kind = InteractionKind::Complaint;
    entry.channel = Channel::Phone;
    entry.direction = Direction::Inbound;
    entry.subject = u"Parcel arrived damaged"_s;
    entry.body = body;
    entry.complaintCauseId = causeId;
    return entry;
}

int auditRows(Workspace &workspace, const QString &action, Id entityId, Id actorId)
{
    return Query::scalar(workspace.database(),
        u"SELECT count(*) FROM audit_log WHERE action = ? AND entity_id = ? AND actor_id = ?"_s,
        { action, entityId, actorId })
        .toInt();
}

// What the refusal of `correct` says, or an empty string when it went through.
std::string refusalOf(const std::function<void()> &correct)
{
    try {
        correct();
    } catch (const PermissionDenied &error) {
        return error.message().toStdString();
    }
    return {};
}

struct Desk
{
    explicit Desk(Backend backend) : temp(backend), workspace(temp.openWithDemo(3, 20, 5)), timeline(workspace, clock)
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        otherRep = accounts.signInWithoutPassword(u"rep2"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
        lead = accounts.signInWithoutPassword(u"lead"_s);
        wrongCause = timeline.addComplaintCause(lead, u"Late delivery"_s);
        rightCause = timeline.addComplaintCause(lead, u"Damaged in transit"_s);
    }

    test::TempWorkspace temp;
    Workspace &workspace;
    test::MockClock clock { testStart };
    TimelineService timeline;
    Actor rep;
    Actor otherRep;
    Actor specialist;
    Actor lead;
    Id wrongCause = 0;
    Id rightCause = 0;
};

} // namespace

TEST_CASE("a correction is a new record that supersedes the entry, both audited", "[frontline][timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id original = desk.timeline.logInteraction(desk.rep, complaint(2, desk.wrongCause, u"Box crushed."_s));
    desk.clock.advance(hour);
    int notifications = 0;
    QObject::connect(&desk.timeline, &TimelineService::changed, [&notifications] { ++notifications; });

    Interaction corrected = *desk.timeline.interaction(original);
    corrected.complaintCauseId = desk.rightCause;
    corrected.body = u"Box crushed, the hub inside cracked."_s;
    const Id correction = desk.timeline.correctInteraction(desk.rep, original, corrected);

    CHECK(correction != original);
    const std::optional<Interaction> old = desk.timeline.interaction(original);
    const std::optional<Interaction> current = desk.timeline.interaction(correction);
    REQUIRE(old);
    REQUIRE(current);
    CHECK(old->supersededBy == correction);
    CHECK(old->body == u"Box crushed."_s); // never rewritten
    CHECK(old->complaintCauseId == desk.wrongCause);
    CHECK(current->correctsId == original);
    CHECK_FALSE(current->supersededBy);
    CHECK(current->complaintCauseId == desk.rightCause);
    CHECK(current->body == corrected.body);
    // It stands where the entry stood: what happened then, logged by who handled it.
    CHECK(current->occurredAt == old->occurredAt);
    CHECK(current->agentId == desk.rep.agentId);
    CHECK(current->createdAt == desk.clock.now());
    CHECK(notifications == 1);

    // Both stay on the timeline, the correction right above the entry it corrects.
    const QList<Interaction> shown = desk.timeline.page(2, std::nullopt, 2).interactions;
    REQUIRE(shown.size() == 2);
    CHECK(shown.at(0).id == correction);
    CHECK(shown.at(1).id == original);
    CHECK(shown.at(1).supersededBy == correction);

    CHECK(auditRows(desk.workspace, u"interaction.correct"_s, correction, desk.rep.agentId) == 1);
    CHECK(auditRows(desk.workspace, u"interaction.supersede"_s, original, desk.rep.agentId) == 1);
    CHECK_FALSE(AuditLog(desk.workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("reps correct their own entries for a day, leads any entry, nobody else", "[frontline][timeline]")
{
    Desk desk(Backend::Sqlite);
    const Id entry = desk.timeline.logInteraction(desk.rep, complaint(1, desk.wrongCause, u"Refund late."_s));
    Interaction corrected = *desk.timeline.interaction(entry);
    corrected.complaintCauseId = desk.rightCause;

    SECTION("another rep and a specialist are refused, and nothing is written")
    {
        const qint64 before = desk.timeline.eventCount(1);
        CHECK_THAT(refusalOf([&] { desk.timeline.correctInteraction(desk.otherRep, entry, corrected); }),
            ContainsSubstring("Only the person who logged an entry, or a team lead"));
        CHECK_THAT(refusalOf([&] { desk.timeline.correctInteraction(desk.specialist, entry, corrected); }),
            ContainsSubstring("Only the person who logged an entry, or a team lead"));
        CHECK(desk.timeline.correctionRefusal(desk.otherRep, *desk.timeline.interaction(entry)).has_value());
        CHECK(desk.timeline.eventCount(1) == before);
        CHECK_FALSE(desk.timeline.interaction(entry)->supersededBy);
    }
    SECTION("the author may until the window closes, then only a lead")
    {
        desk.clock.advance(ownEntryCorrectionWindow);
        CHECK_FALSE(desk.timeline.correctionRefusal(desk.rep, *desk.timeline.interaction(entry)));
        desk.clock.advance(1);
        CHECK_THAT(refusalOf([&] { desk.timeline.correctInteraction(desk.rep, entry, corrected); }),
            ContainsSubstring("24 hours after logging them; ask a team lead"));
        const Id correction = desk.timeline.correctInteraction(desk.lead, entry, corrected);
        CHECK(desk.timeline.interaction(entry)->supersededBy == correction);
        CHECK(auditRows(desk.workspace, u"interaction.correct"_s, correction, desk.lead.agentId) == 1);
        CHECK(auditRows(desk.workspace, u"interaction.supersede"_s, entry, desk.lead.agentId) == 1);
    }
    SECTION("a lead corrects another agent's entry")
    {
        const Id correction = desk.timeline.correctInteraction(desk.lead, entry, corrected);
        CHECK(desk.timeline.interaction(correction)->agentId == desk.rep.agentId);
    }
}

TEST_CASE("a corrected entry is corrected through its correction", "[frontline][timeline]")
{
    Desk desk(Backend::Sqlite);
    const Id entry = desk.timeline.logInteraction(desk.rep, complaint(1, desk.wrongCause, u"Charged twice."_s));
    Interaction corrected = *desk.timeline.interaction(entry);
    corrected.complaintCauseId = desk.rightCause;
    const Id first = desk.timeline.correctInteraction(desk.rep, entry, corrected);

    corrected.body = u"Charged twice for March."_s;
    CHECK_THAT(refusalOf([&] { desk.timeline.correctInteraction(desk.lead, entry, corrected); }),
        ContainsSubstring("corrected already; correct its correction"));
    const Id second = desk.timeline.correctInteraction(desk.rep, first, corrected);
    CHECK(desk.timeline.interaction(first)->supersededBy == second);
    CHECK(desk.timeline.interaction(second)->correctsId == first);
    CHECK(desk.timeline.interaction(entry)->supersededBy == first);
}

TEST_CASE("a correction must change something and still be a valid entry", "[frontline][timeline]")
{
    Desk desk(Backend::Sqlite);
    const Id entry = desk.timeline.logInteraction(desk.rep, complaint(1, desk.wrongCause, u"Lost parcel."_s));
    Interaction same = *desk.timeline.interaction(entry);
    CHECK_THROWS_AS(desk.timeline.correctInteraction(desk.rep, entry, same), ServiceError);
    Interaction withoutCause = same;
    withoutCause.complaintCauseId.reset();
    CHECK_THROWS_AS(desk.timeline.correctInteraction(desk.rep, entry, withoutCause), ServiceError);
    Interaction empty = same;
    empty.subject.clear();
    empty.body = u"  "_s;
    CHECK_THROWS_AS(desk.timeline.correctInteraction(desk.rep, entry, empty), ServiceError);
    CHECK_FALSE(desk.timeline.interaction(entry)->supersededBy);
    // A complaint misfiled as a complaint may be a plain message after all; its cause goes with it.
    Interaction message = same;
    message.kind = InteractionKind::Message;
    const Id correction = desk.timeline.correctInteraction(desk.rep, entry, message);
    CHECK_FALSE(desk.timeline.interaction(correction)->complaintCauseId);
}

TEST_CASE("the KPIs count only the current record of a corrected entry", "[frontline][timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const KpiService kpis(desk.workspace, desk.clock);
    const KpiQuery period { testStart - hour, testStart + 4 * hour, std::nullopt, std::nullopt };
    const auto causeCount = [](const KpiReport &report, Id cause) {
        for (const ComplaintCauseCount &count : report.topCauses) {
            if (count.causeId == cause)
                return count.complaints;
        }
        return qint64(0);
    };

    const Id entry = desk.timeline.logInteraction(desk.rep, complaint(2, desk.wrongCause, u"Late again."_s));
    Interaction survey;
    survey.customerId = 2;
    survey.kind = InteractionKind::Feedback;
    survey.subject = u"CSAT answer: 5"_s;
    survey.body = u"Great help"_s;
    SurveyResponse csat;
    csat.kind = SurveyKind::Csat;
    csat.score = 5;
    const Id answer = desk.timeline.logInteraction(desk.rep, survey, csat);
    const KpiReport before = kpis.report(desk.lead, period);
    CHECK(before.counts.contacts == 1);
    CHECK(before.counts.csatAnswers == 1);
    CHECK(causeCount(before, desk.wrongCause) == 1);

    desk.clock.advance(hour);
    Interaction corrected = *desk.timeline.interaction(entry);
    corrected.complaintCauseId = desk.rightCause;
    desk.timeline.correctInteraction(desk.rep, entry, corrected);
    Interaction answerCorrected = *desk.timeline.interaction(answer);
    answerCorrected.body = u"Great help from Sam"_s;
    desk.timeline.correctInteraction(desk.rep, answer, answerCorrected);

    const KpiReport after = kpis.report(desk.lead, period);
    CHECK(after.counts.contacts == 1);
    CHECK(after.counts.csatAnswers == 1);
    CHECK(after.counts.csatSatisfied == 1);
    CHECK(causeCount(after, desk.wrongCause) == 0);
    CHECK(causeCount(after, desk.rightCause) == 1);
}

TEST_CASE("a read-only workspace refuses corrections and stays unwritten", "[frontline][timeline]")
{
    test::TempWorkspace temp;
    test::MockClock clock { testStart };
    Id entry = 0;
    Actor lead;
    {
        Workspace &workspace = temp.openWithDemo(3, 20, 5);
        TimelineService timeline(workspace, clock);
        lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
        Interaction note;
        note.customerId = 1;
        note.kind = InteractionKind::Note;
        note.channel = Channel::Internal;
        note.direction = Direction::Internal;
        note.body = u"Call back on Friday."_s;
        entry = timeline.logInteraction(lead, note);
        temp.close();
    }
    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    Workspace &workspace = temp.open(readOnly);
    TimelineService timeline(workspace, clock);
    Interaction corrected = *timeline.interaction(entry);
    corrected.body = u"Call back on Monday."_s;
    CHECK_THAT(
        timeline.correctionRefusal(lead, corrected).value_or(QString()).toStdString(), ContainsSubstring("read-only"));
    CHECK_THAT(refusalOf([&] { timeline.correctInteraction(lead, entry, corrected); }), ContainsSubstring("read-only"));
    CHECK_FALSE(timeline.interaction(entry)->supersededBy);
}
