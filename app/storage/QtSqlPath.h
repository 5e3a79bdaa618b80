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

} // namespace tandem::qtsql
