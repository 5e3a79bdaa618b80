// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PostgresReplay.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
#else
// The build root has libpq.so.5 (Qt's PostgreSQL driver needs it) but not libpq-dev's header: the few calls
// the bench makes, as libpq-fe.h declares them (libpq.so.5 keeps this ABI).
extern "C" {
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
enum ConnStatusType { CONNECTION_OK };
enum ExecStatusType { PGRES_EMPTY_QUERY = 0, PGRES_COMMAND_OK, PGRES_TUPLES_OK };
#define PQTRACE_SUPPRESS_TIMESTAMPS (1 << 0)
PGconn *PQconnectdb(const char *conninfo);
ConnStatusType PQstatus(const PGconn *conn);
char *PQerrorMessage(const PGconn *conn);
void PQfinish(PGconn *conn);
PGresult *PQexec(PGconn *conn, const char *query);
ExecStatusType PQresultStatus(const PGresult *res);
char *PQresultErrorMessage(const PGresult *res);
int PQntuples(const PGresult *res);
int PQnfields(const PGresult *res);
char *PQgetvalue(const PGresult *res, int tup_num, int field_num);
int PQgetlength(const PGresult *res, int tup_num, int field_num);
int PQgetisnull(const PGresult *res, int tup_num, int field_num);
void PQclear(PGresult *res);
void PQtrace(PGconn *conn, FILE *debug_port);
void PQuntrace(PGconn *conn);
void PQsetTraceFlags(PGconn *conn, int flags);
}
#endif

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The simple-protocol queries in a libpq trace (PQtrace, timestamps suppressed). Qt's driver sends every
// statement that way: PREPARE qpsqlpstmt_N AS ..., then EXECUTE qpsqlpstmt_N (values) with the bound values
// written in. A query's text is traced raw (newlines and all), so it is cut by the message's length.
QByteArrayList queriesInTrace(const QByteArray &trace)
{
    static const QByteArray marker = "\tQuery\t \"";
    QByteArrayList queries;
    qsizetype line = 0;
    while (line < trace.size()) {
        if (trace.mid(line, 2) == "F\t") {
            const qsizetype lengthEnd = trace.indexOf('\t', line + 2);
            if (lengthEnd > 0 && trace.mid(lengthEnd, marker.size()) == marker) {
                bool ok = false;
                // The message length counts itself (4 bytes) and the text's terminating zero.
                const qsizetype length = trace.mid(line + 2, lengthEnd - line - 2).toLongLong(&ok) - 5;
                const qsizetype start = lengthEnd + marker.size();
                if (!ok || length < 0 || trace.mid(start + length, 2) != "\"\n")
                    throw std::runtime_error("tandem-bench cannot read libpq's trace of a query");
                queries.append(trace.mid(start, length));
                line = start + length + 2;
                continue;
            }
        }
        const qsizetype next = trace.indexOf('\n', line);
        if (next < 0)
            break;
        line = next + 1;
    }
    return queries;
}

