// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "storage/CustomerMergeRepository.h"
#include "storage/CustomerProfileRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

QStringList namesFound(const CustomerRepository &customers, const QString &text)
{
    QStringList names;
    for (const Customer &customer : customers.page(text, std::nullopt, 50).customers)
        names.append(customer.displayName());
    return names;
}

// Every page of a search, followed by its cursors.
QList<Id> allPages(const CustomerRepository &customers, const QString &text, int pageSize)
{
    QList<Id> ids;
    std::optional<CustomerCursor> after;
    do {
        const CustomerPage page = customers.page(text, after, pageSize);
        for (const Customer &customer : page.customers)
            ids.append(customer.id);
        after = page.next;
    } while (after);
    return ids;
}

// What the word index alone answers (PostgreSQL), in the list's order.
QList<Id> byWordIndex(Workspace &workspace, const QString &text)
{
    QList<Id> ids;
    Query rows(workspace.database(),
        u"SELECT c.id FROM customers c WHERE c.merged_into IS NULL AND "_s
            + workspace.dialect().customerMatchCondition() + u" ORDER BY c.sort_name, c.id"_s,
        { workspace.dialect().fullTextQuery(text, true) });
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

} // namespace

TEST_CASE("customer search follows renames and merges", "[storage][search][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    CustomerRepository customers(workspace);
    Customer zoe;
    zoe.firstName = u"Zoë"_s;
    zoe.lastName = u"Okafor"_s;
    zoe.company = u"Harbour Lights"_s;
    zoe.id = customers.insert(zoe);
    Customer duplicate;
    duplicate.firstName = u"Zoe"_s;
    duplicate.lastName = u"Okafor"_s;
    duplicate.id = customers.insert(duplicate);
    REQUIRE(namesFound(customers, u"zo ok"_s) == QStringList { u"Zoe Okafor"_s, u"Zoë Okafor"_s });

    Customer renamed = *customers.find(zoe.id);
    renamed.firstName = u"Chloé"_s;
    renamed.company = QString();
    renamed.updatedAt = renamed.updatedAt + 1;
    REQUIRE(CustomerProfileRepository(workspace).updateDetails(renamed, zoe.updatedAt));
    CHECK(namesFound(customers, u"chl"_s) == QStringList { u"Chloé Okafor"_s });
    CHECK(namesFound(customers, u"chloe okafor"_s) == QStringList { u"Chloé Okafor"_s });
    CHECK(namesFound(customers, u"zo"_s) == QStringList { u"Zoe Okafor"_s });
    CHECK(namesFound(customers, u"harbour"_s).isEmpty());
    CHECK(namesFound(customers, u"ok"_s) == QStringList { u"Chloé Okafor"_s, u"Zoe Okafor"_s });

    CustomerMergeRepository(workspace).setMergedInto(duplicate.id, zoe.id, 10);
    CHECK(namesFound(customers, u"ok"_s) == QStringList { u"Chloé Okafor"_s });
    CHECK(namesFound(customers, u"zoe"_s).isEmpty());
    CustomerMergeRepository(workspace).setMergedInto(duplicate.id, std::nullopt, 20);
    CHECK(namesFound(customers, u"zoe"_s) == QStringList { u"Zoe Okafor"_s });
}

TEST_CASE(
    "customer search by word beginnings finds what the word index finds, page by page", "[storage][search][postgres]")
{
    if (!test::testBackends().contains(Backend::Postgres))
        SKIP("no PostgreSQL server for the tests (TANDEM_TEST_POSTGRES_URL)");
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &workspace = temp.openWithDemo(400, 0, 11);
    CustomerRepository customers(workspace);
    // Some merged away, so the beginnings must leave them out; one renamed after the load.
    Query::run(workspace.database(), u"UPDATE customers SET merged_into = id - 1 WHERE id % 9 = 0"_s);
    const Id renamed = 40;
    Query::run(workspace.database(),
        u"UPDATE customers SET first_name = 'Qwyx', sort_name = 'qwyx ' || last_name,"
        " search_text = 'qwyx ' || search_text WHERE id = ?"_s,
        { renamed });
    REQUIRE(Query::scalar(workspace.database(), u"SELECT count(*) FROM customer_prefixes"_s).toLongLong() > 400);

    const QString typed = GENERATE(u"a"_s, u"z"_s, u"m"_s, u"qw"_s, u"qwy"_s, u"qwyx"_s, u"qwyx ma"_s, u"sa"_s,
        u"sam"_s, u"an m"_s, u"m an"_s, u"ma ma"_s, u"555"_s, u"5"_s, u"mail"_s, u"mail exam"_s, u"ha li"_s,
        u"harbour lig"_s, u"qqq"_s, u"Ž"_s, u"e a i o"_s, u"john-sm"_s);
    CAPTURE(typed.toStdString());
    REQUIRE(workspace.dialect().customerPrefixSearch(typed).has_value());
    const QList<Id> expected = byWordIndex(workspace, typed);
    CHECK(allPages(customers, typed, 7) == expected);
    CHECK(allPages(customers, typed, 500) == expected);
    if (typed == u"qwy"_s)
        CHECK(expected == QList<Id> { renamed });
}
