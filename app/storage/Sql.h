// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace tandem::sql {

// Thin helpers that turn Qt SQL's silent failures into StorageError exceptions.

// A forward-only prepared query (QPSQL and QSQLITE then stream rows instead of caching them).
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
// Binds positional values and executes.
void run(QSqlQuery &query, std::initializer_list<QVariant> values = {});
void run(QSqlQuery &query, const QVariantList &values);
// Prepares, binds and executes in one go.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
// Executes a statement that takes no parameters (DDL, PRAGMA).
void execute(const QSqlDatabase &db, const QString &statement);
// The first column of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

// NULL for an empty optional.
template<typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace tandem::sql
