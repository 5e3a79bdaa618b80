// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/MailAccount.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

MailAccount accountFeeding(const QString &name, std::optional<Id> queueId)
{
    MailAccount account;
    account.name = name;
    account.queueId = queueId;
    return account;
}

} // namespace

TEST_CASE("A reply leaves through the mail account that feeds its conversation's queue", "[mail]")
{
    const QList<MailAccount> accounts = { accountFeeding(u"Billing"_s, 7), accountFeeding(u"Support"_s, std::nullopt),
        accountFeeding(u"Returns"_s, 9) };

    SECTION("the queue's own account")
    {
        REQUIRE(accountForQueue(accounts, 9) != nullptr);
        CHECK(accountForQueue(accounts, 9)->name == u"Returns"_s);
        CHECK(accountForQueue(accounts, 7)->name == u"Billing"_s);
    }
    SECTION("a conversation in no queue, or in a queue no account feeds, leaves through the shared inbox's")
    {
        CHECK(accountForQueue(accounts, std::nullopt)->name == u"Support"_s);
        CHECK(accountForQueue(accounts, 42)->name == u"Support"_s);
    }
    SECTION("without a shared inbox account, the first one")
    {
        const QList<MailAccount> queuesOnly = { accountFeeding(u"Billing"_s, 7), accountFeeding(u"Returns"_s, 9) };
        CHECK(accountForQueue(queuesOnly, 42)->name == u"Billing"_s);
        CHECK(accountForQueue(queuesOnly, std::nullopt)->name == u"Billing"_s);
    }
    SECTION("no account, no way out")
    {
        CHECK(accountForQueue({}, 7) == nullptr);
    }
}
