// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AuditRecords.h"
#include "services/Actor.h"

#include <QObject>

namespace tandem {

class Workspace;

// The audit trail for team leads: read it a page at a time, check that nobody changed or removed an entry
// behind the app's back, and sign checkpoints of its head to keep outside the workspace, so that cutting
// the newest entries is noticed even when the workspace's own record of its head was changed to match.
class AuditService : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    explicit AuditService(Workspace &workspace, QObject *parent = nullptr);

    [[nodiscard]] AuditPage page(const Actor &actor, const std::optional<Id> &before, int limit = pageSize) const;
    [[nodiscard]] AuditVerification verify(const Actor &actor) const;
    // verify(), and that the trail still holds the entry the checkpoint in `checkpointFile` vouches for.
    // A checkpoint that is damaged, tampered with or signed by another key than the one in `publicKeyFile`
    // (when given) throws Error.
    [[nodiscard]] AuditVerification verifyAgainst(
        const Actor &actor, const QString &checkpointFile, const QString &publicKeyFile = {}) const;
    // Signs the head of the verified trail with the secret key in `keyFile` and writes the checkpoint to
    // `checkpointFile`. Refused (Error) while the trail is broken or empty.
    AuditCheckpointInfo checkpoint(const Actor &actor, const QString &keyFile, const QString &checkpointFile) const;
    // A new checkpoint key pair: the secret key in `keyFile` (owner-only, never replacing a file), the public
    // key beside it (publicKeyFileOf). Returns the public key, base64.
    static QString createCheckpointKey(const QString &keyFile);
    static QString publicKeyFileOf(const QString &keyFile);

    // The SQL that sets up a PostgreSQL team server with two roles: `ownerRole` owns the tables and runs
    // the migrations, `appRole` is what the desks log in as, and may read and write records but can neither
    // change nor delete audit entries nor switch off the trigger that guards them. Names other than plain
    // ones (letters, digits, underscores) are refused with ServiceError.
    static QString postgresRoleScript(const QString &ownerRole, const QString &appRole, const QString &schema);

signals:
    void changed();

private:
    Workspace &m_workspace;
};

} // namespace tandem
