// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

void writeQueue(const QSqlDatabase &db, const QString &name)
{
    Query insert(db, u"INSERT INTO team_queues (name) VALUES (?)"_s, { name });
}

qint64 queuesNamed(const QSqlDatabase &db, const QString &name)
{
    return Query::scalar(db, u"SELECT COUNT(*) FROM team_queues WHERE name = ?"_s, { name }).toLongLong();
}

} // namespace

TEST_CASE("a transaction inside another takes back only its own writes, and commits with the outer one",
    "[storage][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    const QSqlDatabase db = workspace.database();

    SECTION("an inner rollback keeps the outer writes, before and after it")
    {
        {
            Transaction outer(db, Transaction::Start::WriteLockFirst);
            writeQueue(db, u"Before"_s);
            {
                Transaction inner(db);
                writeQueue(db, u"Taken back"_s);
            }
            {
                Transaction inner(db);
                writeQueue(db, u"Kept"_s);
                inner.commit();
            }
            writeQueue(db, u"After"_s);
            outer.commit();
        }
        CHECK(queuesNamed(db, u"Before"_s) == 1);
        CHECK(queuesNamed(db, u"Taken back"_s) == 0);
        CHECK(queuesNamed(db, u"Kept"_s) == 1);
        CHECK(queuesNamed(db, u"After"_s) == 1);
    }
    SECTION("an outer rollback takes back what inner transactions committed")
    {
        {
            Transaction outer(db);
            Transaction inner(db);
            writeQueue(db, u"Inner"_s);
            inner.commit();
        }
        CHECK(queuesNamed(db, u"Inner"_s) == 0);
        // The connection is usable for a transaction of its own afterwards.
        Transaction next(db);
        writeQueue(db, u"Next"_s);
        next.commit();
        CHECK(queuesNamed(db, u"Next"_s) == 1);
    }
    SECTION("a failed statement inside an inner transaction leaves the outer one usable")
    {
        Transaction outer(db);
        writeQueue(db, u"First"_s);
        // The inner transaction is taken back with the error.
        CHECK_THROWS_AS(
            [&db] {
                Transaction inner(db);
                Query::execute(db, u"INSERT INTO no_such_table VALUES (1)"_s);
                inner.commit();
            }(),
            StorageError);
        writeQueue(db, u"Second"_s);
        outer.commit();
        CHECK(queuesNamed(db, u"First"_s) == 1);
        CHECK(queuesNamed(db, u"Second"_s) == 1);
    }
}

TEST_CASE("on SQLite an inner transaction that must lock first is refused inside one that did not", "[storage]")
{
    test::TempWorkspace temp(Backend::Sqlite);
    Workspace &workspace = temp.open();
    const QSqlDatabase db = workspace.database();
    {
        Transaction outer(db);
        writeQueue(db, u"Outer"_s);
        CHECK_THROWS_AS(Transaction(db, Transaction::Start::WriteLockFirst), StorageError);
        // The refusal left the outer transaction as it was.
        writeQueue(db, u"Still outer"_s);
        outer.commit();
    }
    CHECK(queuesNamed(db, u"Outer"_s) == 1);
    CHECK(queuesNamed(db, u"Still outer"_s) == 1);
    // Inside one that locked first, it is a savepoint like any other.
    Transaction outer(db, Transaction::Start::WriteLockFirst);
    Transaction inner(db, Transaction::Start::WriteLockFirst);
    writeQueue(db, u"Inner"_s);
    inner.commit();
    outer.commit();
    CHECK(queuesNamed(db, u"Inner"_s) == 1);
}
