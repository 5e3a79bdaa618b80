// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/KpiService.h"
#include "services/ServiceError.h"
#include "storage/Query.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Approx;

namespace {

constexpr Millis minute = 60 * 1000;
constexpr Millis hour = 60 * minute;
constexpr Millis day = 24 * hour;
constexpr Millis periodStart = 1'767'571'200'000; // Monday 2026-01-05 00:00 UTC

// Rows written straight into the tables, so that every number a test expects can be counted by hand.
class KpiRows
{
public:
    explicit KpiRows(Workspace &workspace) : m_db(workspace.database()) { }

    void customer(Id id)
    {
        Query::run(m_db,
            u"INSERT INTO customers (id, first_name, last_name, sort_name, lifecycle, created_at, updated_at)"
            " VALUES (?, 'Someone', 'Test', 'someone test', 'customer', 0, 0)"_s,
            { id });
    }

    // A correction of `original` (as the timeline writes one): the original is superseded by it.
    Id correct(
        Id original, Id customerId, std::optional<Id> agentId, const QString &kind, const QString &direction, Millis at)
    {
        const Id correction = interaction(customerId, agentId, kind, direction, at);
        Query::run(m_db, u"UPDATE interactions SET corrects_id = ? WHERE id = ?"_s, { original, correction });
        Query::run(m_db, u"UPDATE interactions SET superseded_by = ? WHERE id = ?"_s, { correction, original });
        return correction;
    }

    void surveyOn(Id interactionId, Id customerId, const QString &kind, int score, Millis at)
    {
        Query::run(m_db,
            u"INSERT INTO survey_responses (customer_id, interaction_id, kind, score, answered_at)"
            " VALUES (?, ?, ?, ?, ?)"_s,
            { customerId, interactionId, kind, score, at });
    }

    Id agent(const QString &login, Role role)
    {
        return Query::scalar(m_db,
            u"INSERT INTO agents (login, display_name, role, created_at) VALUES (?, ?, ?, 0) RETURNING id"_s,
            { login, login, keyOf(role) })
            .toLongLong();
    }

    Id interaction(Id customer, std::optional<Id> agent, const QString &kind, const QString &direction, Millis at,
        std::optional<Id> cause = std::nullopt, const QString &channel = u"email"_s)
    {
        return Query::scalar(m_db,
            u"INSERT INTO interactions (customer_id, agent_id, channel, direction, kind, subject,"
            " occurred_at, created_at, complaint_cause_id) VALUES (?, ?, ?, ?, ?, 'x', ?, ?, ?)"
            " RETURNING id"_s,
            { customer, sql::nullable(agent), channel, direction, kind, at, at, sql::nullable(cause) })
            .toLongLong();
    }

    void survey(Id customer, std::optional<Id> agent, const QString &kind, int score, Millis at)
    {
        surveyOn(interaction(customer, agent, u"feedback"_s, u"inbound"_s, at), customer, kind, score, at);
    }

    Id escalation(Id creator, std::optional<Id> assignee, Millis created, std::optional<Millis> claimAfter,
        Millis claimWithin, std::optional<Millis> resolveAfter, Millis resolveWithin)
    {
        const QString state = resolveAfter ? u"resolved"_s : (claimAfter ? u"in_progress"_s : u"new"_s);
        return Query::scalar(m_db,
            u"INSERT INTO escalations (customer_id, created_by, assigned_to, state, severity, category,"
            " summary, created_at, claimed_at, resolved_at, claim_due_at, resolve_due_at, sla_due_at)"
            " VALUES (1, ?, ?, ?, 's2', 'bug', 'x', ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { creator, sql::nullable(assignee), state, created,
                claimAfter ? QVariant(created + *claimAfter) : QVariant(),
                resolveAfter ? QVariant(created + *resolveAfter) : QVariant(), created + claimWithin,
                created + resolveWithin, created + resolveWithin })
            .toLongLong();
    }

    void event(Id escalationId, Id actor, const QString &action, Millis at)
    {
        Query::run(m_db,
            u"INSERT INTO escalation_events (escalation_id, actor_id, action, to_state, occurred_at)"
            " VALUES (?, ?, ?, 'resolved', ?)"_s,
            { escalationId, actor, action, at });
    }

protected:
    QSqlDatabase m_db;
};

