// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/CustomerProfile.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

class CustomerProfileRepository
{
public:
    explicit CustomerProfileRepository(Workspace &workspace) : m_workspace(workspace) { }

    // Follow-ups due before `now` count as overdue.
    [[nodiscard]] CustomerProfile profile(Id customerId, Millis now) const;
    // Writes name, e-mail, phone, company, tier, lifecycle and tags, if the stored row still has
    // `expectedUpdatedAt`; false when someone changed it in the meantime. Within the caller's transaction.
    bool updateDetails(const Customer &customer, Millis expectedUpdatedAt);

private:
    Workspace &m_workspace;
};

} // namespace tandem
