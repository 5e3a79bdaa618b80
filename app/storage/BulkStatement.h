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
//
// On other backends (a team server) a row costs a round trip to the server, so an INSERT ... VALUES (?, ...)
// made with Rows::Gathered gathers its rows and sends them as one multi-row INSERT per batch. Rows that reference each
// other must reach the server in order: before a statement sends its batch (or, for one that cannot gather, its row),
// every statement made earlier on the same connection sends what it holds (so make them in the order of
// their foreign keys), and flushAll() sends the rest before anything reads the tables.
class BulkStatement
{
public:
    enum class Rows {
        OneByOne,
        // Sent in batches on a team server: the rows are there only after flushAll().
        Gathered,
    };

    BulkStatement(const QSqlDatabase &db, const QString &statement, Rows rows = Rows::OneByOne);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Throws StorageError.
    void run(std::initializer_list<QVariant> values);
    void run(const QVariantList &values);
    // Sends the rows gathered by every statement on `db`, in the order the statements were made. Throws
    // StorageError.
    static void flushAll(const QSqlDatabase &db);

private:
    template<typename Values> void bindAndStep(const Values &values);
    void gather(const QVariantList &values);
    // Sends the rows gathered here, after those of the statements made before this one.
    void flush();
    void sendGathered();

    QSqlDatabase m_database;
    QString m_insertHead; // up to and including VALUES, when rows can be gathered
    QString m_rowPlaceholders; // "(?, ?, ...)"
    QString m_insertTail; // ON CONFLICT DO NOTHING, or nothing
    int m_columns = 0;
    int m_batchRows = 1;
    QVariantList m_gathered;
    QSqlQuery m_batchQuery; // prepared for m_batchRows rows

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query; // other backends
};

} // namespace tandem