// A small team and two weeks of its work, written row by row so every number below can be counted by hand.
// Agents: lead, repA, repB (service reps), spec (support specialist). Customers 1-5 and 6 were customers
// before the period; 6 churns in week 0, 7 had churned before it, 8 joins in week 0 and churns in week 1,
// 9 is a prospect.
class HandCountedTeam : public KpiRows
{
public:
    explicit HandCountedTeam(Workspace &workspace) : KpiRows(workspace)
    {
        lead = agent(u"lead"_s, Role::TeamLead);
        repA = agent(u"repa"_s, Role::ServiceRep);
        repB = agent(u"repb"_s, Role::ServiceRep);
        spec = agent(u"spec"_s, Role::SupportSpecialist);
        for (int i = 1; i <= 9; ++i) {
            const bool joinsInPeriod = i == 8;
            const QString lifecycle = i == 9   ? u"prospect"_s
                : (i == 6 || i == 7 || i == 8) ? u"churned"_s
                                               : u"customer"_s;
            const QVariant churnedAt = i == 6 ? QVariant(periodStart + 3 * day)
                : i == 7                      ? QVariant(periodStart - 10 * day)
                : i == 8                      ? QVariant(periodStart + 9 * day)
                                              : QVariant();
            const Millis created = joinsInPeriod ? periodStart + day : periodStart - 100 * day;
            Query::run(m_db,
                u"INSERT INTO customers (id, first_name, last_name, sort_name, lifecycle, created_at, updated_at,"
                " churned_at) VALUES (?, ?, 'Test', ?, ?, ?, ?, ?)"_s,
                { i, u"Customer%1"_s.arg(i), u"customer%1 test"_s.arg(i), lifecycle, created, created, churnedAt });
        }
        lateDelivery
            = Query::scalar(m_db, u"INSERT INTO complaint_causes (name) VALUES ('Late delivery') RETURNING id"_s)
                  .toLongLong();
        billingError
            = Query::scalar(m_db, u"INSERT INTO complaint_causes (name) VALUES ('Billing error') RETURNING id"_s)
                  .toLongLong();

        // repA served customers 1, 2 and 6 in the 90 days before the period.
        for (const Id customer : { 1, 2, 6 })
            interaction(customer, repA, u"message"_s, u"outbound"_s, periodStart - 5 * day);

        // Surveys. Week 0: repA CSAT 5, 4, 2 and NPS 10. Week 1: repB CSAT 3, NPS 6, CES 2 and 4; NPS 9 with
        // nobody's interaction. Outside the period: CSAT 1 the day before, CSAT 1 at its end (exclusive).
        survey(5, repA, u"csat"_s, 5, periodStart + 1 * day);
        survey(5, repA, u"csat"_s, 4, periodStart + 2 * day);
        survey(5, repA, u"csat"_s, 2, periodStart + 3 * day);
        survey(5, repA, u"nps"_s, 10, periodStart + 4 * day);
        survey(5, repB, u"csat"_s, 3, periodStart + 8 * day);
        survey(5, repB, u"nps"_s, 6, periodStart + 8 * day + hour);
        survey(5, repB, u"ces"_s, 2, periodStart + 9 * day);
        survey(5, repB, u"ces"_s, 4, periodStart + 10 * day);
        survey(5, std::nullopt, u"nps"_s, 9, periodStart + 11 * day);
        survey(5, repA, u"csat"_s, 1, periodStart - day);
        survey(5, repA, u"csat"_s, 1, periodStart + 14 * day);

        // Contacts and first responses. Week 0: customer 1 writes (nobody's), repA answers 30 min later;
        // customer 2 complains (repB, late delivery), repB calls back 2 h later. Week 1: customer 3 writes
        // (repA) and gets no answer; customer 4 complains (repA, late delivery), repA answers 1 h later;
        // customer 5 complains (nobody's, billing error) and gets no answer. A note is no contact.
        interaction(1, std::nullopt, u"message"_s, u"inbound"_s, periodStart + hour);
        interaction(1, repA, u"message"_s, u"outbound"_s, periodStart + hour + 30 * minute);
        interaction(2, repB, u"complaint"_s, u"inbound"_s, periodStart + 2 * day, lateDelivery);
        interaction(2, repB, u"call"_s, u"outbound"_s, periodStart + 2 * day + 2 * hour);
        interaction(3, repA, u"note"_s, u"internal"_s, periodStart + day, std::nullopt, u"internal"_s);
        interaction(3, repA, u"message"_s, u"inbound"_s, periodStart + 8 * day);
        interaction(4, repA, u"complaint"_s, u"inbound"_s, periodStart + 9 * day, lateDelivery);
        interaction(4, repA, u"message"_s, u"outbound"_s, periodStart + 9 * day + hour);
        interaction(5, std::nullopt, u"complaint"_s, u"inbound"_s, periodStart + 10 * day, billingError);

        // Referrals: repA asks customer 1 (week 0), customer 1 refers someone (logged by repB, linked to
        // repA's request); an unlinked referral logged by repB in week 1.
        const Id request = interaction(1, repA, u"referral"_s, u"outbound"_s, periodStart + 3 * day);
        const Id received = interaction(1, repB, u"referral"_s, u"inbound"_s, periodStart + 5 * day);
        Query::run(m_db, u"UPDATE interactions SET referral_request_id = ? WHERE id = ?"_s, { request, received });
        interaction(2, repB, u"referral"_s, u"inbound"_s, periodStart + 9 * day);

        // Escalations. E1 (repA, week 0): claimed and resolved in time after 4 h. E2 (repB, week 1): claimed
        // late, resolved after 10 h, reopened, resolved again after 20 h. E3 (repA, week 1): never claimed,
        // due within the period and long past. E4 (repB) is from before the period.
        const Id e1 = escalation(repA, spec, periodStart + day, 30 * minute, hour, 4 * hour, 8 * hour);
        event(e1, spec, u"resolve"_s, periodStart + day + 4 * hour);
        const Id e2 = escalation(repB, spec, periodStart + 8 * day, 2 * hour, hour, 20 * hour, 24 * hour);
        event(e2, spec, u"resolve"_s, periodStart + 8 * day + 10 * hour);
        event(e2, repB, u"reopen"_s, periodStart + 8 * day + 12 * hour);
        event(e2, spec, u"resolve"_s, periodStart + 8 * day + 20 * hour);
        escalation(repA, std::nullopt, periodStart + 10 * day, std::nullopt, hour, std::nullopt, 2 * day);
        escalation(repB, spec, periodStart - 3 * day, hour / 2, hour, 3 * hour, 2 * day);
    }

