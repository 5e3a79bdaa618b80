// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/CustomerService.h"

#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/Workspace.h"

namespace tandem {

struct CustomerService::Private
{
    explicit Private(Workspace &workspace) : customers(workspace) { }

    CustomerRepository customers;
};

CustomerService::CustomerService(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &CustomerService::changed);
}

CustomerService::~CustomerService() = default;

CustomerPage CustomerService::search(const QString &text, const std::optional<CustomerCursor> &after, int limit) const
{
    return d->customers.page(text, after, qBound(1, limit, 1000));
}

std::optional<Customer> CustomerService::customer(Id id) const
{
    return d->customers.find(id);
}

qint64 CustomerService::customerCount() const
{
    return d->customers.count();
}

} // namespace tandem
