// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchIndexCheck.h"
#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QSqlDatabase>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// Runs statements on the workspace file over a connection of its own, as another program (or an older
// Tandem's interrupted bulk load) would.
void runOnFile(const QString &path, const QStringList &statements)
{
    const QString name = u"interrupted-load-test"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &statement : statements)
            Query::execute(db, statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The names of the indexes and triggers a workspace has.
QStringList schemaNames(Workspace &workspace)
{
    QStringList names;
    Query query(workspace.database(),
        u"SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"_s);
    while (query.next())
        names.append(query.text(0));
    return names;
}

// What an older Tandem's bulk load did before its first commit, and never undid when it was killed.
const QStringList interruptedLoad {
    u"DROP TRIGGER interactions_fts_insert"_s,
    u"DROP TRIGGER customers_fts_insert"_s,
    u"DROP INDEX interactions_by_kind_direction_time"_s,
    u"DROP INDEX customers_by_lifecycle_created"_s,
    u"DROP INDEX escalation_events_by_escalation"_s,
    u"INSERT INTO interactions_fts (interactions_fts) VALUES ('delete-all')"_s,
};

} // namespace

TEST_CASE("a workspace an interrupted load left without search triggers is repaired at open, with a note",
    "[storage][reliability]")
{
    // PostgreSQL indexes new rows by itself (generated columns) and a load drops nothing there.
    test::TempWorkspace temp;
    const QStringList whole = schemaNames(temp.openWithDemo(30, 400, 3));
    CHECK(temp.open().repairNote().isEmpty());
    temp.close();
    runOnFile(temp.path(), interruptedLoad);

    Workspace &repaired = temp.open();
    CHECK_FALSE(repaired.repairNote().isEmpty());
    CHECK(schemaNames(repaired) == whole);
    test::checkSearchIsWhole(repaired);
    temp.close();
    CHECK(temp.open().repairNote().isEmpty());
}

TEST_CASE(
    "an older version's workspace left without search triggers is upgraded and repaired", "[storage][reliability]")
{
    test::TempWorkspace temp;
    Workspace::OpenOptions upToVersion5;
    upToVersion5.migrateUpTo = 5;
    Workspace &old = temp.open(upToVersion5);
    Customer customer;
    customer.firstName = u"Ingrid"_s;
    customer.lastName = u"Solberg"_s;
    customer.createdAt = 1000;
    customer.updatedAt = 1000;
    Interaction interaction;
    interaction.customerId = CustomerRepository(old).insert(customer);
    interaction.subject = u"Thermostat schedule lost"_s;
    interaction.body = u"After the update the thermostat forgot its schedule."_s;
    interaction.occurredAt = 5000;
    InteractionRepository(old).insert(interaction, 5000);
    temp.close();
    runOnFile(temp.path(),
        { u"DROP TRIGGER interactions_fts_insert"_s, u"DROP TRIGGER customers_fts_insert"_s,
            u"DROP INDEX interactions_by_kind_direction_time"_s });

    Workspace &upgraded = temp.open();
    CHECK(upgraded.schemaVersion() == Workspace::latestSchemaVersion());
    CHECK_FALSE(upgraded.repairNote().isEmpty());
    CHECK(Query::scalar(upgraded.database(),
              u"SELECT count(*) FROM sqlite_master WHERE name = 'interactions_by_kind_direction_time'"_s)
              .toInt()
        == 1);
    test::checkSearchIsWhole(upgraded);
}

TEST_CASE("a demo load that fails leaves the workspace as it found it", "[storage][reliability]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    // A login the demo accounts use: the load fails on its first rows, after taking its indexes down.
    Query::run(workspace.database(),
        u"INSERT INTO agents (login, display_name, role, created_at) VALUES ('lead', 'Someone', 'team_lead', 1)"_s);
    const QStringList before = backend == Backend::Sqlite ? schemaNames(workspace) : QStringList();
    CHECK_THROWS_AS(DemoDataWriter(workspace).write({ 20, 300, 1, test::TempWorkspace::demoAnchor }), StorageError);
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM agents"_s).toInt() == 1);
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM customers"_s).toInt() == 0);
    if (backend == Backend::Sqlite)
        CHECK(schemaNames(workspace) == before);
    test::checkSearchIsWhole(workspace);
}
