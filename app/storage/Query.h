// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tandem {

class SqlStatement;

// The one way to run a statement and read its rows (bulk loads have BulkStatement). Values bind by
// position: a null QString as '' (text columns want '' for "no text"), an invalid QVariant as NULL. The
// statement runs when the Query is made, so a refused write throws there; every failure throws
// StorageError.
//
// On SQLite it prepares, binds and steps through SQLite's C API on the connection's own handle, when the
// Qt driver was found at start-up to use the library we link (sqliteapi::handleOf): Qt SQL wraps each
// value of each row in a QVariant and caches the row, which made a timeline page 1.6 times slower. Read
// hot columns with integer()/text(); value() is for generic code. Other backends, and SQLite when the
// driver's library differs, go through Qt SQL.
class Query
{
public:
    Query(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
    Query(const QSqlDatabase &db, const SqlStatement &statement);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    // Runs a statement whose rows (if any) nobody reads.
    static void run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
    // Runs a statement without parameters as it is, unprepared on Qt SQL (DDL, PRAGMA, functions whose
    // body holds '?').
    static void execute(const QSqlDatabase &db, const QString &statement);
    // Runs an INSERT that always adds one row, written without RETURNING, and gives the row's id. SQLite
    // answers RETURNING by collecting the rows in a scratch b-tree it makes and frees for each statement,
    // which cost more than the insert itself (a quarter of a mail import's time went to two such inserts
    // a mail); it takes the id from the connection instead. PostgreSQL returns it with the row.
    [[nodiscard]] static qint64 insert(
        const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant.
    [[nodiscard]] static QVariant scalar(
        const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

    // Moves to the next row; false after the last.
    [[nodiscard]] bool next();
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    // A null QString for NULL.
    [[nodiscard]] QString text(int column) const;
    // Integers as qint64, reals as double, text as QString, NULL as an invalid QVariant.
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] QStringList columnNames() const;
    // Rows an INSERT, UPDATE or DELETE without RETURNING changed.
    [[nodiscard]] int rowsAffected() const;

private:
    QVariantList m_values; // bound in place on SQLite; they live as long as the statement
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql; // the statement's text, under which SQLite keeps it for the next Query
    bool m_rowWaiting = false; // the first step, made when the statement ran, found a row
    int m_rowsAffected = 0;
    QSqlQuery m_query; // Qt SQL
};

namespace sql {

// NULL for an empty optional.
template<typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace sql

} // namespace tandem
