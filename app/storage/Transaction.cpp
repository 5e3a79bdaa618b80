// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Transaction.h"

#include "storage/StorageError.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tandem {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction()) {
        throw StorageError(QCoreApplication::translate("tandem::Transaction", "Could not start a transaction: %1")
                .arg(m_db.lastError().text()));
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
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        m_open = false;
        throw StorageError(
            QCoreApplication::translate("tandem::Transaction", "Could not save the change: %1").arg(reason));
    }
    m_open = false;
}

} // namespace tandem
