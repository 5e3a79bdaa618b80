// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "storage/Query.h"
#include "storage/SearchRepository.h"
#include "storage/SqlDialect.h"

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

} // namespace

// More interactions than a search on PostgreSQL looks through before it asks the whole index.
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
    const SearchRepository search(workspace);

    const QString typed
        = GENERATE(u"qwyxz"_s, u"qwyxz plover"_s, u"warranty repair"_s, u"discount code"_s, u"invoice"_s);
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
}