// The statement name after EXECUTE or PREPARE (`verb`) at the start of `statement`, lower-cased as the server
// keeps it; empty for any other statement.
QByteArray preparedName(const QByteArray &statement, const QString &verb)
{
    const QRegularExpression name(
        u"^\\s*%1\\s+([A-Za-z_][A-Za-z0-9_]*)"_s.arg(verb), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = name.match(QString::fromUtf8(statement.left(200)));
    return match.hasMatch() ? match.captured(1).toLower().toUtf8() : QByteArray();
}

class PostgresReplay final : public EngineReplay
{
public:
    PostgresReplay(const QSqlDatabase &db, const QString &url) : m_appDb(db)
    {
        const QVariant handle = db.driver()->handle();
        // Qt names the type by its struct (pg_conn*), older versions by its typedef.
        if (handle.isValid()
            && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
            m_app = *static_cast<PGconn *const *>(handle.constData());
        if (!m_app) {
            throw std::runtime_error(std::string("tandem-bench: the workspace's connection is not a PostgreSQL one: ")
                + (handle.isValid() ? handle.typeName() : "no handle"));
        }
        m_raw = PQconnectdb(url.toUtf8().constData());
        if (PQstatus(m_raw) != CONNECTION_OK)
            throw std::runtime_error(
                std::string("tandem-bench cannot connect through libpq: ") + PQerrorMessage(m_raw));
        run("SET client_min_messages = warning");
    }
    ~PostgresReplay() override { PQfinish(m_raw); }
    PostgresReplay(const PostgresReplay &) = delete;
    PostgresReplay &operator=(const PostgresReplay &) = delete;

    [[nodiscard]] QString engineName() const override { return u"PostgreSQL"_s; }

    QByteArrayList record(const std::function<void()> &work) override
    {
        char *buffer = nullptr;
        size_t size = 0;
        FILE *trace = open_memstream(&buffer, &size);
        if (!trace)
            throw std::runtime_error("tandem-bench cannot trace libpq");
        PQtrace(m_app, trace); // clears the flags
        PQsetTraceFlags(m_app, PQTRACE_SUPPRESS_TIMESTAMPS);
        const auto finish = [&] {
            PQuntrace(m_app);
            std::fclose(trace);
            QByteArray text(buffer, qsizetype(size));
            std::free(buffer); // NOLINT(cppcoreguidelines-no-malloc): open_memstream's buffer
            return text;
        };
        try {
            work();
        } catch (...) {
            (void)finish();
            throw;
        }
        const QByteArrayList statements = queriesInTrace(finish());
        prepareKept(statements);
        return statements;
    }

    // Runs each statement, reading every row and column as text, the form the server sends to Qt's driver.
    void replay(const QByteArrayList &statements) override
    {
        for (const QByteArray &sql : statements)
            run(sql.constData());
    }

private:
    void run(const char *sql)
    {
        PGresult *result = PQexec(m_raw, sql);
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK) {
            qsizetype bytes = 0;
            for (int row = 0; row < PQntuples(result); ++row) {
                for (int column = 0; column < PQnfields(result); ++column) {
                    if (!PQgetisnull(result, row, column) && PQgetvalue(result, row, column))
                        bytes += PQgetlength(result, row, column);
                }
            }
            (void)bytes;
        } else if (status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY) {
            std::fprintf(stderr, "tandem-bench: libpq cannot run %s: %s\n", sql, PQresultErrorMessage(result));
        }
        PQclear(result);
    }

    // A statement the app prepared before the recording (and keeps) is prepared once on the replay
    // connection too, with the app's own PREPARE text, so the replay executes it the same way.
    void prepareKept(const QByteArrayList &statements)
    {
        QSet<QByteArray> preparedHere;
        for (const QByteArray &statement : statements) {
            const QByteArray prepared = preparedName(statement, u"PREPARE"_s);
            if (!prepared.isEmpty())
                preparedHere.insert(prepared);
            const QByteArray executed = preparedName(statement, u"EXECUTE"_s);
            if (executed.isEmpty() || preparedHere.contains(executed) || m_preparedOnRaw.contains(executed))
                continue;
            QSqlQuery text(m_appDb);
            if (!text.exec(u"SELECT statement FROM pg_prepared_statements WHERE name = '%1'"_s.arg(
                    QString::fromUtf8(executed)))
                || !text.next()) {
                std::fprintf(stderr, "tandem-bench: the app's statement %s is not prepared\n", executed.constData());
                continue;
            }
            run(text.value(0).toString().toUtf8().constData());
            m_preparedOnRaw.insert(executed);
        }
    }

    QSqlDatabase m_appDb;
    PGconn *m_app = nullptr;
    PGconn *m_raw = nullptr;
    QSet<QByteArray> m_preparedOnRaw;
};

} // namespace

std::unique_ptr<EngineReplay> makePostgresReplay(const QSqlDatabase &db, const QString &url)
{
    return std::make_unique<PostgresReplay>(db, url);
}

QByteArray postgresScalar(const QString &url, const QByteArray &sql)
{
    PGconn *connection = PQconnectdb(url.toUtf8().constData());
    const auto fail = [connection](const char *what) {
        const std::string message = std::string("tandem-bench: ") + what + PQerrorMessage(connection);
        PQfinish(connection);
        throw std::runtime_error(message);
    };
    if (PQstatus(connection) != CONNECTION_OK)
        fail("cannot connect through libpq: ");
    PGresult *result = PQexec(connection, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    QByteArray value;
    if (status == PGRES_TUPLES_OK && PQntuples(result) > 0 && PQnfields(result) > 0)
        value = QByteArray(PQgetvalue(result, 0, 0), PQgetlength(result, 0, 0));
    PQclear(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail("the server refused a statement: ");
    PQfinish(connection);
    return value;
}

} // namespace tandem
