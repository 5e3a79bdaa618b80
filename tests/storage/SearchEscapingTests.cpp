// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "storage/CustomerRepository.h"
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
