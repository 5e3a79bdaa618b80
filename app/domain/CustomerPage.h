// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

// Keyset position in the customer list, ordered by sort name then id.
struct CustomerCursor
{
    QString sortName;
    Id id = 0;
};

struct CustomerPage
{
    QList<Customer> customers;
    std::optional<CustomerCursor> next; // none: this was the last page
};

} // namespace tandem
