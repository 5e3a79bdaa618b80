// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Transaction.h"

#include "domain/StorageError.h"
#include "storage/DatabaseError.h"
#include "storage/Query.h"
#include "storage/StorageLog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tandem {

namespace {

// The transactions open on each connection of this thread (Qt's connections belong to the thread that
// opened them, so no lock is needed).
struct OpenTransactions
{
    int depth = 0;
    bool writeLockFirst = false; // how the outermost one began
};
thread_local QHash<QString, OpenTransactions> openTransactions;

} // namespace

Transaction::Transaction(const QSqlDatabase &db, Start start) : m_db(db)
{
    OpenTransactions &open = openTransactions[m_db.connectionName()];
    const bool sqlite = m_db.driverName() == u"QSQLITE"_s;
    if (open.depth > 0) {
        // A savepoint cannot take SQLite's write lock: one that needs it first, inside a transaction that
        // began without it, would fail as "busy" exactly when two desks race, which no test would show.
        if (sqlite && start == Start::WriteLockFirst && !open.writeLockFirst) {
            throw StorageError(tr("A change that must lock the workspace first was started inside one that did "
                                  "not; nothing was written. Please report this as a bug."));
        }
        // Savepoints go through Query, which keeps their statements prepared on SQLite: an import opens one
        // for each mail.
        m_savepoint = u"tandem_nested_%1"_s.arg(open.depth);
        Query::execute(m_db, u"SAVEPOINT "_s + m_savepoint);
    } else {
        if (start == Start::WriteLockFirst && sqlite) {
            // COMMIT and ROLLBACK end it as they end any other.
            execute(u"BEGIN IMMEDIATE"_s);
        } else if (!m_db.transaction()) {
            dberror::raise(
                dberror::fromQtSql(m_db.lastError()), m_db.databaseName(), m_db.lastError().text(), u"BEGIN"_s);
        }
        open.writeLockFirst = start == Start::WriteLockFirst;
    }
    ++open.depth;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --openTransactions[m_db.connectionName()].depth;
    // The error that unwound this scope is on its way up; a refused rollback only leaves a trace.
    if (!m_savepoint.isEmpty()) {
        try {
            Query::execute(m_db, u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
            Query::execute(m_db, u"RELEASE SAVEPOINT "_s + m_savepoint);
        } catch (const std::exception &error) {
            qCWarning(lcStorage) << "Could not take back a nested transaction:" << error.what();
        }
    } else if (!m_db.rollback()) {
        qCWarning(lcStorage) << "Could not roll back an unfinished transaction:" << m_db.lastError().text();
    }
}

void Transaction::execute(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        dberror::raise(dberror::fromQtSql(query.lastError()), m_db.databaseName(), query.lastError().text(), statement);
}

void Transaction::commit()
{
    m_open = false;
    --openTransactions[m_db.connectionName()].depth;
    if (!m_savepoint.isEmpty()) {
        try {
            Query::execute(m_db, u"RELEASE SAVEPOINT "_s + m_savepoint);
        } catch (...) {
            try {
                Query::execute(m_db, u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
            } catch (const std::exception &error) {
                qCWarning(lcStorage) << "Could not take back a nested transaction:" << error.what();
            }
            throw;
        }
        return;
    }
    if (!m_db.commit()) {
        const QSqlError reason = m_db.lastError();
        m_db.rollback();
        dberror::raise(dberror::fromQtSql(reason), m_db.databaseName(), reason.text(), u"COMMIT"_s);
    }
}

} // namespace tandem
