// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace tandem {

class SqlDialect;

// What a bulk load takes down for speed and puts back at its end, inside the load's one transaction: the
// full-text insert triggers and the secondary indexes of the tables it fills (SQLite; PostgreSQL keeps its
// indexes through a load). Opening a workspace checks for them and puts them back the same way, for the
// workspaces an interrupted load of an older version left without them.
class SearchIndexing
{
public:
    // Cheap (the schema is in memory): the full-text insert triggers are there.
    [[nodiscard]] static bool isWhole(const QSqlDatabase &db, const SqlDialect &dialect);
    // The indexes the current schema has and `db` lacks. Migrations make the triggers anew, not the
    // indexes an interrupted load dropped, so an upgraded workspace is checked for these too.
    [[nodiscard]] static QStringList missingIndexes(const QSqlDatabase &db, const SqlDialect &dialect);
    // Drops the insert triggers and the bulk-loaded tables' secondary indexes. Call inside a transaction.
    static void takeDown(const QSqlDatabase &db, const SqlDialect &dialect);
    // A batch of writes (an import's) indexed for search at its end instead of row by row: SQLite's
    // full-text index writes its pending terms to disk whenever a later statement of the transaction opens
    // a statement journal, which the per-row insert triggers made happen once for every mail (four tenths
    // of an import's time). deferInserts() drops the insert triggers and notes the last rows; catchUp()
    // indexes the rows added since and makes the triggers again. Both inside the batch's one transaction
    // (other connections never see the triggers missing, and a rollback puts them back); the batch must
    // not change or delete the rows it adds. Nothing on PostgreSQL, which indexes new rows by itself.
    struct Deferred
    {
        bool active = false;
        qint64 lastInteraction = 0;
        qint64 lastCustomer = 0;
    };
    [[nodiscard]] static Deferred deferInserts(const QSqlDatabase &db, const SqlDialect &dialect);
    static void catchUp(const QSqlDatabase &db, const Deferred &deferred);
    // Makes every index the current schema has and `db` lacks, fills the full-text indexes anew from the
    // rows and makes the missing insert triggers. Call inside a transaction. Returns the indexes it made.
    static QStringList rebuild(const QSqlDatabase &db, const SqlDialect &dialect);
};

} // namespace tandem
