// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ServiceError.h"
#include "services/TimelineService.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("a customer's timeline pages newest first with every event exactly once", "[timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(10, 900, 5);
    test::MockClock clock;
    TimelineService timeline(workspace, clock);

    const qint64 expected = timeline.eventCount(1);
    REQUIRE(expected > 100);
    QSet<Id> seen;
    std::optional<TimelineCursor> cursor;
    TimelineCursor previous { std::numeric_limits<Millis>::max(), std::numeric_limits<Id>::max() };
    int pages = 0;
    do {
        const InteractionPage page = timeline.page(1, cursor, 37);
        for (const Interaction &interaction : page.interactions) {
            CHECK(interaction.customerId == 1);
            const bool older = interaction.occurredAt < previous.occurredAt
                || (interaction.occurredAt == previous.occurredAt && interaction.id < previous.id);
            CHECK(older);
            previous = { interaction.occurredAt, interaction.id };
            CHECK_FALSE(seen.contains(interaction.id));
            seen.insert(interaction.id);
        }
        cursor = page.next;
        ++pages;
    } while (cursor);
    CHECK(seen.size() == expected);
    CHECK(pages == (expected + 36) / 37);
}

TEST_CASE("logging an interaction stores it with its audit record and tells listeners", "[timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 20, 5);
    test::MockClock clock;
    TimelineService timeline(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    int notifications = 0;
    QObject::connect(&timeline, &TimelineService::changed, [&notifications] { ++notifications; });

    Interaction call;
    call.customerId = 2;
    call.kind = InteractionKind::Call;
    call.channel = Channel::Phone;
    call.subject = u"Asked about the delivery date"_s;
    call.body = u"Promised a call back tomorrow. 📞"_s;
    const Id id = timeline.logInteraction(rep, call);

    const auto stored = timeline.interaction(id);
    REQUIRE(stored);
    CHECK(stored->agentId == rep.agentId);
    CHECK(stored->agentName == rep.name);
    CHECK(stored->occurredAt == clock.now());
    CHECK(stored->body == call.body);
    CHECK(timeline.page(2, std::nullopt, 1).interactions.front().id == id);
    CHECK(notifications == 1);
    CHECK(Query::scalar(workspace.database(),
              u"SELECT count(*) FROM audit_log WHERE action = 'interaction.log'"
              " AND entity_id = ? AND actor_id = ?"_s,
              { id, rep.agentId })
              .toInt()
        == 1);
    CHECK_FALSE(AuditLog(workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("logging for a customer that does not exist is refused and writes nothing", "[timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 20, 5);
    test::MockClock clock;
    TimelineService timeline(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    Interaction note;
    note.customerId = 999;
    CHECK_THROWS_AS(timeline.logInteraction(rep, note), ServiceError);
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM interactions"_s).toInt() == 20);
}
