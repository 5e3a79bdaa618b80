// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/BulkStatement.h"

#include "domain/StorageError.h"
#include "storage/QtSqlPath.h"
#include "storage/SqliteApi.h"

#include <QCoreApplication>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tandem {

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &statement) : m_db(sqliteapi::handleOf(db))
{
    if (!m_db) {
        m_query = qtsql::prepare(db, statement);
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
}

void BulkStatement::run(std::initializer_list<QVariant> values)
{
    if (!m_statement) {
        qtsql::bindAndRun(m_query, QVariantList(values));
        return;
    }
    bindAndStep(values);
}

void BulkStatement::run(const QVariantList &values)
{
    if (!m_statement) {
        qtsql::bindAndRun(m_query, values);
        return;
    }
    bindAndStep(values);
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
