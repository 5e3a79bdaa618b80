// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/CustomerPage.h"
#include "domain/FailingAddress.h"
#include "domain/Records.h"
#include "storage/SqlDialect.h"
#include "storage/SqlStatement.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

class CustomerRepository
{
public:
    explicit CustomerRepository(Workspace &workspace) : m_workspace(workspace) { }

    // Customers whose name, e-mail, company or phone start with the words typed, in name order.
    [[nodiscard]] CustomerPage page(const QString &search, const std::optional<CustomerCursor> &after, int limit) const;
    [[nodiscard]] std::optional<Customer> find(Id id) const;
    [[nodiscard]] qint64 count() const;
    // The customer (not merged away) an e-mail address, phone number or handle belongs to: their own
    // e-mail or phone, or one of their contacts; letter case does not matter.
    [[nodiscard]] std::optional<Customer> findByAddress(const QString &address) const;
    Id insert(const Customer &customer);
    // Mail to `address` of the customer's bounced (the mark stays with that address: a new one is clean).
    void markFailing(Id customerId, const FailingAddress &failing);
    // The customer's e-mail address, if mail to it bounced.
    [[nodiscard]] std::optional<FailingAddress> failingEmail(Id customerId) const;

    static QString sortNameOf(const Customer &customer);
    // Everything customer search matches, folded (PostgreSQL indexes this; SQLite folds in FTS5).
    static QString searchTextOf(const Customer &customer);

private:
    [[nodiscard]] SqlStatement prefixPageQuery(
        const SqlDialect::CustomerPrefixSearch &search, const std::optional<CustomerCursor> &after, int limit) const;
    [[nodiscard]] CustomerPage pageOf(const SqlStatement &statement, int limit) const;

    Workspace &m_workspace;
};

} // namespace tandem
