// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem::bench {

struct TeamLoadOptions
{
    int agents = 50;
    int seconds = 60;
    int customers = 1000;
    qint64 interactions = 10'000;
    // A customer's new message every this many milliseconds, all run long.
    int inboundEveryMs = 1000;
    QString jsonPath; // empty: no JSON file
};

// A team on one PostgreSQL server: `agents` simulated desks (7 reps, 2 specialists and 1 lead in 10), each
// with its own connection, change feed and models, working for `seconds` with think times, while customers'
// messages arrive. Prints each operation's p50/p95/p99, the errors (a lost race is counted apart), the
// server's CPU, memory and connections, and how soon a hand-off reaches every specialist's queue model and
// a customer's message every rep's desk. Returns 0 when nothing failed; needs TANDEM_TEST_POSTGRES_URL.
int runTeamLoad(const TeamLoadOptions &options);

} // namespace tandem::bench
