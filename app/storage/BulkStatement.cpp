// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/BulkStatement.h"

#include "domain/StorageError.h"
#include "storage/QtSqlPath.h"
#include "storage/SqliteApi.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// A batch stays well below PostgreSQL's 65,535 parameters of one statement, and small enough that the
// driver's text for it stays modest.
constexpr int maxBatchRows = 500;
constexpr int maxBatchValues = 20000;

// This thread's statements on backends other than SQLite, oldest first, each with its connection's name.
QList<std::pair<QString, BulkStatement *>> &gatheringStatements()
{
    static thread_local QList<std::pair<QString, BulkStatement *>> statements;
    return statements;
}

} // namespace

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &statement, Rows rows)
    : m_db(sqliteapi::handleOf(db))
{
    if (!m_db) {
        m_query = qtsql::prepare(db, statement);
        m_database = db;
        gatheringStatements().append({ db.connectionName(), this });
        // "INSERT INTO t (a, b) VALUES (?, ?)", perhaps with ON CONFLICT DO NOTHING: its rows can go as one
        // multi-row INSERT.
        static const QRegularExpression plainInsert(
            uR"(^(\s*INSERT\s+INTO\s+.+\s+VALUES\s*)(\((?:\s*\?\s*,)*\s*\?\s*\))(\s+ON\s+CONFLICT\s+DO\s+NOTHING)?\s*$)"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = plainInsert.match(statement);
        if (rows == Rows::Gathered && match.hasMatch()) {
            m_insertHead = match.captured(1);
            m_rowPlaceholders = match.captured(2);
            m_insertTail = match.captured(3);
            m_columns = int(m_rowPlaceholders.count(u'?'));
            m_batchRows = qMax(1, qMin(maxBatchRows, maxBatchValues / m_columns));
        }
        return;
    }
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        sqliteapi::throwLastError(m_db);
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
    // Rows still gathered here were never sent: the load failed before flushAll(), and its transaction goes.
    gatheringStatements().removeIf([this](const auto &entry) { return entry.second == this; });
}

void BulkStatement::run(std::initializer_list<QVariant> values)
{
    if (m_statement)
        bindAndStep(values);
    else
        run(QVariantList(values));
}

void BulkStatement::run(const QVariantList &values)
{
    if (m_statement) {
        bindAndStep(values);
    } else if (m_columns > 0) {
        gather(values);
    } else {
        // Its row may reference rows gathered by statements made before it.
        flush();
        qtsql::bindAndRun(m_query, values);
    }
}

void BulkStatement::gather(const QVariantList &values)
{
    if (int(values.size()) != m_columns) {
        // Let the driver say what is wrong with the row, as it would have without gathering.
        flush();
        qtsql::bindAndRun(m_query, values);
        return;
    }
    m_gathered.append(values);
    if (m_gathered.size() >= qsizetype(m_batchRows) * m_columns)
        flush();
}

void BulkStatement::flush()
{
    const QString connection = m_database.connectionName();
    for (const auto &[name, statement] : std::as_const(gatheringStatements())) {
        if (statement == this)
            break;
        if (name == connection)
            statement->sendGathered();
    }
    sendGathered();
}

void BulkStatement::sendGathered()
{
    if (m_gathered.isEmpty())
        return;
    const int rows = int(m_gathered.size() / m_columns);
    const auto statementFor = [this](int count) {
        QString text = m_insertHead;
        text.reserve(text.size() + count * (m_rowPlaceholders.size() + 2));
        for (int row = 0; row < count; ++row) {
            if (row > 0)
                text += u", "_s;
            text += m_rowPlaceholders;
        }
        text += m_insertTail;
        return text;
    };
    const QVariantList values = std::exchange(m_gathered, {});
    if (rows == m_batchRows) {
        if (m_batchQuery.lastQuery().isEmpty())
            m_batchQuery = qtsql::prepare(m_database, statementFor(rows));
        qtsql::bindAndRun(m_batchQuery, values);
    } else {
        QSqlQuery last = qtsql::prepare(m_database, statementFor(rows));
        qtsql::bindAndRun(last, values);
    }
}

void BulkStatement::flushAll(const QSqlDatabase &db)
{
    const QString connection = db.connectionName();
    for (const auto &[name, statement] : std::as_const(gatheringStatements())) {
        if (name == connection)
            statement->sendGathered();
    }
}

template<typename Values> void BulkStatement::bindAndStep(const Values &values)
{
    int index = 0;
    for (const QVariant &value : values) {
        if (sqliteapi::bind(m_statement, ++index, value) != SQLITE_OK)
            sqliteapi::throwLastError(m_db);
    }
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (stepped != SQLITE_DONE)
        sqliteapi::throwLastError(m_db);
}

} // namespace tandem
