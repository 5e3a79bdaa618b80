// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeysetPagedModel.h"
#include "domain/CustomerPage.h"
#include "services/Actor.h"

#include <QAbstractListModel>

namespace tandem {

class CustomerService;

// The customer list, filtered by the search text, fetched a page at a time as the view scrolls,
// so 100,000 customers cost no more than the rows on screen.
class CustomerListModel : public KeysetPagedModel<CustomerListModel, QAbstractListModel, Customer, CustomerCursor>
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    explicit CustomerListModel(CustomerService &service, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setSearchText(const QString &text);
    // Reads the list again (after customers were edited or merged).
    void refresh();
    [[nodiscard]] QString searchText() const { return m_searchText; }
    [[nodiscard]] Id customerIdAt(int row) const;
    // Row of a loaded customer, or -1.
    [[nodiscard]] int rowOf(Id customerId) const;

signals:
    // A page could not be read; the list keeps what it has.
    void loadFailed(const QString &message);

private:
    Page fetchPage(const std::optional<CustomerCursor> &after, int limit) override;

    CustomerService &m_service;
    QString m_searchText;
};

} // namespace tandem
