// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ReviewAccess.h"

#include "services/ServiceError.h"

namespace tandem {

RecordsFilter ReviewAccess::scoped(const Actor &actor, RecordsFilter filter)
{
    if (reviewsEveryone(actor))
        return filter;
    // Their own records are all of their own role, so asking for it changes nothing.
    if (filter.role == actor.role)
        filter.role.reset();
    filter.agentId = scopedAgent(actor, filter.agentId, filter.role);
    return filter;
}

std::optional<Id> ReviewAccess::scopedAgent(
    const Actor &actor, const std::optional<Id> &agentId, const std::optional<Role> &role)
{
    if (reviewsEveryone(actor))
        return agentId;
    if ((agentId && *agentId != actor.agentId) || role)
        throw PermissionDenied(tr("You can review your own records and numbers only; team leads see everyone's."));
    return actor.agentId;
}

void ReviewAccess::requireLead(const Actor &actor, const QString &refusal)
{
    if (!reviewsEveryone(actor))
        throw PermissionDenied(refusal);
}

} // namespace tandem
