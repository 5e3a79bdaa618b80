// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/ServerFinding.h"
#include "storage/PostgresAddress.h"

#include <QCoreApplication>
#include <QList>

namespace tandem {

// What Tandem needs of a team server, looked at without writing anything (tandemctl doctor; README, "Running
// the team server"): PostgreSQL 15 or newer, UTF8, plpgsql, a writable primary, a login without superuser
// rights, the two-role set-up, and LISTEN/NOTIFY on the connection the change feed uses (not a transaction
// pool). A replica the address names is looked at too.
class TeamServerCheck
{
    Q_DECLARE_TR_FUNCTIONS(tandem::TeamServerCheck)

public:
    // The oldest server version Tandem supports, as server_version_num.
    static constexpr int oldestVersion = 150000;

    // Runs the event loop while it waits (up to `notifyWaitMs`) for its own notification to come back.
    static QList<ServerFinding> examine(const PostgresAddress &address, int notifyWaitMs = 3000);
};

} // namespace tandem
