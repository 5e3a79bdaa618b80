// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Query.h"

#include "storage/DatabaseError.h"
#include "storage/QtSqlPath.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteApi.h"

#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tandem {
Query::Query(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
    : m_values(values), m_db(sqliteapi::handleOf(db))
{
    if (!m_db && qtsql::isPooled(db)) {
        m_query = qtsql::runWhole(db, statement, m_values);
        m_rowsAffected = m_query.numRowsAffected();
        return;
    }
    if (!m_db) {
        m_query = qtsql::prepare(db, statement);
        qtsql::bindAndRun(m_query, m_values);
        m_rowsAffected = m_query.numRowsAffected();
        return;
    }
    m_statement = sqliteapi::takeStatement(m_db, statement);
    const void *tail = nullptr;
    if (!m_statement
        && sqlite3_prepare16_v2(
               m_db, statement.constData(), int(statement.size() * qsizetype(sizeof(QChar))), &m_statement, &tail)
            != SQLITE_OK) {
        sqliteapi::throwLastError(m_db, statement);
    }
    // A constructor that throws gets no destructor: an unfinalized statement would keep the connection from
    // closing (and SQLite's -wal and -shm files beside the workspace).
    int stepped = SQLITE_DONE;
    try {
        // Qt SQL refuses a second statement too; running only the first would drop the rest silently. (A kept
        // statement passed this when it was compiled.)
        const auto *rest = static_cast<const QChar *>(tail);
        if (rest && !QStringView(rest, statement.constData() + statement.size()).trimmed().isEmpty()) {
            dberror::raise(dberror::Cause::Refused, QString(), u"more than one statement"_s, statement);
        }
        for (qsizetype i = 0; i < m_values.size(); ++i) {
            if (sqliteapi::bind(m_statement, int(i + 1), m_values.at(i)) != SQLITE_OK)
                sqliteapi::throwLastError(m_db, statement);
        }
        stepped = sqlite3_step(m_statement);
        if (stepped != SQLITE_ROW && stepped != SQLITE_DONE)
            sqliteapi::throwLastError(m_db, statement);
    } catch (...) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        throw;
    }
    m_sql = statement;
    m_rowWaiting = stepped == SQLITE_ROW;
    m_rowsAffected = sqlite3_stmt_readonly(m_statement) ? 0 : sqlite3_changes(m_db);
}

Query::Query(const QSqlDatabase &db, const SqlStatement &statement) : Query(db, statement.text(), statement.values())
{ }

Query::~Query()
{
    sqliteapi::giveBack(m_db, m_sql, m_statement);
}

void Query::run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    const Query query(db, statement, values);
}

void Query::execute(const QSqlDatabase &db, const QString &statement)
{
    if (sqliteapi::handleOf(db)) {
        run(db, statement);
        return;
    }
    QSqlQuery query(db);
    if (!query.exec(statement))
        qtsql::fail(query.lastError(), statement);
}

qint64 Query::insert(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    const auto noRow
        = [&statement] { dberror::raise(dberror::Cause::Refused, QString(), u"the insert added no row"_s, statement); };
    if (db.driverName() != u"QSQLITE"_s) {
        const QVariant id = scalar(db, statement + u" RETURNING id"_s, values);
        if (!id.isValid())
            noRow();
        return id.toLongLong();
    }
    const Query query(db, statement, values);
    // Without a row of its own, the connection's last id would be an earlier statement's.
    if (query.rowsAffected() != 1)
        noRow();
    // Triggers' own inserts do not change it: SQLite gives back the statement's row once they are done.
    return query.m_db ? sqlite3_last_insert_rowid(query.m_db) : query.m_query.lastInsertId().toLongLong();
}

QVariant Query::scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    Query query(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

bool Query::next()
{
    if (!m_statement)
        return m_query.next();
    if (m_rowWaiting) {
        m_rowWaiting = false;
        return true;
    }
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE)
        sqliteapi::throwLastError(m_db, QString::fromUtf8(sqlite3_sql(m_statement)));
    return false;
}

bool Query::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query.isNull(column);
}

qint64 Query::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query.value(column).toLongLong();
}

QString Query::text(int column) const
{
    if (!m_statement)
        return m_query.value(column).toString();
    const void *characters = sqlite3_column_text16(m_statement, column);
    if (!characters)
        return {};
    return QString(
        static_cast<const QChar *>(characters), sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
}

QVariant Query::value(int column) const
{
    if (!m_statement) {
        // Qt SQL gives NULL a type, and a typed null QString would bind again as '' rather than NULL.
        return m_query.isNull(column) ? QVariant() : m_query.value(column);
    }
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
            sqlite3_column_bytes(m_statement, column)));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

QStringList Query::columnNames() const
{
    QStringList names;
    if (!m_statement) {
        const QSqlRecord record = m_query.record();
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
        return names;
    }
    for (int i = 0; i < sqlite3_column_count(m_statement); ++i)
        names.append(QString::fromUtf8(sqlite3_column_name(m_statement, i)));
    return names;
}

int Query::rowsAffected() const
{
    return m_rowsAffected;
}

} // namespace tandem
