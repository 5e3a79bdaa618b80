// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerListModel.h"

#include "ModelRoles.h"
#include "domain/Error.h"
#include "services/CustomerService.h"

using namespace Qt::StringLiterals;

namespace tandem {

CustomerListModel::CustomerListModel(CustomerService &service, Actor actor, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_actor(std::move(actor))
{
    const CustomerPage first = loadPage(std::nullopt);
    m_customers = first.customers;
    m_next = first.next;
}

CustomerPage CustomerListModel::loadPage(const std::optional<CustomerCursor> &after)
{
    try {
        return m_service.search(m_searchText, after, pageSize);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return {};
    }
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &customer = m_customers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return customer.displayName();
    case Qt::ToolTipRole:
        return customer.company.isEmpty() ? customer.email : customer.company + u" · "_s + customer.email;
    case Qt::AccessibleDescriptionRole:
        return customer.company;
    case CustomerRoles::Id:
        return customer.id;
    case CustomerRoles::Company:
        return customer.company;
    case CustomerRoles::Email:
        return customer.email;
    case CustomerRoles::Tier:
        return displayName(customer.tier);
    case CustomerRoles::Lifecycle:
        return displayName(customer.lifecycle);
    default:
        return {};
    }
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_changing;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next || m_changing)
        return;
    const CustomerPage page = loadPage(m_next);
    m_next = page.next;
    if (page.customers.isEmpty())
        return;
    const int first = int(m_customers.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.customers.size()) - 1);
    m_customers.append(page.customers);
    endInsertRows();
    m_changing = false;
}

void CustomerListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    refresh();
}

void CustomerListModel::refresh()
{
    m_changing = true;
    beginResetModel();
    const CustomerPage first = loadPage(std::nullopt);
    m_customers = first.customers;
    m_next = first.next;
    endResetModel();
    m_changing = false;
}

Id CustomerListModel::customerIdAt(int row) const
{
    return row >= 0 && row < m_customers.size() ? m_customers.at(row).id : 0;
}

int CustomerListModel::rowOf(Id customerId) const
{
    for (qsizetype row = 0; row < m_customers.size(); ++row) {
        if (m_customers.at(row).id == customerId)
            return int(row);
    }
    return -1;
}

} // namespace tandem
