// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Running the team server (README): tandemctl doctor's checks against the test server, the change feed behind
// PgBouncer's transaction pool, and reports read from a streaming replica. PgBouncer and the replica are
// started here, on 127.0.0.1, in front of and beside the test server.

#include "CustomerSamples.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/KpiRepository.h"
#include "storage/PostgresAddress.h"
#include "storage/PostgresRoles.h"
#include "storage/Query.h"
#include "storage/TeamServerCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <optional>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

using namespace tandem;
using test::someone;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

void requirePostgres()
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("No PostgreSQL test server: set TANDEM_TEST_POSTGRES_URL (the README test command starts one).");
}

PostgresAddress addressOf(const QString &url)
{
    std::optional<PostgresAddress> address = PostgresAddress::parse(url);
    if (!address)
        throw std::runtime_error("not a team workspace address: " + url.toStdString());
    return *address;
}

PostgresAddress testServer()
{
    return addressOf(test::postgresTestUrl());
}

QString suffix()
{
    return QString::number(QCoreApplication::applicationPid());
}

// A superuser connection to the test server (or another of its ports) for setting the scene.
class Admin
{
public:
    explicit Admin(int port = testServer().port, const QString &database = testServer().database)
        : m_name(u"team-server-admin-%1"_s.arg(port))
    {
        const PostgresAddress server = testServer();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(server.host);
        db.setPort(port);
        db.setDatabaseName(database);
        db.setUserName(server.user);
        db.setPassword(server.password);
        if (!db.open())
            FAIL("cannot reach the server on port " << port << ": " << db.lastError().text().toStdString());
        Query::execute(db, u"SET client_min_messages = warning"_s);
    }
    ~Admin()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Admin(const Admin &) = delete;
    Admin &operator=(const Admin &) = delete;

