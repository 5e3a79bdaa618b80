// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EngineReplay.h"

namespace tandem {

// Records the app's PostgreSQL connection with libpq's own trace (PQtrace) and replays the queries on a
// libpq connection of its own to `url`, the workspace's server and schema.
std::unique_ptr<EngineReplay> makePostgresReplay(const QSqlDatabase &db, const QString &url);

// Runs `sql` on the server at `url` through libpq; the first row's first value, or empty. Throws on errors.
QByteArray postgresScalar(const QString &url, const QByteArray &sql);

} // namespace tandem
