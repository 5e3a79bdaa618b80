// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/QtSqlPath.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace tandem::qtsql {

void fail(const QSqlError &error)
{
    throw StorageError(QCoreApplication::translate("tandem::Sql", "The database refused the operation: %1")
            .arg(error.text().trimmed()));
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError());
    return query;
}

void bindAndRun(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString would bind as SQL NULL; text columns want '' for "no text".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString(u""_s));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        fail(query.lastError());
}

} // namespace tandem::qtsql
