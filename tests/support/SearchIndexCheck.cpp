// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchIndexCheck.h"

#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/SearchRepository.h"
#include "storage/Workspace.h"

#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem::test {
namespace {

bool finds(const SearchRepository &search, const QString &word, Id interactionId)
{
    std::optional<SearchCursor> after;
    do {
        const SearchPage page = search.search(word, SearchOrder::Newest, after, 500);
        if (std::ranges::any_of(
                page.hits, [interactionId](const SearchHit &hit) { return hit.interactionId == interactionId; }))
            return true;
        after = page.next;
    } while (after);
    return false;
}

} // namespace

void checkSearchIsWhole(Workspace &workspace)
{
    const QSqlDatabase db = workspace.database();
    if (workspace.dialect().backend() == Backend::Sqlite) {
        CHECK(Query::scalar(db,
                  u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                  " AND name IN ('interactions_fts_insert', 'customers_fts_insert')"_s)
                  .toInt()
            == 2);
    }
    const SearchRepository search(workspace);
    const Id oldest = Query::scalar(db, u"SELECT min(id) FROM interactions"_s).toLongLong();
    if (oldest > 0) {
        const QString subject
            = Query::scalar(db, u"SELECT subject FROM interactions WHERE id = ?"_s, { oldest }).toString();
        QStringList words = subject.split(QRegularExpression(u"\\W+"_s), Qt::SkipEmptyParts);
        std::ranges::sort(words, [](const QString &a, const QString &b) { return a.size() > b.size(); });
        REQUIRE_FALSE(words.isEmpty());
        INFO("word: " << words.front().toStdString());
        CHECK(finds(search, words.front(), oldest));
    }

    Customer customer;
    customer.firstName = u"Quillon"_s;
    customer.lastName = u"Vexmarsh"_s;
    customer.createdAt = 1000;
    customer.updatedAt = 1000;
    const Id customerId = CustomerRepository(workspace).insert(customer);
    const CustomerPage found = CustomerRepository(workspace).page(u"vexmar"_s, std::nullopt, 10);
    CHECK(std::ranges::any_of(found.customers, [customerId](const auto &c) { return c.id == customerId; }));

    Interaction interaction;
    interaction.customerId = customerId;
    interaction.subject = u"Zephyrine modem"_s;
    interaction.body = u"The zephyrine modem drops the line."_s;
    interaction.occurredAt = 2000;
    const Id interactionId = InteractionRepository(workspace).insert(interaction, 2000);
    CHECK(finds(search, u"zephyrine"_s, interactionId));
}

} // namespace tandem::test
