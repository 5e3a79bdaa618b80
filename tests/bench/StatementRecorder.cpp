// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StatementRecorder.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <stdexcept>

namespace tandem {
namespace {

int onStatement(unsigned type, void *context, void *statement, void *text)
{
    // Statements a trigger runs come as "-- ..." comments; they run again when their outer statement replays.
    const char *sql = static_cast<const char *>(text);
    if (type != SQLITE_TRACE_STMT || (sql && sql[0] == '-' && sql[1] == '-'))
        return 0;
    if (char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
        static_cast<QByteArrayList *>(context)->append(QByteArray(expanded));
        sqlite3_free(expanded);
    }
    return 0;
}

} // namespace

StatementRecorder::StatementRecorder(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        throw std::runtime_error("tandem-bench measures SQLite workspaces only");
}

QByteArrayList StatementRecorder::record(const std::function<void()> &work)
{
    QByteArrayList statements;
    sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, onStatement, &statements);
    try {
        work();
    } catch (...) {
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        throw;
    }
    sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
    return statements;
}

} // namespace tandem
