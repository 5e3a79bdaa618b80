// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/RowCursor.h"

#include "storage/Sql.h"
#include "storage/SqliteApi.h"

#include <sqlite3.h>

namespace tandem {

RowCursor::RowCursor(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
    : m_values(values), m_db(sqliteapi::handleOf(db))
{
    if (!m_db) {
        m_query = sql::prepare(db, statement);
        sql::run(m_query, m_values);
        return;
    }
    if (sqlite3_prepare16_v2(
            m_db, statement.constData(), int(statement.size() * qsizetype(sizeof(QChar))), &m_statement, nullptr)
        != SQLITE_OK) {
        sqliteapi::throwLastError(m_db);
    }
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (sqliteapi::bind(m_statement, int(i + 1), m_values.at(i)) != SQLITE_OK)
            sqliteapi::throwLastError(m_db);
    }
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_statement);
}

bool RowCursor::next()
{
    if (!m_statement)
        return m_query.next();
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE)
        sqliteapi::throwLastError(m_db);
    return false;
}

bool RowCursor::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query.isNull(column);
}

qint64 RowCursor::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query.value(column).toLongLong();
}

QString RowCursor::text(int column) const
{
    if (!m_statement)
        return m_query.value(column).toString();
    const void *characters = sqlite3_column_text16(m_statement, column);
    if (!characters)
        return {};
    return QString(
        static_cast<const QChar *>(characters), sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
}

} // namespace tandem
