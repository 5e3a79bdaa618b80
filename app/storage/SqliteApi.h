// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tandem::sqliteapi {

// The SQLite connection behind an open QSQLITE database, or null for other drivers. Statements made on it
// share the connection's transaction. Also null when the Qt driver does not run the SQLite library we link
// (checked once, on the first connection, and logged to tandem.storage): then everything goes through Qt SQL.
sqlite3 *handleOf(const QSqlDatabase &db);

// Binds one value as Query binds it: a null QString as '', an invalid QVariant as NULL. A QString is
// bound in place, so `value` must live until the statement has stepped. Returns SQLite's result code.
int bind(sqlite3_stmt *statement, int index, const QVariant &value);

// Throws StorageError with a sentence for the connection's last error (dberror::raise).
[[noreturn]] void throwLastError(sqlite3 *db, const QString &statement = {});

} // namespace tandem::sqliteapi
