// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/RecordsFilter.h"
#include "services/Actor.h"

#include <QCoreApplication>

namespace tandem {

// The review rows of the role table (DESIGN.md section 2): team leads review every record, the KPIs of
// anyone and the audit trail; reps and specialists review their own records and numbers only.
class ReviewAccess
{
    Q_DECLARE_TR_FUNCTIONS(tandem::ReviewAccess)

public:
    [[nodiscard]] static bool reviewsEveryone(const Actor &actor) { return actor.role == Role::TeamLead; }
    // The filter narrowed to what the actor may see: unchanged for a lead, the actor's own records for
    // anyone else. Asking for another agent's or another role's records is refused.
    [[nodiscard]] static RecordsFilter scoped(const Actor &actor, RecordsFilter filter);
    // The agent whose numbers the actor asks for: anyone (or everyone, or a role) for a lead, themselves
    // otherwise; a role's numbers are everyone's in it, so only a lead may ask for them.
    [[nodiscard]] static std::optional<Id> scopedAgent(
        const Actor &actor, const std::optional<Id> &agentId, const std::optional<Role> &role);
    // Throws PermissionDenied with `refusal` unless the actor is a team lead.
    static void requireLead(const Actor &actor, const QString &refusal);
};

} // namespace tandem
