// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/CustomerService.h"

#include "storage/ChangeFeed.h"
#include "storage/Workspace.h"

namespace tandem {

CustomerService::CustomerService(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_customers(workspace)
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &CustomerService::changed);
}

// Every role reads customers (DESIGN.md section 2), so the actor is not checked here yet.
CustomerPage CustomerService::search(
    const Actor &, const QString &text, const std::optional<CustomerCursor> &after, int limit) const
{
    return m_customers.page(text, after, qBound(1, limit, 1000));
}

std::optional<Customer> CustomerService::customer(const Actor &, Id id) const
{
    return m_customers.find(id);
}

qint64 CustomerService::customerCount(const Actor &) const
{
    return m_customers.count();
}

} // namespace tandem
