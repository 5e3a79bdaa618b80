// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

namespace tandem::test {

// A customer with just a name, as a repository stores it; for tests that need rows, not a story.
inline Customer someone(const QString &first, const QString &last)
{
    Customer customer;
    customer.firstName = first;
    customer.lastName = last;
    customer.createdAt = 1;
    customer.updatedAt = 1;
    return customer;
}

} // namespace tandem::test
