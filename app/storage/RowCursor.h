// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace tandem {

// Runs a query and steps through its rows. On SQLite it reads through SQLite's C API on the connection's
// own handle: Qt SQL wraps each value of each row in a QVariant and caches the row, which made a timeline
// page cost nearly twice SQLite's own time. Values bind as sql::run binds them.
class RowCursor
{
public:
    // Throws StorageError.
    RowCursor(const QSqlDatabase &db, const QString &statement, const QVariantList &values);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // Throws StorageError.
    [[nodiscard]] bool next();
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    // A null QString for NULL.
    [[nodiscard]] QString text(int column) const;

private:
    QVariantList m_values; // bound in place; they live as long as the statement
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query; // other backends
};

} // namespace tandem
