// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/AuditService.h"

#include "services/ReviewAccess.h"
#include "storage/AuditLog.h"
#include "storage/ChangeFeed.h"
#include "storage/Workspace.h"

namespace tandem {

AuditService::AuditService(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &AuditService::changed);
}

AuditPage AuditService::page(const Actor &actor, const std::optional<Id> &before, int limit) const
{
    ReviewAccess::requireLead(actor, tr("The audit trail is for team leads."));
    return AuditLog(m_workspace).page(before, qBound(1, limit, 5000));
}

AuditVerification AuditService::verify(const Actor &actor) const
{
    ReviewAccess::requireLead(actor, tr("The audit trail is for team leads."));
    return AuditLog(m_workspace).verify();
}

} // namespace tandem
