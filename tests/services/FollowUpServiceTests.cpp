// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/FollowUpService.h"
#include "services/ServiceError.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"

#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis hour = 60 * 60 * 1000;
constexpr Millis day = 24 * hour;

qint64 countRows(Workspace &workspace, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return Query::scalar(workspace.database(), statement, values).toLongLong();
}

QList<Id> idsOf(const FollowUpPage &page)
{
    QList<Id> ids;
    for (const FollowUpItem &item : page.items)
        ids.append(item.followUp.id);
    return ids;
}

} // namespace

TEST_CASE("quick follow-up choices land on the start of a working day, never on a weekend",
    "[timeline][followups][frontline]")
{
    const QTimeZone zone = QTimeZone::fromSecondsAheadOfUtc(3600);
    const QDateTime wednesday(QDate(2026, 1, 7), QTime(15, 30), zone);
    CHECK(FollowUpService::dueTimeFor(FollowUpWhen::NextWorkingDay, wednesday)
        == QDateTime(QDate(2026, 1, 8), QTime(9, 0), zone));
    // Wednesday plus three working days is Monday, not Saturday.
    CHECK(FollowUpService::dueTimeFor(FollowUpWhen::InThreeWorkingDays, wednesday)
        == QDateTime(QDate(2026, 1, 12), QTime(9, 0), zone));
    const QDateTime friday(QDate(2026, 1, 9), QTime(16, 0), zone);
    CHECK(FollowUpService::dueTimeFor(FollowUpWhen::NextWorkingDay, friday)
        == QDateTime(QDate(2026, 1, 12), QTime(9, 0), zone));
    CHECK(FollowUpService::dueTimeFor(FollowUpWhen::InThreeWorkingDays, friday)
        == QDateTime(QDate(2026, 1, 14), QTime(9, 0), zone));
    const QDateTime saturday(QDate(2026, 1, 10), QTime(11, 0), zone);
    CHECK(FollowUpService::dueTimeFor(FollowUpWhen::NextWorkingDay, saturday)
        == QDateTime(QDate(2026, 1, 12), QTime(9, 0), zone));
    CHECK(FollowUpService::dueTimeFor(FollowUpWhen::NextWeek, wednesday)
        == QDateTime(QDate(2026, 1, 12), QTime(9, 0), zone));
    const QDateTime sunday(QDate(2026, 1, 11), QTime(8, 0), zone);
    CHECK(FollowUpService::dueTimeFor(FollowUpWhen::NextWeek, sunday)
        == QDateTime(QDate(2026, 1, 12), QTime(9, 0), zone));
    const QDateTime monday(QDate(2026, 1, 12), QTime(8, 0), zone);
    CHECK(FollowUpService::dueTimeFor(FollowUpWhen::NextWeek, monday)
        == QDateTime(QDate(2026, 1, 19), QTime(9, 0), zone));
}