    void run(const QString &statement) const { Query::execute(db(), statement); }
    [[nodiscard]] QVariant scalar(const QString &statement, const QVariantList &values = {}) const
    {
        return Query::scalar(db(), statement, values);
    }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// Runs `statements` when the test ends, however it ends, each on its own (one failing does not stop the rest).
class Cleanup
{
public:
    Cleanup(const Admin &admin, QStringList statements) : m_admin(admin), m_statements(std::move(statements)) { }
    ~Cleanup()
    {
        for (const QString &statement : std::as_const(m_statements)) {
            try {
                m_admin.run(statement);
            } catch (const std::exception &error) {
                qWarning("cleanup failed: %s", error.what());
            }
        }
    }
    Cleanup(const Cleanup &) = delete;
    Cleanup &operator=(const Cleanup &) = delete;

private:
    const Admin &m_admin;
    QStringList m_statements;
};

const ServerFinding *findingFor(const QList<ServerFinding> &findings, const QString &check)
{
    const auto found = std::find_if(
        findings.cbegin(), findings.cend(), [&check](const ServerFinding &finding) { return finding.check == check; });
    return found == findings.cend() ? nullptr : &*found;
}

std::string describe(const QList<ServerFinding> &findings)
{
    QString text;
    for (const ServerFinding &finding : findings)
        text += u"%1 [%2] %3\n"_s.arg(int(finding.verdict)).arg(finding.check, finding.sentence);
    return text.toStdString();
}

// PostgreSQL and PgBouncer refuse to run as root; the build root runs tests as root, as the server's user there.
bool asRoot()
{
    return ::geteuid() == 0;
}

QStringList serverCommand(const QString &program, const QStringList &arguments)
{
    if (!asRoot())
        return QStringList { program } + arguments;
    return QStringList { u"setpriv"_s, u"--reuid=postgres"_s, u"--regid=postgres"_s, u"--init-groups"_s, program }
    + arguments;
}

// Runs a command to its end; its exit code, its output in `output`.
int runToEnd(const QStringList &command, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(60000))
        process.kill();
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A folder the server programs may write in.
class ServerDir
{
public:
    ServerDir()
    {
        if (asRoot())
            runToEnd({ u"chown"_s, u"postgres:"_s, m_dir.path() });
    }
    [[nodiscard]] QString path(const QString &name = {}) const
    {
        return name.isEmpty() ? m_dir.path() : m_dir.filePath(name);
    }

private:
    QTemporaryDir m_dir { u"/tmp/tandem-team-XXXXXX"_s };
};

QString postgresBin()
{
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &left, const QString &right) {
        return QVersionNumber::fromString(left) < QVersionNumber::fromString(right);
    });
    for (auto version = versions.crbegin(); version != versions.crend(); ++version) {
        const QString bin = u"/usr/lib/postgresql/%1/bin"_s.arg(*version);
        if (QFile::exists(bin + u"/pg_basebackup"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    const QString onPath = QStandardPaths::findExecutable(u"pg_basebackup"_s);
    return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
}

int freePort()
{
    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    const bool bound = ::bind(socket, reinterpret_cast<sockaddr *>(&address), length) == 0
        && ::getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    ::close(socket);
    if (!bound)
        throw std::runtime_error("no free port on 127.0.0.1");
    return ntohs(address.sin_port);
}

bool accepts(int port)
{
    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(quint16(port));
    const bool connected = ::connect(socket, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(socket);
    return connected;
}

QString urlFor(int port, const QString &database, const QString &user = testServer().user)
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(port).arg(database);
}

} // namespace

TEST_CASE("a team workspace address may name where the change feed listens and a replica for reports",
    "[postgres][storage][pgbouncer][replica]")
{
    const PostgresAddress address = addressOf(
        u"postgresql://ana@pool.example:6432/support?sslmode=require&listen=db.example&replica=replica.example:5433"_s);
    CHECK(address.connectOptions == QStringList { u"sslmode=require"_s });
    CHECK(address.listenAt == std::optional(PostgresAddress::Endpoint { u"db.example"_s, 5432 }));
    CHECK(address.replicaAt == std::optional(PostgresAddress::Endpoint { u"replica.example"_s, 5433 }));
    CHECK(address.mayBePooled());
    const PostgresAddress replica = address.at({ u"replica.example"_s, 5433 });
    CHECK(replica.host == u"replica.example"_s);
    CHECK(replica.database == u"support"_s);
    CHECK_FALSE(replica.mayBePooled());
    // The address shown (and kept in the recent list) says all of it again.
    const PostgresAddress again = addressOf(address.displayUrl());
    CHECK(again.listenAt == address.listenAt);
    CHECK(again.replicaAt == address.replicaAt);

    QString problem;
    CHECK_FALSE(PostgresAddress::parse(u"postgresql://host/db?listen=a%20b"_s, &problem));
    CHECK_THAT(problem.toStdString(), ContainsSubstring("HOST:PORT"));
}

TEST_CASE("doctor passes a team server set up with two roles as the README says", "[postgres][doctor]")
{
    requirePostgres();
    const Admin admin;
    const QString owner = u"tandem_doctor_owner_"_s + suffix();
    const QString app = u"tandem_doctor_app_"_s + suffix();
    const QString schema = u"tandem_doctor_"_s + suffix();
    const Cleanup cleanup(admin,
        { u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(schema), u"DROP OWNED BY %1"_s.arg(app),
            u"DROP OWNED BY %1"_s.arg(owner), u"DROP ROLE %1"_s.arg(app), u"DROP ROLE %1"_s.arg(owner) });
    admin.run(u"CREATE ROLE %1 LOGIN"_s.arg(owner));
    admin.run(u"CREATE ROLE %1 LOGIN"_s.arg(app));
    admin.run(u"CREATE SCHEMA %1 AUTHORIZATION %2"_s.arg(schema, owner));
    const QString inSchema = u"?options=-csearch_path%3D"_s + schema;
    const PostgresAddress server = testServer();
    Workspace::open(urlFor(server.port, server.database, owner) + inSchema); // the owner makes the tables
    for (const QString &grant : PostgresRoles::appRoleGrants(owner, app, schema))
        admin.run(grant);

    const QList<ServerFinding> findings
        = TeamServerCheck::examine(addressOf(urlFor(server.port, server.database, app) + inSchema));
    INFO(describe(findings));
    for (const QString &check : { u"version"_s, u"encoding"_s, u"extensions"_s, u"writable"_s, u"superuser"_s,
             u"schema"_s, u"roles"_s, u"change_feed"_s })
        CHECK(findingFor(findings, check));
    CHECK(std::all_of(findings.cbegin(), findings.cend(),
        [](const ServerFinding &finding) { return finding.verdict == ServerFinding::Verdict::Passed; }));
    CHECK_THAT(findingFor(findings, u"roles"_s)->sentence.toStdString(),
        ContainsSubstring(owner.toStdString() + " owns the tables"));
}

TEST_CASE("doctor warns about a superuser login that owns the tables, but it does not fail", "[postgres][doctor]")
{
    requirePostgres();
    test::TempWorkspace temp(Backend::Postgres);
    temp.open();
    const QList<ServerFinding> findings = TeamServerCheck::examine(addressOf(temp.path()));
    INFO(describe(findings));
    const ServerFinding *superuser = findingFor(findings, u"superuser"_s);
    REQUIRE(superuser);
    CHECK(superuser->verdict == ServerFinding::Verdict::Warning);
    CHECK_THAT(superuser->sentence.toStdString(),
        ContainsSubstring("The login " + testServer().user.toStdString() + " is a superuser")
            && ContainsSubstring("tandemctl audit roles"));
    const ServerFinding *roles = findingFor(findings, u"roles"_s);
    REQUIRE(roles);
    CHECK(roles->verdict == ServerFinding::Verdict::Warning);
    CHECK_THAT(roles->sentence.toStdString(), ContainsSubstring("owns the workspace's tables"));
    CHECK(std::none_of(findings.cbegin(), findings.cend(),
        [](const ServerFinding &finding) { return finding.verdict == ServerFinding::Verdict::Failed; }));
}

TEST_CASE("doctor fails a SQL_ASCII database and says how to make a UTF8 one", "[postgres][doctor]")
{
    requirePostgres();
    const Admin admin;
    const QString database = u"tandem_doctor_ascii_"_s + suffix();
    const Cleanup cleanup(admin, { u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database) });
    admin.run(
        u"CREATE DATABASE %1 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"_s.arg(database));
    const QList<ServerFinding> findings = TeamServerCheck::examine(addressOf(urlFor(testServer().port, database)));
    INFO(describe(findings));
    const ServerFinding *encoding = findingFor(findings, u"encoding"_s);
    REQUIRE(encoding);
    CHECK(encoding->verdict == ServerFinding::Verdict::Failed);
    CHECK_THAT(encoding->sentence.toStdString(),
        ContainsSubstring("The database " + database.toStdString() + " is encoded as SQL_ASCII")
            && ContainsSubstring("needs UTF8") && ContainsSubstring("tandemctl copy"));
    // The rest is still looked at: a person fixes everything in one go.
    CHECK(findingFor(findings, u"change_feed"_s));
}

