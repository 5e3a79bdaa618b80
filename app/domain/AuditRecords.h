// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

struct AuditEntry
{
    Id id = 0;
    Millis occurredAt = 0;
    std::optional<Id> actorId;
    QString action; // "customer.update", "interaction.log", ...
    QString entity; // table-like name of what changed
    std::optional<Id> entityId;
    QString before; // JSON of the old state, empty for creations
    QString after; // JSON of the new state
};

// Result of checking the hash chain.
struct AuditVerification
{
    qint64 entriesChecked = 0;
    std::optional<Id> firstBrokenId; // none: the chain is intact
    QString problem;
};

// An entry as the audit viewer lists it.
struct AuditListEntry
{
    AuditEntry entry;
    QString actorName; // empty for the system (demo data, copies)
};

struct AuditPage
{
    QList<AuditListEntry> entries; // newest first
    std::optional<Id> next; // pass back as `before` for the next page
};

} // namespace tandem
