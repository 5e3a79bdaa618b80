// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SqliteApi.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tandem::sqliteapi {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (db.driverName() == u"QSQLITE"_s && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(statement, index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        // A null QString binds as '' (sqlite3 takes a null pointer for NULL).
        static constexpr char16_t empty[] = u"";
        const void *characters
            = text->isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text->constData());
        return sqlite3_bind_text16(
            statement, index, characters, int(text->size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
    }
    default: {
        const QByteArray converted = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, converted.constData(), int(converted.size()), SQLITE_TRANSIENT);
    }
    }
}

void throwLastError(sqlite3 *db)
{
    throw StorageError(QCoreApplication::translate("tandem::Sql", "The database refused the operation: %1")
            .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace tandem::sqliteapi
