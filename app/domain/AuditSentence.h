// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/AuditRecords.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tandem {

// An audit entry as a sentence a team lead reads ("Logged a complaint for Ada Lovelace: “Refund late”"),
// made from its action code, its details and the names looked up for it. The sentence leaves out who did
// it: the viewer shows that beside it, and the code itself for the technical reader.
class AuditSentence
{
    Q_DECLARE_TR_FUNCTIONS(tandem::AuditSentence)

public:
    // Every action code the app writes into the trail; each has a sentence of its own.
    [[nodiscard]] static QStringList knownActions();
    [[nodiscard]] static bool isKnown(const QString &action);
    // A code without a sentence of its own (one written by a newer version) gets a generic one.
    [[nodiscard]] static QString of(const AuditListEntry &item);
    [[nodiscard]] static QString generic(const AuditEntry &entry);
};

} // namespace tandem
