// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/SqlDialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

struct MigrationStep
{
    QString sql; // portable DDL; %PK% is adapted per backend
    std::optional<Backend> onlyFor; // a step for one backend only (full-text search)
    // Instead of `sql`: a change SQL cannot express (text folded by domain/TextFolding).
    void (*rewrite)(const QSqlDatabase &db) = nullptr;
};

// A numbered schema change. All steps of all pending migrations run in one transaction at open.
struct Migration
{
    int version = 0;
    QString name;
    QList<MigrationStep> steps;
};

const QList<Migration> &allMigrations();

// Runs the steps of the migrations after version `from` up to `to` on `db`, inside the caller's transaction.
void applyMigrations(const QSqlDatabase &db, const SqlDialect &dialect, int from, int to);

// The current SQLite triggers that index new interactions and customers for full-text search (each made only
// where it is missing); a bulk load drops them and rebuilds the indexes once at the end, which is several
// times faster.
const QStringList &sqliteFullTextInsertTriggers();

// Fills the empty interactions index from the interactions, in the index's key order. FTS5's own
// 'rebuild' reads them in id order, and it writes out a new segment whenever a key comes in lower than
// the one before, so data not logged in time order (imports, demo data) cost three times as much.
const QString &sqliteInteractionsFullTextFill();

} // namespace tandem
