// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/KpiService.h"
#include "services/RecordsService.h"
#include "services/ReviewService.h"
#include "services/ServiceError.h"
#include "storage/Query.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

// The review and account rows of the role table (DESIGN.md section 2), one refusal at a time: records and
// KPIs are everything for leads and their own for others; the audit trail and accounts are for leads only.

namespace {

QaReview allFours()
{
    QaReview review;
    for (const QaCriterion criterion : QaRubric::criteria())
        review.setScore(criterion, 4);
    return review;
}

Id interactionOf(Workspace &workspace, Id agentId)
{
    return Query::scalar(workspace.database(), u"SELECT min(id) FROM interactions WHERE agent_id = ?"_s, { agentId })
        .toLongLong();
}

} // namespace

TEST_CASE("reps and specialists are refused others' records; unasked they get their own", "[review][accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(20, 400, 3);
    test::MockClock clock;
    RecordsService records(workspace, clock);
    AccountService accounts(workspace);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);

    for (const Actor &agent : { rep, specialist }) {
        INFO(agent.name.toStdString());
        RecordsFilter others;
        others.agentId = lead.agentId;
        CHECK_THROWS_AS(records.page(agent, others, {}, std::nullopt), PermissionDenied);
        CHECK_THROWS_AS(records.count(agent, others), PermissionDenied);
        RecordsFilter leads;
        leads.role = Role::TeamLead;
        CHECK_THROWS_AS(records.page(agent, leads, {}, std::nullopt), PermissionDenied);
        CHECK_THROWS_AS(records.count(agent, leads), PermissionDenied);
        CHECK_THROWS_AS(records.recordExport(agent, others, 1), PermissionDenied);

        const RecordsPage own = records.page(agent, {}, {}, std::nullopt, 1000);
        REQUIRE_FALSE(own.rows.isEmpty());
        for (const RecordRow &row : own.rows) {
            if (row.type == RecordType::Interaction)
                CHECK(row.agentId == agent.agentId);
        }
        CHECK(records.count(agent, {}) < records.count(lead, {}));
        CHECK(records.filterableAgents(agent).size() == 1);
    }
    RecordsFilter someoneElse;
    someoneElse.agentId = rep.agentId;
    CHECK(records.count(lead, someoneElse) == records.count(rep, {}));
}

TEST_CASE("only team leads score interactions; agents read the feedback on their own", "[review][accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(20, 400, 3);
    test::MockClock clock;
    ReviewService reviews(workspace, clock);
    AccountService accounts(workspace);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor rep2 = accounts.signInWithoutPassword(u"rep2"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);
    const Id repsWork = interactionOf(workspace, rep.agentId);

    CHECK_THROWS_AS(reviews.score(rep, repsWork, allFours()), PermissionDenied);
    CHECK_THROWS_AS(reviews.score(specialist, repsWork, allFours()), PermissionDenied);
    reviews.score(lead, repsWork, allFours());
    CHECK(reviews.reviewsOf(rep, repsWork).size() == 1);
    CHECK_THROWS_AS(reviews.reviewsOf(rep2, repsWork), PermissionDenied);
    CHECK_THROWS_AS(reviews.reviewsOf(specialist, repsWork), PermissionDenied);
}

TEST_CASE("the audit trail is for team leads only", "[review][accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    AuditService audit(workspace);
    AccountService accounts(workspace);
    for (const QString &login : { u"rep"_s, u"specialist"_s }) {
        const Actor agent = accounts.signInWithoutPassword(login);
        CHECK_THROWS_AS(audit.page(agent, std::nullopt), PermissionDenied);
        CHECK_THROWS_AS(audit.verify(agent), PermissionDenied);
    }
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);
    CHECK_FALSE(audit.page(lead, std::nullopt).entries.isEmpty());
    CHECK_FALSE(audit.verify(lead).firstBrokenId.has_value());
}

TEST_CASE("accounts are for team leads only, and a lead demoted meanwhile is one no more", "[review][accounts]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    AccountService accounts(workspace);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);
    const Actor rep2 = accounts.signInWithoutPassword(u"rep2"_s);
    const NewAgent account { u"newbie"_s, u"New Bie"_s, QString(), Role::ServiceRep, u"long enough password"_s };

    for (const QString &login : { u"rep"_s, u"specialist"_s }) {
        const Actor agent = accounts.signInWithoutPassword(login);
        INFO(login.toStdString());
        CHECK_THROWS_AS(accounts.accounts(agent), PermissionDenied);
        CHECK_THROWS_AS(accounts.addAgent(agent, account), PermissionDenied);
        CHECK_THROWS_AS(accounts.setActive(agent, rep2.agentId, false), PermissionDenied);
        CHECK_THROWS_AS(accounts.changeRole(agent, agent.agentId, Role::TeamLead), PermissionDenied);
        CHECK_THROWS_AS(accounts.setPassword(agent, rep2.agentId, u"long enough password"_s), PermissionDenied);
        // Their own password they may change.
        CHECK_NOTHROW(accounts.setPassword(agent, agent.agentId, u"long enough password"_s));
    }

    // rep2 made lead, signs in, is demoted by the first lead: the session's copy says lead, the account not.
    accounts.changeRole(lead, rep2.agentId, Role::TeamLead);
    const Actor staleLead = accounts.signInWithoutPassword(u"rep2"_s);
    accounts.changeRole(lead, rep2.agentId, Role::ServiceRep);
    CHECK_THROWS_AS(accounts.addAgent(staleLead, account), PermissionDenied);
    CHECK_THROWS_AS(accounts.accounts(staleLead), PermissionDenied);
    CHECK(accounts.accounts(lead).size() == DemoDataWriter::demoAgentCount);
}
