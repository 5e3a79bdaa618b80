// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AuditRecords.h"
#include "domain/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// Append-only audit trail. Each entry's hash covers its content and the previous entry's hash, so an
// entry edited or deleted outside the app breaks the chain at that point. The chain head (the newest
// entry's id and hash) is kept in tandem_meta as well, so deleting the newest entries is noticed too, and an
// empty trail in a workspace that holds records is noticed as deleted. Whoever can write the database can
// still cut the tail and move the head to match; a signed checkpoint kept elsewhere (AuditCheckpoint)
// catches that.
class AuditLog
{
public:
    explicit AuditLog(Workspace &workspace) : m_workspace(workspace) { }

    // Appends within the caller's transaction and moves the chain head; returns the new entry's id.
    Id append(const AuditEntry &entry);
    // Checks the chain, and when a checkpoint is given, that the chain still holds the entry it vouches for.
    [[nodiscard]] AuditVerification verify(const std::optional<AuditCheckpointInfo> &checkpoint = std::nullopt) const;
    // Entries older than `before` (all when unset), newest first: keyset paging by id.
    [[nodiscard]] AuditPage page(const std::optional<Id> &before, int limit) const;
    [[nodiscard]] std::optional<AuditListEntry> find(Id id) const;

    static QString hashOf(const QString &previousHash, const AuditEntry &entry);

private:
    [[nodiscard]] bool holdsAuditedRecords() const;

    Workspace &m_workspace;
};

} // namespace tandem