    Id lead = 0;
    Id repA = 0;
    Id repB = 0;
    Id spec = 0;
    Id lateDelivery = 0;
    Id billingError = 0;
};

KpiQuery twoWeeks()
{
    return { periodStart, periodStart + 14 * day, std::nullopt, std::nullopt };
}

Actor actorOf(Id id, Role role)
{
    return { id, u"someone"_s, role };
}

} // namespace

TEST_CASE("the team's KPIs for a period come to the hand-counted numbers", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    const HandCountedTeam team(workspace);
    test::MockClock clock(periodStart + 21 * day);
    const KpiService kpis(workspace, clock);

    const KpiReport report = kpis.report(actorOf(team.lead, Role::TeamLead), twoWeeks());
    const KpiValues &v = report.values;
    CHECK(*v.csat == Approx(50.0)); // 5 4 2 3: two of four satisfied
    CHECK(*v.nps == Approx(100.0 / 3)); // 10 6 9: two promoters, one detractor of three
    CHECK(*v.ces == Approx(3.0)); // 2 and 4
    CHECK(*v.churnRate == Approx(100.0 / 6)); // customer 6 of 1-6
    CHECK(*v.firstResponseTime == 70 * minute); // 30 min, 2 h, 1 h
    CHECK(*v.timeToResolution == 12 * hour); // 4 h and 20 h
    CHECK(*v.escalationRate == Approx(3.0 / 8 * 100)); // E1-E3 over eight contacts
    CHECK(*v.slaCompliance == Approx(100.0 / 3)); // E1 met; E2 claimed late; E3 overdue
    CHECK(*v.reopenRate == Approx(100.0 / 3)); // three resolutions, the first of E2 reopened
    CHECK(v.referralRequests == 1);
    CHECK(v.referralsReceived == 2);
    CHECK(report.counts.contacts == 8);
    CHECK(report.counts.customersAtStart == 6);
    CHECK(report.counts.customersLost == 1);

    REQUIRE(report.topCauses.size() == 2);
    CHECK(report.topCauses.at(0).name == u"Late delivery"_s);
    CHECK(report.topCauses.at(0).complaints == 2);
    CHECK(report.topCauses.at(1).name == u"Billing error"_s);
    CHECK(report.topCauses.at(1).complaints == 1);

    REQUIRE(report.weeks.size() == 2);
    const KpiValues &first = report.weeks.at(0).values;
    CHECK(report.weeks.at(0).start == periodStart);
    CHECK(report.weeks.at(1).end == periodStart + 14 * day);
    CHECK(*first.csat == Approx(200.0 / 3)); // 5 4 2
    CHECK(*first.nps == Approx(100.0)); // 10
    CHECK_FALSE(first.ces.has_value()); // no CES answer in week 0
    CHECK(*first.escalationRate == Approx(25.0)); // E1 over four contacts
    CHECK(*first.firstResponseTime == 75 * minute);
    CHECK(*first.slaCompliance == Approx(100.0));
    CHECK(*first.reopenRate == Approx(0.0));
    CHECK(*first.churnRate == Approx(100.0 / 6)); // customer 6 of six
    const KpiValues &second = report.weeks.at(1).values;
    CHECK(*second.csat == Approx(0.0));
    CHECK(*second.nps == Approx(0.0)); // 6 and 9
    CHECK(*second.ces == Approx(3.0));
    CHECK(*second.escalationRate == Approx(50.0));
    CHECK(*second.firstResponseTime == hour);
    CHECK(*second.timeToResolution == 20 * hour);
    CHECK(*second.slaCompliance == Approx(0.0));
    CHECK(*second.reopenRate == Approx(50.0));
    // Customers 1-5 and 8 (joined in week 0) were there when week 1 began; 8 left.
    CHECK(report.weeks.at(1).counts.customersAtStart == 6);
    CHECK(*second.churnRate == Approx(100.0 / 6));
}

