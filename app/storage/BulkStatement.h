// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace tandem {

// One INSERT prepared once and run for many rows, for bulk loads. On SQLite it binds and steps through
// SQLite's C API on the connection's own handle (inside the connection's transaction): Qt SQL's per-row
// cost (a QVariant list per bind, a parameter name built per value) is most of a bulk load's time there.
// Values bind as Query binds them: a null QString as '', an invalid QVariant as NULL.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase &db, const QString &statement);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Throws StorageError.
    void run(std::initializer_list<QVariant> values);
    void run(const QVariantList &values);

private:
    template<typename Values> void bindAndStep(const Values &values);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query; // other backends
};

} // namespace tandem
