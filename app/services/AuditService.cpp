// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/AuditService.h"

#include "services/ReviewAccess.h"
#include "services/ServiceError.h"
#include "storage/AuditCheckpoint.h"
#include "storage/AuditLog.h"
#include "storage/ChangeFeed.h"
#include "storage/PostgresRoles.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFileInfo>

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

AuditVerification AuditService::verifyAgainst(
    const Actor &actor, const QString &checkpointFile, const QString &publicKeyFile) const
{
    ReviewAccess::requireLead(actor, tr("The audit trail is for team leads."));
    return AuditLog(m_workspace).verify(AuditCheckpoint::read(checkpointFile, publicKeyFile));
}

AuditCheckpointInfo AuditService::checkpoint(
    const Actor &actor, const QString &keyFile, const QString &checkpointFile) const
{
    ReviewAccess::requireLead(actor, tr("The audit trail is for team leads."));
    const AuditVerification verified = AuditLog(m_workspace).verify();
    // A checkpoint vouches for what it signs; it must never vouch for a trail already broken.
    if (verified.firstBrokenId) {
        throw ServiceError(
            tr("%1 No checkpoint was written, since it would vouch for a broken trail.").arg(verified.problem));
    }
    if (verified.head.entryId == 0)
        throw ServiceError(tr("The audit trail is empty; there is nothing to checkpoint yet."));
    AuditCheckpointInfo info;
    info.head = verified.head;
    info.createdAt = QDateTime::currentMSecsSinceEpoch();
    const QString spec = m_workspace.spec();
    info.workspace = m_workspace.dialect().backend() == Backend::Sqlite ? QFileInfo(spec).absoluteFilePath() : spec;
    return AuditCheckpoint::write(info, keyFile, checkpointFile);
}

QString AuditService::createCheckpointKey(const QString &keyFile)
{
    return AuditCheckpoint::createKey(keyFile);
}

QString AuditService::publicKeyFileOf(const QString &keyFile)
{
    return AuditCheckpoint::publicKeyFileOf(keyFile);
}

QString AuditService::postgresRoleScript(const QString &ownerRole, const QString &appRole, const QString &schema)
{
    for (const QString &name : { ownerRole, appRole, schema }) {
        if (!PostgresRoles::isPlainName(name)) {
            throw ServiceError(
                tr("\"%1\" is not a plain name; use letters, digits and underscores, not a digit first.").arg(name));
        }
    }
    if (ownerRole == appRole)
        throw ServiceError(tr("The owner and the app role must be two different roles."));
    return PostgresRoles::script(ownerRole, appRole, schema);
}

} // namespace tandem