TEST_CASE("one agent's and one role's KPIs count their own work", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    const HandCountedTeam team(workspace);
    test::MockClock clock(periodStart + 21 * day);
    const KpiService kpis(workspace, clock);
    const Actor lead = actorOf(team.lead, Role::TeamLead);

    KpiQuery query = twoWeeks();
    query.agentId = team.repA;
    const KpiValues repA = kpis.report(lead, query).values;
    CHECK(*repA.csat == Approx(200.0 / 3)); // 5 4 2
    CHECK(*repA.nps == Approx(100.0)); // 10
    CHECK_FALSE(repA.ces.has_value());
    CHECK(*repA.churnRate == Approx(100.0 / 3)); // served 1, 2 and 6; 6 left
    CHECK(*repA.firstResponseTime == 45 * minute); // 30 min and 1 h
    CHECK(*repA.escalationRate == Approx(50.0)); // E1 and E3 over four contacts
    CHECK(*repA.timeToResolution == 4 * hour); // E1
    CHECK(*repA.slaCompliance == Approx(50.0)); // E1 met, E3 overdue
    CHECK_FALSE(repA.reopenRate.has_value()); // repA resolved nothing
    CHECK(repA.referralRequests == 1);
    CHECK(repA.referralsReceived == 1); // credited through the linked request

    query.agentId = team.spec;
    const KpiValues spec = kpis.report(lead, query).values;
    CHECK_FALSE(spec.escalationRate.has_value()); // no contacts of their own
    CHECK(*spec.timeToResolution == 12 * hour); // E1 and E2, assigned
    CHECK(*spec.slaCompliance == Approx(50.0)); // E1 met, E2 claimed late
    CHECK(*spec.reopenRate == Approx(100.0 / 3)); // their three resolutions, one reopened

    query.agentId.reset();
    query.role = Role::ServiceRep;
    const KpiReport reps = kpis.report(lead, query);
    CHECK(*reps.values.csat == Approx(50.0)); // 5 4 2 3
    CHECK(reps.values.referralsReceived == 2); // one through repA's request, one logged by repB
    CHECK(reps.counts.contacts == 6); // all but customer 1's message and 5's complaint: nobody's
}

