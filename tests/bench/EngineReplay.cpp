// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EngineReplay.h"

#include "PostgresReplay.h"
#include "StatementRecorder.h"
#include "storage/PostgresAddress.h"

#include <cstdio>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The SQL the app ran, replayed straight through SQLite's C API on a read-only connection of its own.
class SqliteReplay final : public EngineReplay
{
public:
    SqliteReplay(const QSqlDatabase &db, const QString &path) : m_recorder(db)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~SqliteReplay() override { sqlite3_close(m_db); }
    SqliteReplay(const SqliteReplay &) = delete;
    SqliteReplay &operator=(const SqliteReplay &) = delete;

    [[nodiscard]] QString engineName() const override { return u"SQLite"_s; }
    QByteArrayList record(const std::function<void()> &work) override { return m_recorder.record(work); }

    // Runs each statement, reading every row and column the way Qt's driver does (by the value's type).
    void replay(const QByteArrayList &statements) override
    {
        for (const QByteArray &sql : statements) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
                std::fprintf(
                    stderr, "tandem-bench: SQLite cannot prepare %s: %s\n", sql.constData(), sqlite3_errmsg(m_db));
                return;
            }
            while (sqlite3_step(statement) == SQLITE_ROW) {
                for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                    switch (sqlite3_column_type(statement, column)) {
                    case SQLITE_INTEGER:
                        (void)sqlite3_column_int64(statement, column);
                        break;
                    case SQLITE_FLOAT:
                        (void)sqlite3_column_double(statement, column);
                        break;
                    case SQLITE_NULL:
                        break;
                    default:
                        (void)sqlite3_column_text16(statement, column);
                        break;
                    }
                }
            }
            sqlite3_finalize(statement);
        }
    }

private:
    StatementRecorder m_recorder;
    sqlite3 *m_db = nullptr;
};

} // namespace

std::unique_ptr<EngineReplay> EngineReplay::forWorkspace(const QSqlDatabase &db, const QString &spec)
{
    if (PostgresAddress::isPostgresUrl(spec))
        return makePostgresReplay(db, spec);
    return std::make_unique<SqliteReplay>(db, spec);
}

} // namespace tandem
