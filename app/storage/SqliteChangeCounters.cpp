// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SqliteChangeCounters.h"

#include "storage/Query.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem::SqliteChangeCounters {
namespace {

constexpr auto dataKey = "data_changes";
constexpr auto presenceKey = "presence_changes";

QString countUp(const char *key)
{
    return u"UPDATE tandem_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = '%1'"_s.arg(
        QString::fromLatin1(key));
}

} // namespace

void install(const QSqlDatabase &db)
{
    // A new file has no tables before its first migration.
    const QVariant meta
        = Query::scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'tandem_meta'"_s);
    if (meta.toLongLong() == 0 || !read(db))
        return;
    // Ordinary tables only: full-text indexes are written with the tables they index.
    Query tables(db,
        u"SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT IN ('tandem_meta', 'conversation_presence')"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.text(0));
    for (const QString &table : std::as_const(names)) {
        for (const QString &event : { u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s }) {
            Query::execute(db,
                u"CREATE TEMP TRIGGER IF NOT EXISTS %1_%2_counted AFTER %3 ON main.%1 BEGIN %4; END"_s.arg(
                    table, event.toLower(), event, countUp(dataKey)));
        }
    }
}

void countPresenceChange(const QSqlDatabase &db)
{
    Query::execute(db, countUp(presenceKey));
}

std::optional<Counts> read(const QSqlDatabase &db)
{
    Query rows(db, u"SELECT key, value FROM tandem_meta WHERE key IN (?, ?)"_s,
        { QString::fromLatin1(dataKey), QString::fromLatin1(presenceKey) });
    Counts counts;
    int found = 0;
    while (rows.next()) {
        ++found;
        if (rows.text(0) == QLatin1String(dataKey))
            counts.data = rows.text(1).toLongLong();
        else
            counts.presence = rows.text(1).toLongLong();
    }
    if (found < 2)
        return std::nullopt;
    return counts;
}

} // namespace tandem::SqliteChangeCounters
