// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "storage/Query.h"
#include "storage/SqliteApi.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

// Code reads a row and looks something up for it while the outer query is still open. On PostgreSQL a
// streamed result would end silently at the inner statement, losing every later row without an error.
TEST_CASE("a query run for each row of another leaves the outer one whole", "[storage][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(30, 200);
    const QSqlDatabase db = workspace.database();
    const qint64 customers = Query::scalar(db, u"SELECT COUNT(*) FROM customers"_s).toLongLong();
    REQUIRE(customers == 30);

    qint64 outerRows = 0;
    qint64 interactionsSeen = 0;
    for (Query rows(db, u"SELECT id FROM customers ORDER BY id"_s); rows.next();) {
        ++outerRows;
        Query interactions(db, u"SELECT COUNT(*) FROM interactions WHERE customer_id = ?"_s, { rows.integer(0) });
        REQUIRE(interactions.next());
        interactionsSeen += interactions.integer(0);
    }
    CHECK(outerRows == customers);
    CHECK(interactionsSeen == Query::scalar(db, u"SELECT COUNT(*) FROM interactions"_s).toLongLong());
}

// Query::insert gives the id of the statement's own row (SQLite takes it from the connection, not from
// RETURNING): an interaction's insert fires triggers that add rows elsewhere (the search index, whose rowid is
// not the interaction's id), and the id handed back must still be the interaction's. An insert that adds no
// row is an error rather than an earlier row's id.
TEST_CASE("an insert gives its own row's id, whatever its triggers add", "[storage][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO(test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 10);
    const QSqlDatabase db = workspace.database();
    const auto addInteraction = [&db](const QString &subject) {
        return Query::insert(db,
            u"INSERT INTO interactions (customer_id, channel, direction, kind, subject, body, occurred_at,"
            " created_at) SELECT min(id), 'email', 'inbound', 'message', ?, 'text', 1, 1 FROM customers"_s,
            { subject });
    };
    const qint64 first = addInteraction(u"First of two"_s);
    const qint64 second = addInteraction(u"Second of two"_s);
    CHECK(second > first);
    CHECK(Query::scalar(db, u"SELECT subject FROM interactions WHERE id = ?"_s, { first }).toString()
        == u"First of two"_s);
    CHECK(Query::scalar(db, u"SELECT subject FROM interactions WHERE id = ?"_s, { second }).toString()
        == u"Second of two"_s);
    CHECK_THROWS_AS((void)Query::insert(db,
                        u"INSERT INTO interactions (customer_id, channel, direction, kind, occurred_at, created_at)"
                        " SELECT id, 'email', 'inbound', 'message', 1, 1 FROM customers WHERE id < 0"_s),
        StorageError);
}

// A mail import runs the same few dozen statements for every mail, after opening the workspace ran hundreds
// once: the kept statements make room by dropping the least recently used, so the import's stay compiled.
TEST_CASE("statements run often stay compiled while hundreds of others pass through", "[storage]")
{
    test::TempWorkspace temp(Backend::Sqlite);
    const QSqlDatabase db = temp.open().database();
    sqlite3 *handle = sqliteapi::handleOf(db);
    if (!handle)
        SKIP("The Qt driver runs another SQLite than Tandem links: statements are not kept.");
    QStringList often;
    for (int i = 0; i < 30; ++i)
        often.append(u"SELECT count(*) + %1 FROM customers"_s.arg(i));
    const auto compiled = [&] {
        QList<sqlite3_stmt *> statements;
        for (const QString &text : std::as_const(often)) {
            statements.append(sqliteapi::takeStatement(handle, text));
            sqliteapi::giveBack(handle, text, statements.constLast());
        }
        return statements;
    };
    const auto runOften = [&] {
        for (const QString &text : std::as_const(often))
            (void)Query::scalar(db, text);
    };
    runOften();
    const QList<sqlite3_stmt *> first = compiled();
    REQUIRE_FALSE(first.contains(nullptr));
    for (int i = 0; i < 1000; ++i) {
        (void)Query::scalar(db, u"SELECT %1"_s.arg(i));
        runOften();
    }
    CHECK(compiled() == first);
}
