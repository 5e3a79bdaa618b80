// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/PresenceService.h"
#include "services/ServiceError.h"
#include "storage/ChangeFeed.h"
#include "storage/Query.h"

#include <QSignalSpy>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis second = 1'000;

qint64 auditEntries(Workspace &workspace)
{
    return Query::scalar(workspace.database(), u"SELECT count(*) FROM audit_log"_s).toLongLong();
}

Id anyConversation(Workspace &workspace)
{
    return Query::scalar(workspace.database(), u"SELECT min(id) FROM conversations"_s).toLongLong();
}

QStringList typingNames(const QList<ConversationPresence> &present)
{
    QStringList names;
    for (const ConversationPresence &agent : present) {
        if (agent.typing)
            names.append(agent.agentName);
    }
    return names;
}

} // namespace

TEST_CASE("a colleague's presence shows at a second desk, typing too, and goes when their heartbeat stops",
    "[inbox][presence][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &danaWorkspace = temp.openWithDemo(8, 100, 5);
    const std::unique_ptr<Workspace> otherWorkspace = Workspace::open(temp.path());
    test::MockClock clock;
    PresenceService danaDesk(danaWorkspace, clock);
    PresenceService otherDesk(*otherWorkspace, clock);
    ConversationService otherConversations(*otherWorkspace, clock);
    const Actor dana = AccountService(danaWorkspace).signInWithoutPassword(u"rep"_s);
    const Actor other = AccountService(*otherWorkspace).signInWithoutPassword(u"rep2"_s);
    const Id id = anyConversation(danaWorkspace);
    REQUIRE(id > 0);
    int presenceHeard = 0;
    int changesHeard = 0;
    QObject::connect(&otherDesk, &PresenceService::changed, [&presenceHeard] { ++presenceHeard; });
    QObject::connect(&otherConversations, &ConversationService::changed, [&changesHeard] { ++changesHeard; });
    otherWorkspace->changes().startWatching(20);
    const qint64 audited = auditEntries(danaWorkspace);

    danaDesk.open(dana, id);
    REQUIRE(test::waitUntil([&] { return presenceHeard > 0; }));
    QList<ConversationPresence> present = otherDesk.present(other, id);
    REQUIRE(present.size() == 1);
    CHECK(present.constFirst().agentId == dana.agentId);
    CHECK(present.constFirst().agentName == dana.name);
    CHECK_FALSE(present.constFirst().typing);
    CHECK(danaDesk.present(dana, id).isEmpty()); // nobody sees themselves

    presenceHeard = 0;
    danaDesk.typing(dana, id, true);
    REQUIRE(test::waitUntil([&] { return presenceHeard > 0; }));
    CHECK(typingNames(otherDesk.present(other, id)) == QStringList { dana.name });
    // Presence is told apart from data: the other desk re-reads presence, not the whole inbox.
    CHECK(changesHeard == 0);

    // Heartbeats keep Dana there; without them she is gone within the timeout, unannounced.
    clock.advance(PresenceService::heartbeatInterval);
    danaDesk.heartbeat();
    clock.advance(PresenceService::presenceTimeout - second);
    CHECK(otherDesk.present(other, id).size() == 1);
    clock.advance(2 * second);
    CHECK(otherDesk.present(other, id).isEmpty());
    // Back from a closed lid: the next heartbeat brings her back.
    danaDesk.heartbeat();
    CHECK(otherDesk.present(other, id).size() == 1);

    presenceHeard = 0;
    danaDesk.close(dana, id);
    REQUIRE(test::waitUntil([&] { return presenceHeard > 0; }));
    CHECK(otherDesk.present(other, id).isEmpty());
    danaDesk.heartbeat(); // nothing open any more: nothing comes back
    CHECK(otherDesk.present(other, id).isEmpty());

    // Where agents look is not audited.
    CHECK(auditEntries(danaWorkspace) == audited);
}

TEST_CASE("a read-only workspace shows presence but writes none", "[inbox][presence][readonly][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    test::MockClock clock;
    {
        Workspace &workspace = temp.openWithDemo(8, 100, 5);
        PresenceService desk(workspace, clock);
        desk.open(AccountService(workspace).signInWithoutPassword(u"rep"_s), anyConversation(workspace));
    }
    temp.close();
    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    Workspace &workspace = temp.open(readOnly);
    REQUIRE(workspace.isReadOnly());
    PresenceService desk(workspace, clock);
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
    const Id id = anyConversation(workspace);

    CHECK_THROWS_AS(desk.open(lead, id), PermissionDenied);
    CHECK_THROWS_AS(desk.typing(lead, id, true), PermissionDenied);
    CHECK_THROWS_AS(desk.close(lead, id), PermissionDenied);
    CHECK_NOTHROW(desk.heartbeat());
    CHECK(desk.present(lead, id).size() == 1);
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM conversation_presence"_s).toLongLong() == 1);
}

TEST_CASE("on a SQLite file, heartbeats tell the other desk nothing and an arrival tells it only of presence",
    "[inbox][presence]")
{
    test::TempWorkspace temp;
    Workspace &danaWorkspace = temp.openWithDemo(8, 100, 5);
    const std::unique_ptr<Workspace> otherWorkspace = Workspace::open(temp.path());
    test::MockClock clock;
    PresenceService danaDesk(danaWorkspace, clock);
    ConversationService danaConversations(danaWorkspace, clock);
    const Actor dana = AccountService(danaWorkspace).signInWithoutPassword(u"rep"_s);
    const Id id = anyConversation(danaWorkspace);
    ChangeFeed &otherFeed = otherWorkspace->changes();
    QSignalSpy dataChanged(&otherFeed, &ChangeFeed::changed);
    QSignalSpy presenceChanged(&otherFeed, &ChangeFeed::presenceChanged);
    CHECK_FALSE(otherFeed.poll()); // where the other desk starts from

    danaDesk.open(dana, id);
    CHECK_FALSE(otherFeed.poll());
    CHECK(presenceChanged.size() == 1);
    CHECK(dataChanged.isEmpty());

    for (int beat = 0; beat < 3; ++beat) {
        clock.advance(PresenceService::heartbeatInterval);
        danaDesk.heartbeat();
        CHECK_FALSE(otherFeed.poll());
    }
    CHECK(presenceChanged.size() == 1);
    CHECK(dataChanged.isEmpty());

    danaDesk.typing(dana, id, true);
    danaDesk.heartbeat();
    CHECK_FALSE(otherFeed.poll());
    CHECK(presenceChanged.size() == 2);
    CHECK(dataChanged.isEmpty());

    // A change of data is still one, and presence stays quiet while nobody came or went.
    danaConversations.markRead(dana, id);
    CHECK(otherFeed.poll());
    CHECK(dataChanged.size() == 1);
    CHECK(presenceChanged.size() == 2);

    danaDesk.close(dana, id);
    CHECK_FALSE(otherFeed.poll());
    CHECK(presenceChanged.size() == 3);
    CHECK(dataChanged.size() == 1);
}
