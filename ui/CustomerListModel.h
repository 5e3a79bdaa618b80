// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/CustomerPage.h"
#include "services/Actor.h"

#include <QAbstractListModel>

namespace tandem {

class CustomerService;

// The customer list, filtered by the search text, fetched a page at a time as the view scrolls,
// so 100,000 customers cost no more than the rows on screen.
class CustomerListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    CustomerListModel(CustomerService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

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
    CustomerPage loadPage(const std::optional<CustomerCursor> &after);

    CustomerService &m_service;
    Actor m_actor;
    QString m_searchText;
    QList<Customer> m_customers;
    std::optional<CustomerCursor> m_next;
    // Views and testers call fetchMore() from inside our own change signals; such calls wait for the next one.
    bool m_changing = false;
};

} // namespace tandem
