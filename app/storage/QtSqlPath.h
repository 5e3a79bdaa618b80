// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlError;

// The Qt SQL path behind Query and BulkStatement (PostgreSQL, and SQLite when its C API may not be used on
// the driver's handle). Repositories use Query.
namespace tandem::qtsql {

// Throws StorageError with a sentence for `error` (dberror::raise).
[[noreturn]] void fail(const QSqlError &error, const QString &statement = {});
// A forward-only prepared query (QPSQL and QSQLITE then stream rows instead of caching them).
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
// Binds positional values (a null QString as '', an invalid QVariant as NULL) and executes.
void bindAndRun(QSqlQuery &query, const QVariantList &values);

// A connection that may reach the server through a transaction pool (PgBouncer), where each transaction may
// run on another server connection: Qt's driver would PREPARE a statement by name in one transaction and
// EXECUTE it in the next, so there each statement is sent whole instead, its values written in.
void markPooled(const QSqlDatabase &db, bool pooled);
[[nodiscard]] bool isPooled(const QSqlDatabase &db);
// Runs `statement` with its positional values written in by the driver (as its EXECUTE does), unprepared.
QSqlQuery runWhole(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

} // namespace tandem::qtsql
