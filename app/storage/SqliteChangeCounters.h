// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

#include <optional>

namespace tandem {

// What other desks on a SQLite file are told. SQLite says only that another connection committed
// (PRAGMA data_version), and presence heartbeats commit every few seconds; so every connection that may
// write counts its changes to the data (by temporary triggers on every table but presence) and, apart, the
// presence changes others see (someone came, went, or started or stopped typing), in two counters a
// reader compares. A heartbeat moves neither.
namespace SqliteChangeCounters {

struct Counts
{
    qint64 data = 0;
    qint64 presence = 0;

    bool operator==(const Counts &) const = default;
};

// Sets up counting on this connection; does nothing on a workspace without the counters (an older schema).
void install(const QSqlDatabase &db);
// Counts a presence change others should see.
void countPresenceChange(const QSqlDatabase &db);
// None on a workspace without the counters.
[[nodiscard]] std::optional<Counts> read(const QSqlDatabase &db);

} // namespace SqliteChangeCounters

} // namespace tandem
