// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/DatabaseError.h"

#include "domain/StorageError.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tandem::dberror {

Cause fromSqlite(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Cause::Busy;
    case SQLITE_READONLY:
        return Cause::ReadOnly;
    case SQLITE_FULL:
        return Cause::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Cause::Corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Cause::Inaccessible;
    default:
        return Cause::Refused;
    }
}

Cause fromQtSql(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    if (numeric && code.size() < 5) // SQLite's codes; SQLSTATEs have five characters
        return fromSqlite(sqliteCode);
    // PostgreSQL: connection exceptions (08...), the server shutting down (57P...), and libpq's own failures,
    // which come without an SQLSTATE.
    if (code.startsWith(u"08"_s) || code.startsWith(u"57P"_s))
        return Cause::ConnectionLost;
    if (code.isEmpty() && error.type() == QSqlError::ConnectionError)
        return Cause::ConnectionLost;
    if (code.isEmpty()) {
        const QString text = error.text();
        if (text.contains(u"server closed the connection"_s) || text.contains(u"no connection to the server"_s)
            || text.contains(u"terminating connection"_s) || text.contains(u"connection to server"_s))
            return Cause::ConnectionLost;
    }
    if (code == u"25006"_s) // read_only_sql_transaction
        return Cause::ReadOnly;
    if (code == u"53100"_s) // disk_full
        return Cause::DiskFull;
    if (code == u"55P03"_s || code == u"40P01"_s) // lock_not_available, deadlock_detected
        return Cause::Busy;
    return Cause::Refused;
}

QString sentence(Cause cause, const QString &where)
{
    const QString place = QDir::toNativeSeparators(where);
    switch (cause) {
    case Cause::Busy:
        return place.isEmpty() ? QCoreApplication::translate(
                                     "tandem::Sql", "Another program is holding the workspace; close it and try again.")
                               : QCoreApplication::translate("tandem::Sql",
                                     "Another program is holding the workspace file (%1); close it and try again.")
                                     .arg(place);
    case Cause::ReadOnly:
        return QCoreApplication::translate(
            "tandem::Sql", "The workspace is open read-only, so nothing was changed. Open a copy you may write to.");
    case Cause::DiskFull:
        return QCoreApplication::translate("tandem::Sql",
            "The disk that holds the workspace is full; nothing was changed. Free some space and try again.");
    case Cause::Corrupt:
        return QCoreApplication::translate(
            "tandem::Sql", "The workspace file is damaged and cannot be read. Restore it from a backup or a copy.");
    case Cause::Inaccessible:
        return QCoreApplication::translate("tandem::Sql",
            "The workspace file cannot be read or written. Check that it and its folder are still there and that "
            "you may use them, then try again.");
    case Cause::ConnectionLost:
        return QCoreApplication::translate("tandem::Sql",
            "The team server went away; nothing of the unfinished change was kept. Check the server or the network "
            "and try again.");
    case Cause::Refused:
        break;
    }
    return QCoreApplication::translate("tandem::Sql",
        "The workspace refused the operation; nothing was changed. Details are in the log (tandem.storage).");
}

void raise(Cause cause, const QString &where, const QString &driverText, const QString &statement)
{
    qCWarning(lcStorage).noquote() << "Database error" << (where.isEmpty() ? QString() : u"on "_s + where) << ":"
                                   << driverText.trimmed()
                                   << (statement.isEmpty() ? QString() : u"\n  statement: "_s + statement);
    throw StorageError(sentence(cause, where));
}

} // namespace tandem::dberror
