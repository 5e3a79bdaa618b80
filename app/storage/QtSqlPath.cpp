// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/QtSqlPath.h"

#include "storage/DatabaseError.h"
#include "storage/SqlDialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

using namespace Qt::StringLiterals;

namespace tandem::qtsql {
namespace {

constexpr auto pooledProperty = "tandem_pooled";

// The value as Query binds it: a null QString as '', an invalid QVariant as NULL.
QVariant boundValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

} // namespace

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
        // A null QString would bind as SQL NULL; text columns want '' for "no text".
        query.bindValue(int(i), boundValue(values.at(i)));
    }
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

void markPooled(const QSqlDatabase &db, bool pooled)
{
    if (QSqlDriver *driver = db.driver())
        driver->setProperty(pooledProperty, pooled);
}

bool isPooled(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return driver && driver->property(pooledProperty).toBool();
}

QSqlQuery runWhole(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(SqlDialect::streamsResultsSafely(db));
    if (values.isEmpty()) {
        if (!query.exec(statement))
            fail(query.lastError(), statement);
        return query;
    }
    // The placeholders outside quoted text and identifiers, as Qt's driver finds them.
    QString text;
    text.reserve(statement.size() + values.size() * 8);
    qsizetype next = 0;
    QChar quote;
    for (const QChar ch : statement) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'\'' || ch == u'"') {
            quote = ch;
        } else if (ch == u'?') {
            if (next >= values.size())
                dberror::raise(dberror::Cause::Refused, QString(), u"more placeholders than values"_s, statement);
            const QVariant value = boundValue(values.at(next++));
            QSqlField field(QString(), value.metaType());
            if (value.isNull())
                field.clear();
            else
                field.setValue(value);
            text += db.driver()->formatValue(field);
            continue;
        }
        text += ch;
    }
    if (next != values.size())
        dberror::raise(dberror::Cause::Refused, QString(), u"more values than placeholders"_s, statement);
    if (!query.exec(text))
        fail(query.lastError(), statement);
    return query;
}

} // namespace tandem::qtsql
