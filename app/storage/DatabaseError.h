// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QSqlError;

namespace tandem::dberror {

// What went wrong, as far as a person can act on it.
enum class Cause {
    Refused, // the statement itself was refused (a constraint, a trigger, a mistake of ours)
    Busy, // another connection holds a lock the statement waited for in vain
    ReadOnly, // the workspace is open read-only, or its file cannot be written
    DiskFull,
    Corrupt, // the file is not a (whole) database
    Inaccessible, // the file could not be opened, read or written at all
    ConnectionLost, // the team server went away or cannot be reached
};

// SQLite's (extended) result code as a cause.
Cause fromSqlite(int resultCode);
// A Qt SQL error (PostgreSQL's SQLSTATE, or SQLite's code) as a cause.
Cause fromQtSql(const QSqlError &error);

// The sentence people see for `cause`, saying what to do; `where` names the workspace when known.
QString sentence(Cause cause, const QString &where);

// Throws StorageError with sentence(); the driver's own text and the statement go to the tandem.storage log
// only: they mean nothing to the people who read the message, and the statement may hold their data.
[[noreturn]] void raise(Cause cause, const QString &where, const QString &driverText, const QString &statement = {});

} // namespace tandem::dberror
