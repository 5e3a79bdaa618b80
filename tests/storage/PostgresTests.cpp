// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerSamples.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "domain/StorageError.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/PostgresAddress.h"
#include "storage/Query.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using test::someone;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

void requirePostgres()
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("No PostgreSQL test server: set TANDEM_TEST_POSTGRES_URL (the README test command starts one).");
}

} // namespace

TEST_CASE("a team workspace address is parsed without ever showing its password", "[postgres][storage]")
{
    QString problem;
    const auto address
        = PostgresAddress::parse(u"postgresql://ana:s3cret@db.example:6543/support?sslmode=require"_s, &problem);
    REQUIRE(address);
    CHECK(address->host == u"db.example"_s);
    CHECK(address->port == 6543);
    CHECK(address->database == u"support"_s);
    CHECK(address->user == u"ana"_s);
    CHECK(address->password == u"s3cret"_s);
    CHECK(address->connectOptions == QStringList { u"sslmode=require"_s });
    CHECK_FALSE(address->displayUrl().contains(u"s3cret"_s));

    CHECK_FALSE(PostgresAddress::parse(u"postgresql://host/db?options=x%27%3B+DROP"_s, &problem));
    CHECK_THAT(problem.toStdString(), ContainsSubstring("not allowed"));
    CHECK_FALSE(PostgresAddress::parse(u"postgresql://host"_s, &problem));
}

TEST_CASE("a PostgreSQL database that holds other data is refused and not written", "[postgres][storage]")
{
    requirePostgres();
    test::TempWorkspace temp(Backend::Postgres);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"other-app"_s);
        const auto address = PostgresAddress::parse(temp.path());
        other.setHostName(address->host);
        other.setPort(address->port);
        other.setDatabaseName(address->database);
        other.setUserName(address->user);
        other.setConnectOptions(address->connectOptions.join(u';'));
        REQUIRE(other.open());
        Query::execute(other, u"CREATE TABLE invoices (number TEXT)"_s);
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-app"_s);
    try {
        temp.open();
        FAIL("a foreign database was opened");
    } catch (const StorageError &error) {
        CHECK_THAT(error.message().toStdString(), ContainsSubstring("not a Tandem workspace"));
    }
}

TEST_CASE("a team workspace samples enough of its search index for the planner to know rare words",
    "[postgres][storage][search]")
{
    requirePostgres();
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &workspace = temp.open();
    // Without it a word in no interaction read every interaction at 1,000,000 (5.5 s; README, Bench).
    CHECK(Query::scalar(workspace.database(),
              u"SELECT attstattarget FROM pg_attribute WHERE attrelid = 'interactions'::regclass"
              " AND attname = 'search_vector'"_s)
              .toInt()
        == 2000);
}

TEST_CASE("a commit on one PostgreSQL connection reaches another desktop's change feed", "[postgres][storage]")
{
    requirePostgres();
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &listener = temp.open();
    std::unique_ptr<Workspace> otherDesk = Workspace::open(temp.path());
    QSignalSpy changed(&listener.changes(), &ChangeFeed::changed);
    listener.changes().startWatching();
    CustomerRepository(*otherDesk).insert(someone(u"Nia"_s, u"Sato"_s));
    // The desk reads meanwhile, as a desk always does; the notification must not be lost in that answer.
    CHECK(Query::scalar(listener.database(), u"SELECT COUNT(*) FROM pg_sleep(0.3)"_s).toLongLong() == 1);
    REQUIRE(changed.wait(3000));
}

TEST_CASE("an open team workspace survives a server restart and sees what changed meanwhile", "[postgres][storage]")
{
    requirePostgres();
    const QString control = qEnvironmentVariable("TANDEM_TEST_POSTGRES_CTL");
    if (control.isEmpty())
        SKIP("The test server cannot be restarted from here (TANDEM_TEST_POSTGRES_CTL is not set).");
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &workspace = temp.open();
    CustomerRepository customers(workspace);
    customers.insert(someone(u"Before"_s, u"Restart"_s));
    QSignalSpy connection(&workspace.changes(), &ChangeFeed::connectionChanged);
    workspace.changes().startWatching(100);

    REQUIRE(QProcess::execute(control, { u"restart"_s, u"-m"_s, u"fast"_s }) == 0);
    // Meanwhile another desk writes.
    {
        std::unique_ptr<Workspace> otherDesk = Workspace::open(temp.path());
        CustomerRepository(*otherDesk).insert(someone(u"During"_s, u"Outage"_s));
    }
    // The feed noticed the outage and is connected again.
    REQUIRE(test::waitUntil([&] { return connection.size() >= 2 && connection.constLast().at(0).toBool(); }, 20000));
    CHECK(workspace.changes().isConnected());
    CHECK(customers.count() == 2);
    CHECK(customers.page(u"outage"_s, std::nullopt, 10).customers.size() == 1);
}
