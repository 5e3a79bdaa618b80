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

// Settings of the SQLite library itself, made before it starts (later, SQLite refuses them and keeps its
// defaults). Called before every SQLite connection is added; does its work once.
void configureLibrary();

// Binds one value as Query binds it: a null QString as '', an invalid QVariant as NULL. A QString is
// bound in place, so `value` must live until the statement has stepped. Returns SQLite's result code.
int bind(sqlite3_stmt *statement, int index, const QVariant &value);

// Compiled statements kept per connection: compiling is a good part of a short statement's cost (more so
// with the search index's and the change counters' triggers), and the app runs the same few hundred again
// and again. takeStatement() hands out a kept one (reset, no bindings) or null; giveBack() resets it and
// keeps it for the next Query with the same text (or finalizes it when one is kept already or the
// connection keeps enough). A connection must drop its statements before it is closed: SQLite does not
// close a connection with statements alive (and leaves the -wal and -shm files beside the workspace).
sqlite3_stmt *takeStatement(sqlite3 *db, const QString &sql);
void giveBack(sqlite3 *db, const QString &sql, sqlite3_stmt *statement);
void dropStatements(const QSqlDatabase &db);

// Throws StorageError with a sentence for the connection's last error (dberror::raise).
[[noreturn]] void throwLastError(sqlite3 *db, const QString &statement = {});

} // namespace tandem::sqliteapi
