// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailTestServers.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/WorkspaceSession.h"
#include "services/mail/MailWorker.h"
#include "services/mail/MailWorkerLock.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QProcess>
#include <QThread>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using test::MailTestServers;
using test::waitUntil;

namespace {

// Long enough for a take-over (a few retries), a reconnect after a server restart and a loaded CI machine.
constexpr int takeOverMs = 60000;

// Messages recorded with a subject LIKE the pattern.
qint64 recorded(Workspace &workspace, const QString &pattern, bool distinct = false)
{
    return Query::scalar(workspace.database(),
        u"SELECT COUNT(%1subject) FROM interactions WHERE subject LIKE ?"_s.arg(distinct ? u"DISTINCT "_s : QString()),
        { pattern })
        .toLongLong();
}

QString newRun()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool deliver(const QString &subject)
{
    return MailTestServers::deliverToSupport(
        subject, u"<"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@customer.example.test>"_s);
}

QString tandemctlPath()
{
    return QDir(QStringLiteral(TANDEM_BIN_DIR)).filePath(u"tandemctl"_s);
}

constexpr int bulkMails = 120;

// Enough customer mails for a fetch pass to take a while; the LIKE pattern of their subjects.
QString deliverBulk()
{
    const QString run = newRun();
    for (int i = 0; i < bulkMails; ++i)
        REQUIRE(deliver(u"Bulk "_s + run + u" #"_s + QString::number(i)));
    return u"Bulk "_s + run + u" #%"_s;
}

// A workspace with the support mailbox as its mail account, its password in a credentials file.
struct MailDesk
{
    explicit MailDesk(Backend backend)
        : temp(backend),
          workspace(temp.openWithDemo(4, 10, 5)),
          support(MailTestServers::addSupportAccount(workspace)),
          accountId(support.account.id)
    { }

    [[nodiscard]] QString credentials() const { return support.credentialsFile(); }
    // `tandemctl mail run` on this desk's workspace, as the headless service runs it.
    [[nodiscard]] QStringList mailRunArguments() const
    {
        return { u"mail"_s, u"run"_s, u"--workspace"_s, temp.path(), u"--credentials"_s, credentials() };
    }

    // A worker as another desk runs it: its own workspace connection.
    std::unique_ptr<MailWorker> worker(Workspace &on) const
    {
        return std::make_unique<MailWorker>(on, support.store, MailWorker::Options { 300, 1 });
    }

    test::TempWorkspace temp;
    Workspace &workspace;
    test::SupportMailbox support;
    Id accountId = 0;
};

} // namespace

TEST_CASE(
    "one worker holds a mail account's lock at a time, and the next takes it when it is let go", "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    const std::unique_ptr<Workspace> otherDesk = Workspace::open(temp.path());
    constexpr Id account = 7;
    {
        MailWorkerLock first(workspace);
        MailWorkerLock second(*otherDesk);
        CHECK(first.tryHoldAccount(account));
        CHECK(first.tryHoldAccount(account)); // again: still this one's
        CHECK(first.holdsAccount(account));
        CHECK_FALSE(second.tryHoldAccount(account));
        CHECK_FALSE(second.holdsAccount(account));
        CHECK(second.tryHoldAccount(account + 1)); // another account is another lock
        first.releaseAccount(account);
        CHECK_FALSE(first.holdsAccount(account));
        CHECK(second.tryHoldAccount(account));
    }
    // Both let go with their end.
    MailWorkerLock third(workspace);
    CHECK(third.tryHoldAccount(account));
}

TEST_CASE("a workspace opened read-only runs no mail worker", "[mail]")
{
    test::TempWorkspace temp;
    temp.openWithDemo(2, 4, 5);
    temp.close();
    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    WorkspaceSession reading(Workspace::open(temp.path(), readOnly), SystemClock::instance());
    CHECK(reading.mailWorker() == nullptr);
    reading.fetchMailInBackground(); // nothing to start
    WorkspaceSession writing(Workspace::open(temp.path()), SystemClock::instance());
    CHECK(writing.mailWorker() != nullptr);
}

TEST_CASE(
    "two workers on one workspace: one fetches, the other takes over when it stops, nothing twice", "[mail][postgres]")
{
    if (!MailTestServers::available())
        SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    MailDesk desk(backend);
    const std::unique_ptr<Workspace> otherDesk = Workspace::open(desk.temp.path());
    std::unique_ptr<MailWorker> first = desk.worker(desk.workspace);
    std::unique_ptr<MailWorker> second = desk.worker(*otherDesk);
    int mostHoldersAtOnce = 0;
    const auto countHolders = [&] {
        const int holders = int(first && first->heldAccounts().contains(desk.accountId))
            + int(second && second->heldAccounts().contains(desk.accountId));
        mostHoldersAtOnce = std::max(mostHoldersAtOnce, holders);
        return holders;
    };
    QObject::connect(first.get(), &MailWorker::holdingChanged, countHolders);
    QObject::connect(second.get(), &MailWorker::holdingChanged, countHolders);
    first->start();
    second->start();
    REQUIRE(waitUntil([&] { return countHolders() == 1; }, takeOverMs));

    const QString run = newRun();
    REQUIRE(deliver(u"Worker "_s + run + u" pushed"_s));
    REQUIRE(waitUntil([&] { return recorded(desk.workspace, u"Worker "_s + run + u" pushed"_s) == 1; }, takeOverMs));

    // The holder goes away (a desk closed); mail that comes meanwhile is the next holder's.
    std::unique_ptr<MailWorker> &holder = first->heldAccounts().contains(desk.accountId) ? first : second;
    std::unique_ptr<MailWorker> &next = holder == first ? second : first;
    holder.reset();
    REQUIRE(deliver(u"Worker "_s + run + u" meanwhile"_s));
    REQUIRE(waitUntil([&] { return next->heldAccounts().contains(desk.accountId); }, takeOverMs));
    REQUIRE(waitUntil([&] { return recorded(desk.workspace, u"Worker "_s + run + u" meanwhile"_s) == 1; }, takeOverMs));
    CHECK(recorded(desk.workspace, u"Worker "_s + run + u"%"_s) == 2);
    CHECK(mostHoldersAtOnce == 1);
}

TEST_CASE(
    "a worker whose team server connection is killed loses the account, and a worker takes it over", "[mail][postgres]")
{
    if (!MailTestServers::available())
        SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");
    if (test::postgresTestUrl().isEmpty())
        SKIP("no PostgreSQL server for the tests");
    MailDesk desk(Backend::Postgres);
    const std::unique_ptr<Workspace> otherDesk = Workspace::open(desk.temp.path());
    std::unique_ptr<MailWorker> first = desk.worker(desk.workspace);
    std::unique_ptr<MailWorker> second = desk.worker(*otherDesk);
    first->start();
    REQUIRE(waitUntil([&] { return first->heldAccounts().contains(desk.accountId); }, takeOverMs));
    second->start();

    // Ends the connection that holds the account's lock, as a crashed desk or a cut network would.
    const qint64 killed = Query::scalar(desk.workspace.database(),
        u"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2"
        " AND objid = CAST(CAST(? AS INTEGER) AS OID) AND pid <> pg_backend_pid()"
        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"_s,
        { desk.accountId })
                              .toLongLong();
    REQUIRE(killed == 1);
    const QString run = newRun();
    REQUIRE(deliver(u"Killed "_s + run));
    REQUIRE(waitUntil([&] { return recorded(desk.workspace, u"Killed "_s + run) == 1; }, takeOverMs));
    // Whoever holds it now (the other, or the first again on a new connection), only one does.
    REQUIRE(waitUntil(
        [&] {
            return int(first->heldAccounts().contains(desk.accountId))
                + int(second->heldAccounts().contains(desk.accountId))
                == 1;
        },
        takeOverMs));
    CHECK(recorded(desk.workspace, u"Killed "_s + run) == 1);
}

TEST_CASE("a worker waiting on IDLE reconnects after the IMAP server restarted and fetches what came since", "[mail]")
{
    if (!MailTestServers::available())
        SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");
    MailDesk desk(Backend::Sqlite);
    std::unique_ptr<MailWorker> worker = desk.worker(desk.workspace);
    int passes = 0;
    QObject::connect(worker.get(), &MailWorker::fetched, [&passes] { ++passes; });
    worker->start();
    // After its first pass the worker waits on IDLE.
    REQUIRE(waitUntil([&] { return passes >= 1; }, takeOverMs));

    REQUIRE(MailTestServers::stopDovecot());
    REQUIRE(MailTestServers::startDovecot());
    const QString run = newRun();
    REQUIRE(deliver(u"Restarted "_s + run));
    REQUIRE(waitUntil([&] { return recorded(desk.workspace, u"Restarted "_s + run) == 1; }, takeOverMs));
}

TEST_CASE("tandemctl mail run killed with SIGKILL while it imports: run again, every mail once, none missing",
    "[mail][postgres]")
{
    if (!MailTestServers::available())
        SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    MailDesk desk(backend);
    const QString all = deliverBulk();
    const QString tandemctl = tandemctlPath();
    const QStringList arguments = desk.mailRunArguments();

    QProcess running;
    running.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    running.start(tandemctl, arguments);
    REQUIRE(running.waitForStarted());
    // Killed as soon as the first of these mails is in: the rest of the pass is under way.
    const bool started = waitUntil([&] { return recorded(desk.workspace, all) > 0; }, takeOverMs);
    if (!started)
        UNSCOPED_INFO("Dovecot's log:\n" << MailTestServers::dovecotLogTail().toStdString());
    REQUIRE(started);
    running.kill();
    REQUIRE(running.waitForFinished());
    const qint64 beforeKill = recorded(desk.workspace, all);
    INFO("recorded when killed: " << beforeKill);

    // The killed process's database session may hold the account's lock until the server notices it is gone;
    // until then a run skips the account (and says so). Runs again until one holds it.
    for (int attempt = 0; attempt < 20 && recorded(desk.workspace, all) < bulkMails; ++attempt) {
        if (attempt > 0)
            QThread::msleep(250);
        QProcess again;
        again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        again.start(tandemctl, arguments + QStringList { u"--once"_s });
        REQUIRE(again.waitForFinished(takeOverMs));
        CHECK(again.exitCode() == 0);
    }
    if (recorded(desk.workspace, all) != bulkMails)
        UNSCOPED_INFO("Dovecot's log:\n" << MailTestServers::dovecotLogTail().toStdString());
    CHECK(recorded(desk.workspace, all) == bulkMails);
    CHECK(recorded(desk.workspace, all, true) == bulkMails);
    if (beforeKill == bulkMails)
        WARN("the first run had imported everything before it was killed; the resume found nothing left");
}

TEST_CASE("Dovecot restarted while tandemctl mail run fetches: it carries on, every mail once, none missing", "[mail]")
{
    if (!MailTestServers::available())
        SKIP("no mail servers for the tests (packaging/buildroot/test-inside.sh starts them)");
    MailDesk desk(Backend::Sqlite);
    const QString all = deliverBulk();
    QProcess running;
    running.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    running.start(tandemctlPath(), desk.mailRunArguments());
    REQUIRE(running.waitForStarted());
    // The server goes away as soon as the first of these mails is in: the rest of the pass is under way.
    REQUIRE(waitUntil([&] { return recorded(desk.workspace, all) > 0; }, takeOverMs));
    REQUIRE(MailTestServers::stopDovecot());
    const qint64 beforeRestart = recorded(desk.workspace, all);
    INFO("recorded when the server stopped: " << beforeRestart);
    REQUIRE(MailTestServers::startDovecot());

    // The same run reconnects and fetches what is left, and nothing it had already, and goes on fetching:
    // a mail that comes after the restart arrives too.
    const QString after = u"After the restart "_s + newRun();
    REQUIRE(deliver(after));
    CHECK(waitUntil([&] { return recorded(desk.workspace, all) >= bulkMails; }, takeOverMs));
    CHECK(waitUntil([&] { return recorded(desk.workspace, after) == 1; }, takeOverMs));
    CHECK(running.state() == QProcess::Running);
    running.kill();
    REQUIRE(running.waitForFinished());
    CHECK(recorded(desk.workspace, all) == bulkMails);
    CHECK(recorded(desk.workspace, all, true) == bulkMails);
    if (beforeRestart == bulkMails)
        WARN("the run had fetched everything before the server stopped; the restart interrupted no fetch");
}
