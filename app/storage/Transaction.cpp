// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Transaction.h"

#include "storage/DatabaseError.h"
#include "storage/StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tandem {

Transaction::Transaction(const QSqlDatabase &db, Start start) : m_db(db)
{
    if (start == Start::WriteLockFirst && m_db.driverName() == u"QSQLITE"_s) {
        // COMMIT and ROLLBACK end it as they end any other.
        QSqlQuery begin(m_db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s))
            dberror::raise(dberror::fromQtSql(begin.lastError()), m_db.databaseName(), begin.lastError().text(),
                u"BEGIN IMMEDIATE"_s);
    } else if (!m_db.transaction()) {
        dberror::raise(dberror::fromQtSql(m_db.lastError()), m_db.databaseName(), m_db.lastError().text(), u"BEGIN"_s);
    }
    m_open = true;
}

Transaction::~Transaction()
{
    // The error that unwound this scope is on its way up; a refused rollback only leaves a trace.
    if (m_open && !m_db.rollback())
        qCWarning(lcStorage) << "Could not roll back an unfinished transaction:" << m_db.lastError().text();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QSqlError reason = m_db.lastError();
        m_db.rollback();
        m_open = false;
        dberror::raise(dberror::fromQtSql(reason), m_db.databaseName(), reason.text(), u"COMMIT"_s);
    }
    m_open = false;
}

} // namespace tandem
