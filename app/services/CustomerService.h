// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/CustomerPage.h"

#include <QObject>

#include <memory>

namespace tandem {

class Workspace;

// The customer list. Every role reads every customer (DESIGN.md section 2), so nothing here asks who reads.
class CustomerService : public QObject
{
    Q_OBJECT

public:
    explicit CustomerService(Workspace &workspace, QObject *parent = nullptr);
    ~CustomerService() override;

    // A page of the customer list filtered by what the agent typed; any text is safe to pass.
    [[nodiscard]] CustomerPage search(const QString &text, const std::optional<CustomerCursor> &after, int limit) const;
    [[nodiscard]] std::optional<Customer> customer(Id id) const;
    [[nodiscard]] qint64 customerCount() const;

signals:
    // Something in the workspace changed (here or at another desk).
    void changed();

private:
    Workspace &m_workspace;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
