// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AuditRecords.h"

#include <QCoreApplication>
#include <QString>

namespace tandem {

// Signed checkpoints of the audit chain's head (Ed25519). The chain's own head sits in the workspace, so
// whoever can write the file can cut its tail and move the head to match; a checkpoint kept elsewhere,
// signed with a key kept elsewhere, still names the entry that was there. All of the trail's cryptography
// beyond its hashes is in this file. Failures throw Error with a sentence.
class AuditCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(tandem::AuditCheckpoint)

public:
    // Makes a key pair: the secret key goes to `keyFile` (readable by its owner only; an existing file is
    // never replaced), the public key to publicKeyFileOf(keyFile). Returns the public key, base64.
    static QString createKey(const QString &keyFile);
    static QString publicKeyFileOf(const QString &keyFile) { return keyFile + u".pub"; }

    // Signs `info` with the secret key in `keyFile` and writes it to `checkpointFile`, replacing that file
    // whole or not at all. Returns `info` with the public key filled in.
    static AuditCheckpointInfo write(AuditCheckpointInfo info, const QString &keyFile, const QString &checkpointFile);

    // Reads a checkpoint and checks its signature: against the key in `publicKeyFile` when one is given
    // (a pinned key), otherwise against the key the checkpoint carries.
    static AuditCheckpointInfo read(const QString &checkpointFile, const QString &publicKeyFile = {});
};

} // namespace tandem
