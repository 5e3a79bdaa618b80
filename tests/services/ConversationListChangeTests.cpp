// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "storage/ChangeFeed.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// What one desk's conversation service told its lists, one announcement at a time.
struct ListChanges
{
    explicit ListChanges(ConversationService &service)
    {
        QObject::connect(&service, &ConversationService::listChanged, &service,
            [this](const ConversationListChange &change) { heard.append(change); });
    }

    // Waits for the next announcement and returns it; none within five seconds fails the test.
    ConversationListChange next()
    {
        REQUIRE(test::waitUntil([this] { return !heard.isEmpty(); }, 5000));
        return heard.takeFirst();
    }

    QList<ConversationListChange> heard;
};

} // namespace

TEST_CASE(
    "another desk's change reaches a team desk's lists as the conversations it changed", "[inbox][services][postgres]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("No PostgreSQL test server: set TANDEM_TEST_POSTGRES_URL (the README test command starts one).");
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &workspace = temp.openWithDemo(8, 100, 5);
    test::MockClock clock;
    ConversationService desk(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    workspace.changes().startWatching(100);
    ListChanges changes(desk);

    std::unique_ptr<Workspace> colleaguesWorkspace = Workspace::open(temp.path());
    ConversationService colleague(*colleaguesWorkspace, clock);
    const Actor lead = AccountService(*colleaguesWorkspace).signInWithoutPassword(u"lead"_s);

    // A customer writes in for the first time: their conversation and their new customer row are named.
    const InboundReceipt first = colleague.recordInbound(test::customerEmail(u"amara"_s, clock.now()));
    ConversationListChange change = changes.next();
    CHECK(change.rowsNamed);
    CHECK(change.conversationIds == QSet<Id> { first.conversationId });
    CHECK(change.customerIds.contains(first.customerId));

    // Closed at another desk: that conversation alone.
    colleague.close(lead, { first.conversationId });
    change = changes.next();
    CHECK(change.rowsNamed);
    CHECK(change.conversationIds == QSet<Id> { first.conversationId });
    CHECK(change.customerIds.isEmpty());

    // A change no list shows reaches the desk (changed()) but none of its lists.
    bool heardChange = false;
    QObject::connect(&desk, &ConversationService::changed, &desk, [&heardChange] { heardChange = true; });
    Query::run(colleaguesWorkspace->database(),
        u"UPDATE interactions SET subject = subject || '.' WHERE id = (SELECT min(id) FROM interactions)"_s);
    REQUIRE(test::waitUntil([&heardChange] { return heardChange; }, 5000));
    CHECK(changes.heard.isEmpty());

    // A renamed agent may be on any row: everything is re-read.
    Query::run(colleaguesWorkspace->database(),
        u"UPDATE agents SET display_name = display_name || ' B.' WHERE login = 'lead'"_s);
    CHECK_FALSE(changes.next().rowsNamed);

    // A statement that changed many conversations names them all (the list is longer than a `name`'s 63 bytes).
    Query::run(colleaguesWorkspace->database(), u"UPDATE conversations SET priority = priority"_s);
    const qint64 conversations
        = Query::scalar(workspace.database(), u"SELECT count(*) FROM conversations"_s).toLongLong();
    REQUIRE(conversations > 30);
    REQUIRE(conversations <= ChangeFeed::maxNamedRows);
    change = changes.next();
    CHECK(change.rowsNamed);
    CHECK(change.conversationIds.size() == conversations);

    // One that changed more rows than a notification names (an import) names its table alone.
    Query::run(colleaguesWorkspace->database(),
        u"INSERT INTO customers (first_name, last_name, sort_name, created_at, updated_at)"
        " SELECT 'Imported', 'Customer ' || n, 'customer ' || n, 0, 0 FROM generate_series(1, %1) n"_s.arg(
            ChangeFeed::maxNamedRows + 1));
    CHECK_FALSE(changes.next().rowsNamed);

    // This desk's own commits name nothing: its lists re-read what they show.
    desk.reopen(rep, { first.conversationId });
    CHECK_FALSE(changes.next().rowsNamed);
    CHECK(changes.heard.isEmpty());
}
