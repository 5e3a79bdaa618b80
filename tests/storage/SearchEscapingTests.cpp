// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "storage/CustomerRepository.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("customer search finds people by the start of any name part", "[storage][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    CustomerRepository customers(temp.open());
    Customer zoe;
    zoe.firstName = u"Zoë"_s;
    zoe.lastName = u"Müller-Okafor"_s;
    zoe.email = u"zoe.mueller@harbour.example"_s;
    zoe.company = u"Harbour Lights Ltd"_s;
    customers.insert(zoe);
    Customer other;
    other.firstName = u"Tom"_s;
    other.lastName = u"Becker"_s;
    customers.insert(other);

    const auto namesFound = [&](const QString &text) {
        QStringList names;
        for (const Customer &customer : customers.page(text, std::nullopt, 50).customers)
            names.append(customer.displayName());
        return names;
    };
    CHECK(namesFound(u"zo"_s) == QStringList { u"Zoë Müller-Okafor"_s });
    CHECK(namesFound(u"zoe"_s) == QStringList { u"Zoë Müller-Okafor"_s }); // diacritics do not matter
    CHECK(namesFound(u"okaf"_s) == QStringList { u"Zoë Müller-Okafor"_s });
    CHECK(namesFound(u"harbour lig"_s) == QStringList { u"Zoë Müller-Okafor"_s });
    CHECK(namesFound(u"BECK"_s) == QStringList { u"Tom Becker"_s });
    CHECK(namesFound(QString()).size() == 2);
}

TEST_CASE("customer search folds typed and stored names alike: yilm finds Yılmaz", "[storage][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    CustomerRepository customers(temp.open());
    Customer ayse;
    ayse.firstName = u"Ayşe"_s;
    ayse.lastName = u"Yılmaz"_s;
    customers.insert(ayse);
    Customer jonas;
    jonas.firstName = u"Jonas"_s;
    jonas.lastName = u"Müller"_s;
    jonas.company = u"Façade Straße GmbH"_s;
    customers.insert(jonas);

    const auto namesFound = [&](const QString &text) {
        QStringList names;
        for (const Customer &customer : customers.page(text, std::nullopt, 50).customers)
            names.append(customer.displayName());
        return names;
    };
    CHECK(namesFound(u"yilm"_s) == QStringList { u"Ayşe Yılmaz"_s });
    CHECK(namesFound(u"Yılm"_s) == QStringList { u"Ayşe Yılmaz"_s });
    CHECK(namesFound(u"YILMAZ"_s) == QStringList { u"Ayşe Yılmaz"_s });
    CHECK(namesFound(u"ayse"_s) == QStringList { u"Ayşe Yılmaz"_s });
    CHECK(namesFound(u"muller"_s) == QStringList { u"Jonas Müller"_s });
    CHECK(namesFound(u"facade"_s) == QStringList { u"Jonas Müller"_s });
    CHECK(namesFound(u"strasse"_s) == QStringList { u"Jonas Müller"_s });
}

TEST_CASE("upgrading refolds the customer search text stored by older versions", "[storage][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace::OpenOptions upToVersion6;
    upToVersion6.migrateUpTo = 6;
    Workspace &old = temp.open(upToVersion6);
    REQUIRE(old.schemaVersion() == 6);
    // What version 6 stored: the dotless ı kept, so "yilm" found nothing.
    Query::run(old.database(),
        u"INSERT INTO customers (first_name, last_name, sort_name, search_text, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 0, 0)"_s,
        { u"Ayşe"_s, u"Yılmaz"_s, u"ayşe yılmaz"_s, u"ayse yılmaz  "_s });
    temp.close();

    Workspace &upgraded = temp.open();
    REQUIRE(upgraded.schemaVersion() == Workspace::latestSchemaVersion());
    CHECK(Query::scalar(upgraded.database(), u"SELECT search_text FROM customers"_s).toString()
        == u"ayse yilmaz   "_s); // first, last, e-mail, company, phone
    const CustomerPage found = CustomerRepository(upgraded).page(u"yilm"_s, std::nullopt, 10);
    REQUIRE(found.customers.size() == 1);
    CHECK(found.customers.front().lastName == u"Yılmaz"_s);
    // The index follows later edits too.
    Query::run(upgraded.database(), u"UPDATE customers SET search_text = 'ayse ozturk'"_s);
    CHECK(CustomerRepository(upgraded).page(u"yilm"_s, std::nullopt, 10).customers.isEmpty());
    CHECK(CustomerRepository(upgraded).page(u"ozt"_s, std::nullopt, 10).customers.size() == 1);
}

TEST_CASE("any text typed into customer search is safe", "[storage][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    CustomerRepository customers(temp.openWithDemo(20, 50, 9));
    const QString hostile
        = GENERATE(u"\""_s, u"\"\""_s, u"*"_s, u"-"_s, u"NEAR"_s, u"NEAR(a b)"_s, u"OR"_s, u"a OR b"_s, u"AND NOT"_s,
            u"("_s, u")"_s, u"[x]"_s, u"{a b}"_s, u"^start"_s, u"first_name:x"_s, u"'; DROP TABLE customers; --"_s,
            u"1=1"_s, u"😀🎉"_s, u"שלום"_s, QString(10000, u'a'), QString(5000, u'"'), u"a\0b"_s, u"%_"_s, u"\\"_s);
    CAPTURE(hostile.left(40).toStdString());
    CHECK_NOTHROW(customers.page(hostile, std::nullopt, 50));
    CHECK(customers.count() == 20);
}

TEST_CASE("the interaction search key sorts as time and id do, before 1970 too", "[storage][search]")
{
    const QList<std::pair<qint64, qint64>> ordered { { -86'400'000, 7 }, { -1, 1 }, { 0, 0 }, { 0, 5 }, { 1, 2 },
        { 1'700'000'000'000, 3 }, { 1'700'000'000'000, 1'048'575 }, { 1'700'000'000'001, 1 },
        { 4'102'444'800'000, 123'456 } };
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        INFO("between " << ordered.at(i - 1).first << "/" << ordered.at(i - 1).second << " and " << ordered.at(i).first
                        << "/" << ordered.at(i).second);
        CHECK(SqlDialect::searchKey(ordered.at(i - 1).first, ordered.at(i - 1).second)
            < SqlDialect::searchKey(ordered.at(i).first, ordered.at(i).second));
    }
}
