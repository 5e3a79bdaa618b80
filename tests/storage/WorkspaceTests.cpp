// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "domain/StorageError.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QThread>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

std::string messageOfOpening(const QString &path)
{
    try {
        Workspace::open(path);
    } catch (const StorageError &error) {
        return error.message().toStdString();
    }
    return {};
}

Customer sampleCustomer()
{
    Customer customer;
    customer.firstName = u"Zoë"_s;
    customer.lastName = u"Okonkwo"_s;
    customer.email = u"zoe@example.com"_s;
    customer.createdAt = 1000;
    customer.updatedAt = 1000;
    return customer;
}

} // namespace

TEST_CASE("a new workspace is created at the latest schema with durable settings", "[storage]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    CHECK(workspace.schemaVersion() == Workspace::latestSchemaVersion());
    CHECK(workspace.metaValue(u"application"_s) == u"tandem-workspace"_s);
    CHECK(workspace.metaValue(u"schema_version"_s).toInt() == Workspace::latestSchemaVersion());
    if (backend != Backend::Sqlite)
        return;
    const QSqlDatabase db = workspace.database();
    CHECK(Query::scalar(db, u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(Query::scalar(db, u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(Query::scalar(db, u"PRAGMA synchronous"_s).toInt() == 2); // FULL
}

TEST_CASE("opening an existing workspace keeps its data", "[storage]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    const Id id = CustomerRepository(temp.open()).insert(sampleCustomer());
    temp.close();
    const auto customer = CustomerRepository(temp.open()).find(id);
    REQUIRE(customer);
    CHECK(customer->displayName() == u"Zoë Okonkwo"_s);
}

TEST_CASE("a version 1 workspace is upgraded, with search over what it already held", "[storage]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace::OpenOptions upToVersion1;
    upToVersion1.migrateUpTo = 1;
    Workspace &old = temp.open(upToVersion1);
    REQUIRE(old.schemaVersion() == 1);
    const Id customerId = CustomerRepository(old).insert(sampleCustomer());
    Interaction interaction;
    interaction.customerId = customerId;
    interaction.subject = u"Router keeps rebooting"_s;
    interaction.body = u"The firmware update failed twice."_s;
    interaction.occurredAt = 5000;
    InteractionRepository(old).insert(interaction, 5000);
    temp.close();

    Workspace &upgraded = temp.open();
    CHECK(upgraded.schemaVersion() == Workspace::latestSchemaVersion());
    const CustomerPage found = CustomerRepository(upgraded).page(u"okon"_s, std::nullopt, 10);
    REQUIRE(found.customers.size() == 1);
    CHECK(found.customers.front().id == customerId);
    if (backend == Backend::Sqlite) {
        CHECK(Query::scalar(upgraded.database(),
                  u"SELECT count(*) FROM interactions_fts WHERE interactions_fts MATCH 'firmware'"_s)
                  .toInt()
            == 1);
    }
}

TEST_CASE("a workspace from a newer Tandem is refused and left unwritten", "[storage]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Query::execute(temp.open().database(), u"UPDATE tandem_meta SET value = '999' WHERE key = 'schema_version'"_s);
    temp.close();
    const QByteArray before = backend == Backend::Sqlite ? fileHash(temp.path()) : QByteArray();
    CHECK_THAT(messageOfOpening(temp.path()), ContainsSubstring("newer version of Tandem"));
    if (backend == Backend::Sqlite)
        CHECK(fileHash(temp.path()) == before);
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[storage]")
{
    test::TempWorkspace temp;
    const QString path = temp.dir() + u"/notes.txt"_s;
    writeFile(path, "These are my notes, not a database.\n");
    const QByteArray before = fileHash(path);
    CHECK_THAT(messageOfOpening(path), ContainsSubstring("not an SQLite database"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("an SQLite database of another program is refused and left untouched", "[storage]")
{
    test::TempWorkspace temp;
    const QString path = temp.dir() + u"/other.sqlite"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Query::execute(db, u"CREATE TABLE recipes (name TEXT)"_s);
        Query::execute(db, u"INSERT INTO recipes VALUES ('soup')"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other-program"_s);
    const QByteArray before = fileHash(path);
    CHECK_THAT(messageOfOpening(path), ContainsSubstring("not a Tandem workspace"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a folder is not mistaken for a workspace", "[storage]")
{
    test::TempWorkspace temp;
    CHECK_THAT(messageOfOpening(temp.dir()), ContainsSubstring("folder"));
}

TEST_CASE("each thread gets its own connection and all are removed when the workspace closes", "[storage]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    CustomerRepository(workspace).insert(sampleCustomer());
    qint64 countSeenByThread = -1;
    QThread *thread = QThread::create([&] { countSeenByThread = CustomerRepository(workspace).count(); });
    thread->start();
    thread->wait();
    delete thread;
    CHECK(countSeenByThread == 1);
    const auto tandemConnections = [] {
        int count = 0;
        for (const QString &name : QSqlDatabase::connectionNames())
            count += name.startsWith(u"tandem-workspace"_s) ? 1 : 0;
        return count;
    };
    CHECK(tandemConnections() == 2);
    CHECK(workspace.ping());
    temp.close();
    CHECK(tandemConnections() == 0);
}
