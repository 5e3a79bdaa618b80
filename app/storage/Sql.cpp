// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Sql.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace tandem::sql {
namespace {

[[noreturn]] void fail(const QSqlError &error)
{
    throw StorageError(QCoreApplication::translate("tandem::Sql", "The database refused the operation: %1")
            .arg(error.text().trimmed()));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError());
    return query;
}

template<typename Values> void bindAndRun(QSqlQuery &query, const Values &values)
{
    int index = 0;
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; text columns want '' for "no text".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(index++, QString(u""_s));
        else
            query.bindValue(index++, value);
    }
    if (!query.exec())
        fail(query.lastError());
}

void run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    bindAndRun(query, values);
}

void run(QSqlQuery &query, const QVariantList &values)
{
    bindAndRun(query, values);
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    run(query, values);
    return query;
}

void execute(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail(query.lastError());
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace tandem::sql