TEST_CASE("a first response is the customer's next answer, however the rows lie", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    KpiRows rows(workspace);
    const Id lead = rows.agent(u"lead"_s, Role::TeamLead);
    const Id repA = rows.agent(u"repa"_s, Role::ServiceRep);
    const Id repB = rows.agent(u"repb"_s, Role::ServiceRep);
    for (Id customer = 1; customer <= 7; ++customer)
        rows.customer(customer);
    const QString message = u"message"_s;
    const QString inbound = u"inbound"_s;
    const QString outbound = u"outbound"_s;

    // Customer 1: answered in the same millisecond (0), and later a second message answered after 2 h, with
    // an internal note between (no answer).
    rows.interaction(1, std::nullopt, message, inbound, periodStart + hour);
    rows.interaction(1, repA, message, outbound, periodStart + hour);
    rows.interaction(1, std::nullopt, message, inbound, periodStart + 5 * day);
    rows.interaction(1, repB, u"note"_s, u"internal"_s, periodStart + 5 * day + hour, std::nullopt, u"internal"_s);
    rows.interaction(1, repA, u"call"_s, outbound, periodStart + 5 * day + 2 * hour);
    // Customer 2: repB's answer after 10 min was corrected into repA's after 20 min; the correction counts.
    rows.interaction(2, std::nullopt, u"complaint"_s, inbound, periodStart + day);
    const Id corrected = rows.interaction(2, repB, message, outbound, periodStart + day + 10 * minute);
    const Id correction = rows.correct(corrected, 2, repA, message, outbound, periodStart + day + 20 * minute);
    // Customer 3: two answers in the same millisecond; the one written first (repB's) is the answer.
    rows.interaction(3, std::nullopt, message, inbound, periodStart + 2 * day);
    rows.interaction(3, repB, message, outbound, periodStart + 2 * day + 30 * minute);
    rows.interaction(3, repA, message, outbound, periodStart + 2 * day + 30 * minute);
    // Customer 4: an answer from before the period answers nothing in it; two messages late in week 1 share
    // repB's one answer, sent after the period ended (25 h and 24 h 10 min).
    rows.interaction(4, repA, message, outbound, periodStart - hour);
    rows.interaction(4, std::nullopt, message, inbound, periodStart + 13 * day + 23 * hour);
    rows.interaction(4, std::nullopt, message, inbound, periodStart + 14 * day - 10 * minute);
    rows.interaction(4, repB, message, outbound, periodStart + 15 * day);
    // Customer 5: never answered.
    rows.interaction(5, std::nullopt, message, inbound, periodStart + 3 * day);
    // Customer 6: an answer written before the message it answers, in the same millisecond (0, repA's).
    rows.interaction(6, repA, message, outbound, periodStart + 4 * day);
    rows.interaction(6, std::nullopt, message, inbound, periodStart + 4 * day);
    // Customer 7: answered after 15 min by nobody in particular (an import's row): the team's, no agent's.
    rows.interaction(7, std::nullopt, message, inbound, periodStart + 6 * day);
    rows.interaction(7, std::nullopt, message, outbound, periodStart + 6 * day + 15 * minute);
    // Surveys on a corrected answer do not count; on its correction they do.
    rows.surveyOn(corrected, 2, u"csat"_s, 1, periodStart + 2 * day);
    rows.surveyOn(correction, 2, u"csat"_s, 5, periodStart + 2 * day);

    test::MockClock clock(periodStart + 21 * day);
    const KpiService kpis(workspace, clock);
    const Actor teamLead = actorOf(lead, Role::TeamLead);
    KpiQuery query = twoWeeks();
    const KpiReport team = kpis.report(teamLead, query);
    CHECK(team.counts.firstResponses == 8);
    // 0, 2 h, 20 min, 30 min, 25 h, 24 h 10 min, 0, 15 min
    CHECK(team.counts.firstResponseTotal == 52 * hour + 15 * minute);
    REQUIRE(team.weeks.size() == 2);
    CHECK(team.weeks.at(0).counts.firstResponses == 6);
    CHECK(team.weeks.at(0).counts.firstResponseTotal == 3 * hour + 5 * minute);
    CHECK(team.weeks.at(1).counts.firstResponses == 2);
    CHECK(team.weeks.at(1).counts.firstResponseTotal == 49 * hour + 10 * minute);
    CHECK(team.counts.csatAnswers == 1);
    CHECK(team.counts.csatSatisfied == 1);

    query.agentId = repA;
    const KpiReport a = kpis.report(teamLead, query);
    CHECK(a.counts.firstResponses == 4);
    CHECK(a.counts.firstResponseTotal == 2 * hour + 20 * minute);
    query.agentId = repB;
    const KpiReport b = kpis.report(teamLead, query);
    CHECK(b.counts.firstResponses == 3);
    CHECK(b.counts.firstResponseTotal == 49 * hour + 40 * minute);
    query.agentId.reset();
    query.role = Role::ServiceRep;
    CHECK(kpis.report(teamLead, query).counts.firstResponses == 7);
    query.role = Role::TeamLead;
    CHECK(kpis.report(teamLead, query).counts.firstResponses == 0);
}

