// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "storage/CustomerRepository.h"

#include <QObject>

namespace tandem {

class Workspace;

class CustomerService : public QObject
{
    Q_OBJECT

public:
    explicit CustomerService(Workspace &workspace, QObject *parent = nullptr);

    // A page of the customer list filtered by what the agent typed; any text is safe to pass.
    [[nodiscard]] CustomerPage search(
        const Actor &actor, const QString &text, const std::optional<CustomerCursor> &after, int limit) const;
    [[nodiscard]] std::optional<Customer> customer(const Actor &actor, Id id) const;
    [[nodiscard]] qint64 customerCount(const Actor &actor) const;

signals:
    // Something in the workspace changed (here or at another desk).
    void changed();

private:
    Workspace &m_workspace;
    CustomerRepository m_customers;
};

} // namespace tandem
