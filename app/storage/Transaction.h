// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

namespace tandem {

// Begins a transaction and rolls it back unless commit() is reached: every user change and its audit
// record are written together or not at all.
class Transaction
{
public:
    // When the transaction reads before it decides what to write. SQLite otherwise lets two desks read the
    // same state and fails the later writer as "busy"; taking the write lock first makes it wait and then
    // read what the first wrote. (PostgreSQL re-checks a conditional update by itself.)
    enum class Start { Deferred, WriteLockFirst };

    explicit Transaction(const QSqlDatabase &db, Start start = Start::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace tandem
