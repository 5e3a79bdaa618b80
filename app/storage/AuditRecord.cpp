// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/AuditRecord.h"

#include "domain/Json.h"

namespace tandem {

AuditRecord::AuditRecord(const QString &action, const QString &entity, std::optional<Id> entityId)
{
    m_entry.action = action;
    m_entry.entity = entity;
    m_entry.entityId = entityId;
}

AuditRecord &AuditRecord::at(Millis occurredAt)
{
    m_entry.occurredAt = occurredAt;
    return *this;
}

AuditRecord &AuditRecord::by(std::optional<Id> actorId)
{
    m_entry.actorId = actorId;
    return *this;
}

AuditRecord &AuditRecord::before(const QJsonObject &state)
{
    m_entry.before = compactJson(state);
    return *this;
}

AuditRecord &AuditRecord::after(const QJsonObject &state)
{
    m_entry.after = compactJson(state);
    return *this;
}

Id AuditRecord::appendTo(Workspace &workspace) const
{
    return AuditLog(workspace).append(m_entry);
}

} // namespace tandem