TEST_CASE("doctor says plainly when it cannot reach the server", "[postgres][doctor]")
{
    const QList<ServerFinding> findings
        = TeamServerCheck::examine(addressOf(urlFor(freePort(), u"tandem"_s, u"nobody"_s)));
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().verdict == ServerFinding::Verdict::Failed);
    CHECK_THAT(findings.first().sentence.toStdString(), ContainsSubstring("Cannot connect to 127.0.0.1:"));
}

TEST_CASE("behind PgBouncer's transaction pool the change feed listens directly and still hears other desks",
    "[postgres][pgbouncer]")
{
    requirePostgres();
    QString pgbouncer = QStandardPaths::findExecutable(u"pgbouncer"_s);
    if (pgbouncer.isEmpty())
        pgbouncer = QStandardPaths::findExecutable(u"pgbouncer"_s, { u"/usr/sbin"_s, u"/usr/local/sbin"_s });
    if (pgbouncer.isEmpty())
        SKIP("No pgbouncer program here (Debian's pgbouncer package): the transaction-pool test is skipped.");
    const Admin admin;
    const QString database = u"tandem_pgbouncer_"_s + suffix();
    const Cleanup cleanup(admin, { u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database) });
    admin.run(u"CREATE DATABASE "_s + database);

    const ServerDir dir;
    const int poolPort = freePort();
    const PostgresAddress server = testServer();
    {
        QFile users(dir.path(u"users.txt"_s));
        REQUIRE(users.open(QIODevice::WriteOnly));
        users.write(u"\"%1\" \"\"\n"_s.arg(server.user).toUtf8());
        QFile ini(dir.path(u"pgbouncer.ini"_s));
        REQUIRE(ini.open(QIODevice::WriteOnly));
        ini.write(u"[databases]\n* = host=%1 port=%2\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = %3\n"
                  "unix_socket_dir =\nauth_type = trust\nauth_file = %4\npool_mode = transaction\n"
                  "default_pool_size = 4\nlogfile = %5\n"_s.arg(server.host)
                      .arg(server.port)
                      .arg(poolPort)
                      .arg(dir.path(u"users.txt"_s), dir.path(u"pgbouncer.log"_s))
                      .toUtf8());
    }
    if (asRoot())
        runToEnd({ u"chown"_s, u"-R"_s, u"postgres:"_s, dir.path() });
    QProcess bouncer;
    const QStringList command = serverCommand(pgbouncer, { dir.path(u"pgbouncer.ini"_s) });
    bouncer.start(command.first(), command.mid(1));
    const auto stopBouncer = qScopeGuard([&bouncer] {
        bouncer.terminate();
        if (!bouncer.waitForFinished(5000))
            bouncer.kill();
    });
    const bool ready = test::waitUntil([&] { return accepts(poolPort); }, 10000);
    if (!ready) {
        QFile log(dir.path(u"pgbouncer.log"_s));
        if (!log.open(QIODevice::ReadOnly))
            FAIL("pgbouncer did not start and left no log: " << bouncer.readAll().toStdString());
        FAIL("pgbouncer did not start: " << bouncer.readAll().toStdString() << log.readAll().toStdString());
    }

    const QString pooled = urlFor(poolPort, database);
    const QString listenDirectly = u"?listen=127.0.0.1:%1"_s.arg(server.port);
    {
        // A desk through the pool: its statements go through PgBouncer, its change feed straight to PostgreSQL.
        std::unique_ptr<Workspace> desk = Workspace::open(pooled + listenDirectly);
        QSignalSpy changed(&desk->changes(), &ChangeFeed::changed);
        desk->changes().startWatching();

        std::unique_ptr<Workspace> direct = Workspace::open(urlFor(server.port, database));
        CustomerRepository(*direct).insert(someone(u"Nia"_s, u"Sato"_s));
        REQUIRE(test::waitUntil([&] { return !changed.isEmpty(); }, 5000));
        CHECK(changed.constLast().at(0).toStringList().contains(u"customers"_s));
        CHECK(CustomerRepository(*desk).count() == 1);

        // A colleague's desk through the same pool.
        std::unique_ptr<Workspace> colleague = Workspace::open(pooled + listenDirectly);
        changed.clear();
        for (int i = 0; i < 5; ++i)
            CustomerRepository(*colleague).insert(someone(u"Ola"_s, u"Berg %1"_s.arg(i)));
        REQUIRE(test::waitUntil([&] { return !changed.isEmpty(); }, 5000));
        CHECK(CustomerRepository(*desk).count() == 6);
    }

    // doctor sees a change feed pointed at the pool, and passes one that listens directly.
    const QList<ServerFinding> throughPool = TeamServerCheck::examine(addressOf(pooled), 1500);
    INFO(describe(throughPool));
    const ServerFinding *lost = findingFor(throughPool, u"change_feed"_s);
    REQUIRE(lost);
    CHECK(lost->verdict == ServerFinding::Verdict::Failed);
    CHECK_THAT(lost->sentence.toStdString(),
        ContainsSubstring("heard nothing") && ContainsSubstring("transaction pool")
            && ContainsSubstring("?listen=HOST:PORT"));
    const QList<ServerFinding> listening = TeamServerCheck::examine(addressOf(pooled + listenDirectly));
    INFO(describe(listening));
    REQUIRE(findingFor(listening, u"change_feed"_s));
    CHECK(findingFor(listening, u"change_feed"_s)->verdict == ServerFinding::Verdict::Passed);
}

