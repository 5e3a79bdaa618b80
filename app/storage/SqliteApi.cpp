// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SqliteApi.h"

#include "storage/DatabaseError.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tandem::sqliteapi {

namespace {

constexpr qint64 probeAnswer = 20260415;

void answerProbe(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_int64(context, probeAnswer);
}

// Whether our sqlite3_* calls may be made on the Qt driver's handle: only when the driver runs the very
// library we link. A driver built with its own SQLite would hand over a connection of another version,
// which our calls would misread. The version is asked through Qt SQL (safe whatever the library); then a
// function registered through our library on the handle must answer a query the driver runs.
bool driverRunsOurLibrary(const QSqlDatabase &db, sqlite3 *handle)
{
    if (qEnvironmentVariableIsSet("TANDEM_SQLITE_PORTABLE")) {
        qCDebug(lcStorage) << "TANDEM_SQLITE_PORTABLE is set: SQLite is read through Qt SQL only";
        return false;
    }
    const QString ours = QString::fromLatin1(sqlite3_sourceid());
    QSqlQuery version(db);
    if (!version.exec(u"SELECT sqlite_source_id()"_s) || !version.next()) {
        qCWarning(lcStorage) << "SQLite is read through Qt SQL only (slower): cannot ask the Qt driver's SQLite for"
                                " its version:"
                             << version.lastError().text();
        return false;
    }
    const QString theirs = version.value(0).toString();
    version.finish();
    if (theirs != ours) {
        qCWarning(lcStorage) << "SQLite is read through Qt SQL only (slower): the Qt driver runs SQLite" << theirs
                             << "but Tandem is linked with" << ours;
        return false;
    }
    if (sqlite3_create_function_v2(
            handle, "tandem_library_probe", 0, SQLITE_UTF8, nullptr, answerProbe, nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStorage) << "SQLite is read through Qt SQL only (slower): the driver's connection refused a"
                                " function registered through Tandem's SQLite:"
                             << QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    QSqlQuery probe(db);
    const bool answered
        = probe.exec(u"SELECT tandem_library_probe()"_s) && probe.next() && probe.value(0).toLongLong() == probeAnswer;
    probe.finish();
    sqlite3_create_function_v2(
        handle, "tandem_library_probe", 0, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    if (!answered) {
        qCWarning(lcStorage) << "SQLite is read through Qt SQL only (slower): the Qt driver's SQLite" << theirs
                             << "does not see functions registered through Tandem's";
        return false;
    }
    qCDebug(lcStorage) << "SQLite is read through its C API on the Qt driver's connection:" << ours;
    return true;
}

} // namespace

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (db.driverName() != u"QSQLITE"_s || !db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    // Decided once, on the first open connection: every connection comes from the same driver plugin.
    static const bool sameLibrary = driverRunsOurLibrary(db, connection);
    return sameLibrary ? connection : nullptr;
}

void configureLibrary()
{
    // SQLite counts the memory it holds unless told not to, taking a process-wide lock for every allocation
    // and free, and a write allocates many: nothing here reads the count.
    static const bool configured = [] {
        const int result = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        if (result != SQLITE_OK)
            qCDebug(lcStorage) << "SQLite was running already: its memory count stays on";
        return result == SQLITE_OK;
    }();
    Q_UNUSED(configured);
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(statement, index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        // A null QString binds as '' (sqlite3 takes a null pointer for NULL).
        static constexpr char16_t empty[] = u"";
        const void *characters
            = text->isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text->constData());
        return sqlite3_bind_text16(
            statement, index, characters, int(text->size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
    }
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray converted = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, converted.constData(), int(converted.size()), SQLITE_TRANSIENT);
    }
    }
}

void throwLastError(sqlite3 *db, const QString &statement)
{
    dberror::raise(dberror::fromSqlite(sqlite3_extended_errcode(db)),
        QString::fromUtf8(sqlite3_db_filename(db, "main")), QString::fromUtf8(sqlite3_errmsg(db)), statement);
}

namespace {

// A connection may be closed from another thread than the one that ran its statements (a workspace closes
// all its threads' connections), so the statements are kept under one lock rather than per thread.
constexpr qsizetype statementsKeptPerConnection = 256;

struct KeptStatement
{
    sqlite3_stmt *statement = nullptr;
    quint64 lastUse = 0; // the connection's count of statements given back, when this one last was
};

struct ConnectionStatements
{
    QHash<QString, KeptStatement> byText;
    quint64 givenBack = 0;
};

struct KeptStatements
{
    QMutex lock;
    QHash<sqlite3 *, ConnectionStatements> byConnection;
};

KeptStatements &kept()
{
    static KeptStatements statements;
    return statements;
}

} // namespace

sqlite3_stmt *takeStatement(sqlite3 *db, const QString &sql)
{
    KeptStatements &statements = kept();
    const QMutexLocker locker(&statements.lock);
    const auto connection = statements.byConnection.find(db);
    if (connection == statements.byConnection.end())
        return nullptr;
    return connection->byText.take(sql).statement;
}

void giveBack(sqlite3 *db, const QString &sql, sqlite3_stmt *statement)
{
    if (!statement)
        return;
    // Ends a read the statement may still hold open, so it keeps no snapshot and no lock while kept.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    sqlite3_stmt *evicted = nullptr;
    {
        KeptStatements &statements = kept();
        const QMutexLocker locker(&statements.lock);
        ConnectionStatements &connection = statements.byConnection[db];
        if (connection.byText.contains(sql)) {
            evicted = statement;
        } else {
            // A full cache makes room: the statements a workspace ran once while it was opened and migrated
            // (hundreds) would otherwise keep it full for good, and every statement of an import loop would be
            // prepared anew each time it ran. The one least recently used goes: any one (the first of the
            // hash, whose order changes from run to run) was as often one of the loop's, and an import of
            // the same mails cost up to 40% more in one run than in another.
            if (connection.byText.size() >= statementsKeptPerConnection) {
                const auto oldest = std::min_element(connection.byText.begin(), connection.byText.end(),
                    [](const KeptStatement &a, const KeptStatement &b) { return a.lastUse < b.lastUse; });
                evicted = oldest->statement;
                connection.byText.erase(oldest);
            }
            connection.byText.insert(sql, { statement, ++connection.givenBack });
        }
    }
    if (evicted)
        sqlite3_finalize(evicted);
}

void dropStatements(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return;
    ConnectionStatements dropped;
    {
        KeptStatements &statements = kept();
        const QMutexLocker locker(&statements.lock);
        dropped = statements.byConnection.take(handle);
    }
    for (const KeptStatement &entry : std::as_const(dropped.byText))
        sqlite3_finalize(entry.statement);
}

} // namespace tandem::sqliteapi
