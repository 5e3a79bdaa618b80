// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"

#include "storage/PostgresAddress.h"
#include "storage/Query.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace tandem::test {
namespace {

const auto adminConnection = u"tandem-test-admin"_s;

QSqlDatabase postgresAdmin()
{
    if (QSqlDatabase::contains(adminConnection)) {
        QSqlDatabase db = QSqlDatabase::database(adminConnection);
        QSqlQuery alive(db);
        if (alive.exec(u"SELECT 1"_s))
            return db;
        db.close(); // the server was restarted by a test
        if (!db.open())
            throw std::runtime_error("cannot reach the test PostgreSQL server: " + db.lastError().text().toStdString());
        return db;
    }
    const std::optional<PostgresAddress> address = PostgresAddress::parse(postgresTestUrl());
    if (!address)
        throw std::runtime_error("TANDEM_TEST_POSTGRES_URL is not a postgresql:// URL");
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, adminConnection);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setDatabaseName(address->database);
    db.setUserName(address->user);
    db.setPassword(address->password);
    if (!db.open())
        throw std::runtime_error("cannot reach the test PostgreSQL server: " + db.lastError().text().toStdString());
    Query::execute(db, u"SET client_min_messages = warning"_s);
    return db;
}

} // namespace

QString postgresTestUrl()
{
    return qEnvironmentVariable("TANDEM_TEST_POSTGRES_URL");
}

QList<Backend> testBackends()
{
    if (postgresTestUrl().isEmpty())
        return { Backend::Sqlite };
    return { Backend::Sqlite, Backend::Postgres };
}

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? u"SQLite"_s : u"PostgreSQL"_s;
}

TempWorkspace::TempWorkspace(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_spec = m_dir.filePath(u"test.tandem"_s);
        return;
    }
    static QAtomicInteger<int> counter;
    m_schema = u"tandem_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    Query::execute(postgresAdmin(), u"CREATE SCHEMA "_s + m_schema);
    const QString url = postgresTestUrl();
    m_spec = url + (url.contains(u'?') ? u"&"_s : u"?"_s) + u"options=-csearch_path%3D"_s + m_schema;
}

TempWorkspace::~TempWorkspace()
{
    m_workspace.reset();
    if (m_schema.isEmpty())
        return;
    try {
        Query::execute(postgresAdmin(), u"DROP SCHEMA "_s + m_schema + u" CASCADE"_s);
    } catch (const std::exception &error) {
        qWarning("could not drop the test schema: %s", error.what());
    }
}

Workspace &TempWorkspace::open(const Workspace::OpenOptions &options)
{
    if (!m_workspace)
        m_workspace = Workspace::open(m_spec, options);
    return *m_workspace;
}

Workspace &TempWorkspace::openWithDemo(int customers, qint64 interactions, quint64 seed)
{
    Workspace &workspace = open();
    DemoDataWriter(workspace).write({ customers, interactions, seed, demoAnchor });
    return workspace;
}

} // namespace tandem::test
