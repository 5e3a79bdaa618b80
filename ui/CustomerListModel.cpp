// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerListModel.h"

#include "ModelRoles.h"
#include "domain/Error.h"
#include "services/CustomerService.h"

using namespace Qt::StringLiterals;

namespace tandem {

CustomerListModel::CustomerListModel(CustomerService &service, QObject *parent)
    : KeysetPagedModel(pageSize, parent), m_service(service)
{
    refresh();
}

CustomerListModel::Page CustomerListModel::fetchPage(const std::optional<CustomerCursor> &after, int limit)
{
    CustomerPage page = m_service.search(m_searchText, after, limit);
    return { std::move(page.customers), page.next };
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &customer = rows().at(index.row());
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

void CustomerListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    refresh();
}

void CustomerListModel::refresh()
{
    resetToFirstPage();
}

Id CustomerListModel::customerIdAt(int row) const
{
    const Customer *customer = rowPointer(row);
    return customer ? customer->id : 0;
}

int CustomerListModel::rowOf(Id customerId) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == customerId)
            return int(row);
    }
    return -1;
}

} // namespace tandem
