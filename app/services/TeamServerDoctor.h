// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/ServerFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tandem {

// tandemctl doctor: whether a team server gives Tandem what it needs (README, "Running the team server").
class TeamServerDoctor
{
    Q_DECLARE_TR_FUNCTIONS(tandem::TeamServerDoctor)

public:
    // Looks at the server `workspaceUrl` (postgresql://..., with listen= and replica= when given) without
    // writing anything. An address that is not one comes back as one failed finding.
    static QList<ServerFinding> examine(const QString &workspaceUrl, const QString &password = {});
    // True when any finding failed.
    static bool anyFailed(const QList<ServerFinding> &findings);
};

} // namespace tandem