TEST_CASE("a lead's KPI reads come from the streaming replica the address names, and writes go to the primary",
    "[postgres][replica]")
{
    requirePostgres();
    const QString bin = postgresBin();
    if (bin.isEmpty())
        SKIP("No PostgreSQL server programs (pg_basebackup, pg_ctl) here: the replica test is skipped.");
    test::TempWorkspace temp(Backend::Postgres);
    Workspace &primaryDesk = temp.open();
    const Id customerId = CustomerRepository(primaryDesk).insert(someone(u"Ana"_s, u"Lima"_s));

    const ServerDir dir;
    const PostgresAddress server = testServer();
    QString output;
    REQUIRE(runToEnd(serverCommand(bin + u"/pg_basebackup"_s,
                         { u"-h"_s, server.host, u"-p"_s, QString::number(server.port), u"-U"_s, server.user, u"-D"_s,
                             dir.path(u"data"_s), u"-R"_s, u"-X"_s, u"stream"_s, u"-c"_s, u"fast"_s }),
                &output)
        == 0);
    const int replicaPort = freePort();
    // A standby needs at least the primary's connection slots.
    const QString maxConnections = Admin().scalar(u"SELECT current_setting('max_connections')"_s).toString();
    const QString pgctl = bin + u"/pg_ctl"_s;
    const QString settings = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on"
                             " -c max_connections=%3"_s.arg(replicaPort)
                                 .arg(dir.path(), maxConnections);
    const int started = runToEnd(serverCommand(pgctl,
                                     { u"-D"_s, dir.path(u"data"_s), u"-l"_s, dir.path(u"replica.log"_s), u"-w"_s,
                                         u"-t"_s, u"30"_s, u"-o"_s, settings, u"start"_s }),
        &output);
    if (started != 0) {
        QFile log(dir.path(u"replica.log"_s));
        const QByteArray logText = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
        FAIL("the replica did not start: " << output.toStdString() << logText.toStdString());
    }
    const auto stopReplica = qScopeGuard(
        [&] { runToEnd(serverCommand(pgctl, { u"-D"_s, dir.path(u"data"_s), u"-m"_s, u"immediate"_s, u"stop"_s })); });
    const Admin replicaAdmin(replicaPort);
    const Admin primaryAdmin;
    const auto caughtUp = [&] {
        const QString primaryAt = primaryAdmin.scalar(u"SELECT pg_current_wal_lsn()::text"_s).toString();
        return test::waitUntil(
            [&] {
                return replicaAdmin
                    .scalar(u"SELECT COALESCE(pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn), false)"_s, { primaryAt })
                    .toBool();
            },
            15000);
    };
    REQUIRE(replicaAdmin.scalar(u"SELECT pg_is_in_recovery()"_s).toBool());
    REQUIRE(caughtUp());

    std::unique_ptr<Workspace> lead = Workspace::open(temp.path() + u"&replica=127.0.0.1:%1"_s.arg(replicaPort));
    REQUIRE(lead->replica());
    CHECK(Query::scalar(lead->reportingDatabase(), u"SELECT pg_is_in_recovery()"_s).toBool());
    CHECK_FALSE(Query::scalar(lead->database(), u"SELECT pg_is_in_recovery()"_s).toBool());
    KpiScope scope;
    scope.to = 7LL * 24 * 60 * 60 * 1000;
    const KpiRepository kpis(*lead);
    CHECK(kpis.tally(scope).total.contacts == 0);

    // With the replica's replay paused, a call logged at the lead's desk is on the primary and not (yet) in the
    // lead's KPIs: they read the replica.
    replicaAdmin.run(u"SELECT pg_wal_replay_pause()"_s);
    REQUIRE(test::waitUntil(
        [&] { return replicaAdmin.scalar(u"SELECT pg_get_wal_replay_pause_state()"_s).toString() == u"paused"_s; }));
    Interaction call;
    call.customerId = customerId;
    call.kind = InteractionKind::Call;
    call.channel = Channel::Phone;
    call.direction = Direction::Inbound;
    call.subject = u"Router keeps dropping"_s;
    call.occurredAt = 5000;
    InteractionRepository(*lead).insert(call, 5000);
    CHECK(Query::scalar(lead->database(), u"SELECT COUNT(*) FROM interactions"_s).toLongLong() == 1);
    CHECK(kpis.tally(scope).total.contacts == 0);

    replicaAdmin.run(u"SELECT pg_wal_replay_resume()"_s);
    REQUIRE(caughtUp());
    CHECK(kpis.tally(scope).total.contacts == 1);

    // doctor names the replica and finds it streaming.
    const QList<ServerFinding> findings = TeamServerCheck::examine(addressOf(lead->spec()));
    INFO(describe(findings));
    REQUIRE(findingFor(findings, u"replica"_s));
    CHECK(findingFor(findings, u"replica"_s)->verdict == ServerFinding::Verdict::Passed);
}