TEST_CASE("reps and specialists see their own KPIs only", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    const HandCountedTeam team(workspace);
    test::MockClock clock(periodStart + 21 * day);
    const KpiService kpis(workspace, clock);
    const Actor repA = actorOf(team.repA, Role::ServiceRep);
    const Actor spec = actorOf(team.spec, Role::SupportSpecialist);

    // Asking for nobody in particular gives their own numbers.
    const KpiReport own = kpis.report(repA, twoWeeks());
    CHECK(own.query.agentId == team.repA);
    CHECK(*own.values.firstResponseTime == 45 * minute);

    KpiQuery other = twoWeeks();
    other.agentId = team.repB;
    CHECK_THROWS_AS(kpis.report(repA, other), PermissionDenied);
    other.agentId = team.repA;
    CHECK_THROWS_AS(kpis.report(spec, other), PermissionDenied);
    KpiQuery role = twoWeeks();
    role.role = Role::ServiceRep;
    CHECK_THROWS_AS(kpis.report(repA, role), PermissionDenied);
    CHECK_THROWS_AS(kpis.report(spec, role), PermissionDenied);
    CHECK(kpis.agentsFor(repA).size() == 1);
    CHECK(kpis.agentsFor(actorOf(team.lead, Role::TeamLead)).size() == 4);

    KpiQuery backwards = twoWeeks();
    backwards.to = backwards.from;
    CHECK_THROWS_AS(kpis.report(repA, backwards), ServiceError);
}

TEST_CASE("every KPI with records behind it opens them in the records browser's filter", "[review]")
{
    KpiQuery query = twoWeeks();
    query.agentId = 7;
    for (const KpiMetric metric : Kpi::metrics()) {
        const std::optional<RecordsFilter> filter = KpiService::recordsBehind(metric, query);
        // Churn counts customers; the reply SLA and the answers with an article count conversations, which the
        // inbox lists, not the records.
        if (metric == KpiMetric::ChurnRate || metric == KpiMetric::ReplySla
            || metric == KpiMetric::AnsweredWithArticle) {
            CHECK_FALSE(filter.has_value());
            continue;
        }
        REQUIRE(filter.has_value());
        CHECK(filter->from == query.from);
        CHECK(filter->to == query.to);
        CHECK(filter->agentId == 7);
    }
    CHECK(KpiService::recordsBehind(KpiMetric::Csat, query)->surveyKind == SurveyKind::Csat);
    CHECK(KpiService::recordsBehind(KpiMetric::SlaCompliance, query)->recordType == RecordType::Escalation);
    CHECK(KpiService::recordsBehind(KpiMetric::ReferralRequests, query)->direction == Direction::Outbound);
    const RecordsFilter complaints = KpiService::complaintsWithCause(3, query);
    CHECK(complaints.complaintCauseId == 3);
    CHECK(complaints.kinds == QList<InteractionKind> { InteractionKind::Complaint });
}
