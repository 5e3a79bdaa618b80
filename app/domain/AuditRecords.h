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

// The newest entry of a chain, as a checkpoint vouches for it. Ids run from 1 without gaps in an intact
// chain, so entryId is also the number of entries up to it.
struct AuditHead
{
    Id entryId = 0;
    QString entryHash;
    qint64 entries = 0;
    // The first entry's hash names the trail: it is the same in every copy of the workspace and differs
    // between workspaces started apart.
    QString firstEntryHash;
};

// A signed statement about a chain head, kept outside the workspace.
struct AuditCheckpointInfo
{
    AuditHead head;
    Millis createdAt = 0;
    QString workspace; // where the workspace was when the checkpoint was taken; for people, never compared
    QString publicKey; // base64 Ed25519 key the checkpoint is signed with
};

// Result of checking the hash chain.
struct AuditVerification
{
    qint64 entriesChecked = 0;
    std::optional<Id> firstBrokenId; // none: the chain is intact
    QString problem;
    AuditHead head; // the newest entry checked
    std::optional<AuditCheckpointInfo> checkpoint; // the one the chain was checked against
};

// The names an entry's sentence (AuditSentence) speaks of, looked up when the trail is read; each is empty
// when the entry is about no such thing or the record is gone.
struct AuditNames
{
    QString customer; // the customer the entry is about
    QString otherCustomer; // the customer a duplicate was merged into, or taken out of
    QString agent; // the account, the reviewed agent or the new assignee the entry is about
    QString templateName;
};

// An entry as the audit viewer lists it.
struct AuditListEntry
{
    AuditEntry entry;
    QString actorName; // empty for the system (demo data, copies)
    AuditNames names;
};

struct AuditPage
{
    QList<AuditListEntry> entries; // newest first
    std::optional<Id> next; // pass back as `before` for the next page
};

} // namespace tandem
