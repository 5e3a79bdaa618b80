// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/QtSqlPath.h"

#include "storage/DatabaseError.h"
#include "storage/SqlDialect.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace tandem::qtsql {

void fail(const QSqlError &error, const QString &statement)
{
    dberror::raise(dberror::fromQtSql(error), QString(), error.text(), statement);
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(SqlDialect::streamsResultsSafely(db));
    if (!query.prepare(statement))
        fail(query.lastError(), statement);
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
        fail(query.lastError(), query.lastQuery());
}

} // namespace tandem::qtsql
