// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/AuditLog.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// Builds an audit entry from named fields, so no call site depends on AuditEntry's field order. A field
// left unset stays empty: no actor is the system (demo data, copies), no before state is a creation, no
// after state a removal.
class AuditRecord
{
public:
    // `action` like "customer.update"; `entity` is the table-like name of what changed.
    AuditRecord(const QString &action, const QString &entity, std::optional<Id> entityId = std::nullopt);

    AuditRecord &at(Millis occurredAt);
    AuditRecord &by(std::optional<Id> actorId);
    AuditRecord &before(const QJsonObject &state);
    AuditRecord &after(const QJsonObject &state);

    [[nodiscard]] const AuditEntry &entry() const { return m_entry; }
    // Appends within the caller's transaction; returns the new entry's id.
    Id appendTo(Workspace &workspace) const;

private:
    AuditEntry m_entry;
};

} // namespace tandem