TEST_CASE("scheduling a follow-up puts it on the timeline, in the agent's list and in the audit trail",
    "[timeline][followups]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(5, 30, 6);
    test::MockClock clock(test::TempWorkspace::demoAnchor + 30 * day);
    FollowUpService followUps(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep3"_s);
    int notifications = 0;
    QObject::connect(&followUps, &FollowUpService::changed, [&notifications] { ++notifications; });
    const qint64 openBefore = followUps.openCount(rep);

    const Millis due = clock.now() + 3 * day;
    const Id id = followUps.schedule(rep, 4, due, u"  Call back about the replacement part  "_s);
    CHECK(notifications == 1);
    CHECK(followUps.openCount(rep) == openBefore + 1);
    const QList<FollowUpItem> forCustomer = followUps.openForCustomer(4);
    const auto found = std::find_if(
        forCustomer.cbegin(), forCustomer.cend(), [id](const FollowUpItem &item) { return item.followUp.id == id; });
    REQUIRE(found != forCustomer.cend());
    CHECK(found->followUp.note == u"Call back about the replacement part"_s);
    CHECK(found->followUp.dueAt == due);
    CHECK(found->followUp.agentId == rep.agentId);
    CHECK(found->agentName == rep.name);
    CHECK_FALSE(found->overdue);

    const Interaction entry = InteractionRepository(workspace).pageForCustomer(4, std::nullopt, 1).interactions.front();
    CHECK(entry.kind == InteractionKind::FollowUp);
    CHECK(entry.channel == Channel::Internal);
    CHECK(entry.agentId == rep.agentId);
    CHECK(entry.body == u"Call back about the replacement part"_s);
    CHECK(entry.occurredAt == clock.now());
    CHECK(countRows(workspace,
              u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.schedule' AND entity_id = ?"
              " AND actor_id = ?"_s,
              { id, rep.agentId })
        == 1);

    const qint64 interactions = countRows(workspace, u"SELECT count(*) FROM interactions"_s);
    CHECK_THROWS_WITH(followUps.schedule(rep, 4, clock.now() - day, QString()), ContainsSubstring("future"));
    CHECK_THROWS_AS(followUps.schedule(rep, 4, clock.now() + 20 * 366 * day, QString()), ServiceError);
    CHECK_THROWS_AS(followUps.schedule(rep, 4, due, QString(3000, u'x')), ServiceError);
    CHECK_THROWS_AS(followUps.schedule(rep, 9999, due, QString()), ServiceError);
    CHECK(countRows(workspace, u"SELECT count(*) FROM interactions"_s) == interactions);
    CHECK(followUps.openCount(rep) == openBefore + 1);
}

TEST_CASE("my follow-ups: due first, overdue marked, keyset-paged, completed ones gone", "[timeline][followups]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(8, 30, 6);
    test::MockClock clock(test::TempWorkspace::demoAnchor + 60 * day);
    FollowUpService followUps(workspace, clock);
    AccountService accounts(workspace);
    // rep2 gets a clean slate: the demo's follow-ups are all older than this clock and done here.
    const Actor rep = accounts.signInWithoutPassword(u"rep2"_s);
    const Actor other = accounts.signInWithoutPassword(u"rep3"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);
    Query::run(
        workspace.database(), u"UPDATE follow_ups SET done_at = ? WHERE agent_id = ?"_s, { clock.now(), rep.agentId });

    const Id inFiveDays = followUps.schedule(rep, 1, clock.now() + 5 * day, u"five"_s);
    const Id inOneHour = followUps.schedule(rep, 2, clock.now() + hour, u"hour"_s);
    const Id tomorrow = followUps.schedule(rep, 3, clock.now() + day, u"day"_s);
    const Id alsoTomorrow = followUps.schedule(rep, 5, clock.now() + day, u"day too"_s);
    const Id someoneElses = followUps.schedule(other, 4, clock.now() + 2 * hour, u"not mine"_s);

    CHECK(
        idsOf(followUps.myFollowUps(rep, std::nullopt)) == QList<Id> { inOneHour, tomorrow, alsoTomorrow, inFiveDays });
    CHECK(followUps.overdueCount(rep) == 0);

    // Two days later the first three are overdue, and still first.
    clock.advance(2 * day);
    const FollowUpPage page = followUps.myFollowUps(rep, std::nullopt);
    REQUIRE(page.items.size() == 4);
    CHECK(page.items.at(0).overdue);
    CHECK(page.items.at(1).overdue);
    CHECK(page.items.at(2).overdue);
    CHECK_FALSE(page.items.at(3).overdue);
    CHECK(followUps.overdueCount(rep) == 3);
    CHECK(page.items.at(0).customerName.size() > 0);

    QList<Id> paged;
    std::optional<FollowUpCursor> cursor;
    do {
        const FollowUpPage part = followUps.myFollowUps(rep, cursor, 3);
        paged.append(idsOf(part));
        cursor = part.next;
    } while (cursor);
    CHECK(paged == idsOf(page));

    followUps.complete(rep, tomorrow);
    CHECK(idsOf(followUps.myFollowUps(rep, std::nullopt)) == QList<Id> { inOneHour, alsoTomorrow, inFiveDays });
    CHECK(countRows(workspace, u"SELECT done_at FROM follow_ups WHERE id = ?"_s, { tomorrow }) == clock.now());
    CHECK(countRows(workspace,
              u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.complete' AND entity_id = ?"_s, { tomorrow })
        == 1);
    CHECK_THROWS_WITH(followUps.complete(rep, tomorrow), ContainsSubstring("already"));

    // Only its agent or a team lead completes a follow-up.
    CHECK_THROWS_AS(followUps.complete(other, inOneHour), PermissionDenied);
    CHECK_THROWS_AS(followUps.complete(specialist, inOneHour), PermissionDenied);
    followUps.complete(lead, inOneHour);
    CHECK(idsOf(followUps.myFollowUps(rep, std::nullopt)) == QList<Id> { alsoTomorrow, inFiveDays });
    CHECK(idsOf(followUps.myFollowUps(other, std::nullopt)).contains(someoneElses));
    CHECK_THROWS_AS(followUps.complete(rep, 99999), ServiceError);
}
