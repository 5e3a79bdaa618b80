// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SearchIndexing.h"

#include "domain/StorageError.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteApi.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlError>

#include <utility>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

using IndexList = QList<std::pair<QString, QString>>; // name, CREATE statement

IndexList indexesOf(const QSqlDatabase &db, const QString &statement)
{
    IndexList indexes;
    if (statement.isEmpty())
        return indexes;
    Query query(db, statement);
    while (query.next())
        indexes.append({ query.text(0), query.text(1) });
    return indexes;
}

// The indexes of a workspace made now: the migrations run once on an empty database in memory, so the
// list never drifts from the schema. Where the dialect names none (PostgreSQL), empty.
IndexList currentSchemaIndexes(const SqlDialect &dialect)
{
    if (dialect.createdIndexesQuery().isEmpty())
        return {};
    static QMutex lock;
    static IndexList indexes;
    static bool read = false;
    const QMutexLocker locker(&lock);
    if (read)
        return indexes;
    static QAtomicInteger<int> counter;
    const QString name = u"tandem-schema-reference-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = dialect.addConnection(name);
        db.setDatabaseName(u":memory:"_s);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            try {
                applyMigrations(db, dialect, 0, allMigrations().constLast().version);
                indexes = indexesOf(db, dialect.createdIndexesQuery());
                read = true;
            } catch (const StorageError &error) {
                problem = error.message();
            }
            sqliteapi::dropStatements(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!read) {
        throw StorageError(QCoreApplication::translate(
            "tandem::SearchIndexing", "Could not work out which indexes a workspace needs: %1")
                .arg(problem));
    }
    return indexes;
}

} // namespace

bool SearchIndexing::isWhole(const QSqlDatabase &db, const SqlDialect &dialect)
{
    const QString statement = dialect.searchIndexingWholeQuery();
    return statement.isEmpty() || Query::scalar(db, statement).toBool();
}

void SearchIndexing::takeDown(const QSqlDatabase &db, const SqlDialect &dialect)
{
    for (const QString &statement : dialect.bulkLoadStartStatements())
        Query::execute(db, statement);
    for (const auto &index : indexesOf(db, dialect.bulkLoadedIndexesQuery()))
        Query::execute(db, u"DROP INDEX "_s + index.first);
}

SearchIndexing::Deferred SearchIndexing::deferInserts(const QSqlDatabase &db, const SqlDialect &dialect)
{
    Deferred deferred;
    // Where the database indexes new rows by itself (PostgreSQL) there are no triggers to take down.
    if (dialect.bulkLoadStartStatements().isEmpty() || !isWhole(db, dialect))
        return deferred;
    deferred.lastInteraction = Query::scalar(db, u"SELECT coalesce(max(id), 0) FROM interactions"_s).toLongLong();
    deferred.lastCustomer = Query::scalar(db, u"SELECT coalesce(max(id), 0) FROM customers"_s).toLongLong();
    for (const QString &statement : dialect.bulkLoadStartStatements())
        Query::execute(db, statement);
    deferred.active = true;
    return deferred;
}

void SearchIndexing::catchUp(const QSqlDatabase &db, const Deferred &deferred)
{
    if (!deferred.active)
        return;
    // What the insert triggers would have written, for the rows added after the noted ones (SQLite: the
    // only backend that defers). No ORDER BY search_key: the planner would walk that whole index for it,
    // every batch, and an import would slow down as the workspace grows.
    Query::run(db,
        u"INSERT INTO interactions_fts (rowid, subject, body)"
        " SELECT search_key, subject, body FROM interactions WHERE id > ?"_s,
        { deferred.lastInteraction });
    Query::run(db,
        u"INSERT INTO customers_fts (rowid, search_text) SELECT id, search_text FROM customers WHERE id > ?"_s,
        { deferred.lastCustomer });
    for (const QString &statement : sqliteFullTextInsertTriggers())
        Query::execute(db, statement);
}

QStringList SearchIndexing::missingIndexes(const QSqlDatabase &db, const SqlDialect &dialect)
{
    QSet<QString> present;
    for (const auto &index : indexesOf(db, dialect.createdIndexesQuery()))
        present.insert(index.first);
    QStringList missing;
    for (const auto &index : currentSchemaIndexes(dialect)) {
        if (!present.contains(index.first))
            missing.append(index.first);
    }
    return missing;
}

QStringList SearchIndexing::rebuild(const QSqlDatabase &db, const SqlDialect &dialect)
{
    const QStringList missing = missingIndexes(db, dialect);
    for (const auto &[name, statement] : currentSchemaIndexes(dialect)) {
        if (missing.contains(name))
            Query::execute(db, statement);
    }
    for (const QString &statement : dialect.searchIndexRebuildStatements())
        Query::execute(db, statement);
    return missing;
}

} // namespace tandem
