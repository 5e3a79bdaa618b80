// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerSamples.h"
#include "TempWorkspace.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/SearchRepository.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// Every page of a newest-first search, followed by its cursors.
QList<Id> allPages(const SearchRepository &search, const QString &text)
{
    QList<Id> ids;
    std::optional<SearchCursor> after;
    do {
        const SearchPage page = search.search(text, SearchOrder::Newest, after, 50);
        for (const SearchHit &hit : page.hits)
            ids.append(hit.interactionId);
        after = page.next;
    } while (after);
    return ids;
}

QStringList subjectsFound(const SearchRepository &search, const QString &text)
{
    QStringList subjects;
    for (const SearchHit &hit : search.search(text, SearchOrder::Newest, std::nullopt, 50).hits)
        subjects.append(hit.subject);
    subjects.sort();
    return subjects;
}

Id insertCall(Workspace &workspace, Id customerId, const QString &subject, qint64 at)
{
    Interaction call;
    call.customerId = customerId;
    call.kind = InteractionKind::Call;
    call.channel = Channel::Phone;
    call.direction = Direction::Inbound;
    call.subject = subject;
    call.occurredAt = at;
    return InteractionRepository(workspace).insert(call, at);
}

} // namespace

// More interactions than a search on PostgreSQL walks through before it asks the whole index.
TEST_CASE("global search lists every match newest first, however far back it is", "[storage][search][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(200, SqlDialect::recentInteractionsSearched + 1500, 5);
    const QSqlDatabase db = workspace.database();
    // Two words only the oldest interaction holds.
    Query::run(db,
        u"UPDATE interactions SET subject = 'qwyxz plover ' || subject WHERE id = (SELECT id FROM interactions"
        " ORDER BY occurred_at, id LIMIT 1)"_s);
    // Two words every 80th of the newest 5,000 holds: a page is more than the first walk holds but fewer
    // than it promises, so a walk goes on from where the first one ended.
    Query::run(db,
        u"UPDATE interactions SET subject = 'brindlewick quorvane ' || subject WHERE id IN (SELECT id FROM"
        " (SELECT id, row_number() OVER (ORDER BY occurred_at DESC, id DESC) AS n FROM interactions) r"
        " WHERE n % 80 = 0 AND n <= %1)"_s.arg(SqlDialect::recentInteractionsSearched));
    const SearchRepository search(workspace);

    // "plov" stands for the words that start with it: on both engines the whole words are looked up, one of
    // them written into the oldest interaction by an update.
    const QString typed = GENERATE(u"qwyxz"_s, u"qwyxz plover"_s, u"qwyxz plov"_s, u"brindlewick quorvane"_s,
        u"warranty repair"_s, u"discount code"_s, u"invoice"_s);
    CAPTURE(typed.toStdString());
    QList<Id> expected;
    Query rows(db,
        u"SELECT i.id FROM interactions i WHERE "_s + workspace.dialect().interactionMatchCondition()
            + u" ORDER BY i.occurred_at DESC, i.id DESC"_s,
        { workspace.dialect().interactionTextQuery(typed, false) });
    while (rows.next())
        expected.append(rows.integer(0));
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(allPages(search, typed) == expected);
    if (typed.startsWith(u"qwyxz"_s))
        CHECK(expected.size() == 1);
    if (typed.startsWith(u"brindlewick"_s))
        CHECK(expected.size() == SqlDialect::recentInteractionsSearched / 80);
}

// A prefix the agent is still typing is looked up as the whole words it stands for (issue 20: on PostgreSQL a
// list of the index's words, filled when an older workspace is opened and kept as interactions arrive).
TEST_CASE("a search's last word finds every word it begins, in a workspace from before the word list and after",
    "[storage][search][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace::OpenOptions beforeWordList;
    beforeWordList.migrateUpTo = 33;
    Workspace &old = temp.open(beforeWordList);
    const Id customerId = CustomerRepository(old).insert(test::someone(u"Ingrid"_s, u"Solberg"_s));
    insertCall(old, customerId, u"Thermostat schedule lost"_s, 5000);
    insertCall(old, customerId, u"Two thermostats offline"_s, 6000);
    insertCall(old, customerId, u"Boiler schedule"_s, 7000);
    insertCall(old, customerId, u"Shows error_code 42"_s, 7500);
    temp.close();

    Workspace &upgraded = temp.open();
    REQUIRE(upgraded.schemaVersion() == Workspace::latestSchemaVersion());
    const SearchRepository search(upgraded);
    CHECK(subjectsFound(search, u"thermost"_s)
        == QStringList { u"Thermostat schedule lost"_s, u"Two thermostats offline"_s });
    CHECK(subjectsFound(search, u"schedule thermos"_s) == QStringList { u"Thermostat schedule lost"_s });

    insertCall(upgraded, customerId, u"Thermostatic valve stuck"_s, 8000);
    CHECK(subjectsFound(search, u"THERMOST"_s)
        == QStringList { u"Thermostat schedule lost"_s, u"Thermostatic valve stuck"_s, u"Two thermostats offline"_s });
    CHECK(subjectsFound(search, u"thermostatic"_s) == QStringList { u"Thermostatic valve stuck"_s });
    CHECK(subjectsFound(search, u"boil"_s) == QStringList { u"Boiler schedule"_s });
    // The indexes split a word at '_': the typed word stays a prefix.
    CHECK(subjectsFound(search, u"error_cod"_s) == QStringList { u"Shows error_code 42"_s });
}

// Two desks on a team server add the same new word at the same time (the second before the first commits): the
// word list must not make the second wait, or two transactions of several statements could deadlock on it.
TEST_CASE("two desks adding the same new word at once do not wait for each other", "[storage][search][postgres]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("No PostgreSQL test server: set TANDEM_TEST_POSTGRES_URL (the README test command starts one).");
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &firstDesk = temp.open();
    const Id customerId = CustomerRepository(firstDesk).insert(test::someone(u"Ingrid"_s, u"Solberg"_s));
    std::unique_ptr<Workspace> secondDesk = Workspace::open(temp.path());
    // Waiting would fail the second desk's insert instead of hanging the test.
    Query::execute(secondDesk->database(), u"SET statement_timeout = 3000"_s);
    {
        Transaction transaction(firstDesk.database());
        insertCall(firstDesk, customerId, u"Zyzzogeton valve"_s, 5000);
        CHECK_NOTHROW(insertCall(*secondDesk, customerId, u"Second zyzzogeton"_s, 6000));
        insertCall(firstDesk, customerId, u"Zyzzogetons everywhere"_s, 7000);
        transaction.commit();
    }
    CHECK(subjectsFound(SearchRepository(firstDesk), u"zyzzog"_s)
        == QStringList { u"Second zyzzogeton"_s, u"Zyzzogeton valve"_s, u"Zyzzogetons everywhere"_s });
}
