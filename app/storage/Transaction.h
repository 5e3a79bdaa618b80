// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tandem {

// Begins a transaction and rolls it back unless commit() is reached: every user change and its audit
// record are written together or not at all.
//
// Inside another Transaction on the same connection it is a savepoint: its commit keeps its writes for the
// outer commit, its rollback takes back only its own. An import records many mails in one outer
// transaction (one disk sync for hundreds of mails) while each mail is still written, or refused, whole.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    // When the transaction reads before it decides what to write. SQLite otherwise lets two desks read the
    // same state and fails the later writer as "busy"; taking the write lock first makes it wait and then
    // read what the first wrote. (PostgreSQL re-checks a conditional update by itself.) An inner
    // transaction has the outer one's lock; on SQLite an inner one that asks for it first inside an outer
    // one that did not is refused (StorageError).
    enum class Start { Deferred, WriteLockFirst };

    explicit Transaction(const QSqlDatabase &db, Start start = Start::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    void execute(const QString &statement);

    QSqlDatabase m_db;
    QString m_savepoint; // empty: the outermost transaction
    bool m_open = false;
};

} // namespace tandem
