// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RealBinary.h"
#include "SearchIndexCheck.h"
#include "TempWorkspace.h"
#include "services/WorkspaceSetup.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

#include <csignal>

using namespace tandem;
using namespace Qt::StringLiterals;

// A bulk load is all or nothing: tandemctl demo killed with SIGKILL at any moment leaves a workspace that
// opens whole (no load, or all of it), never one that opens with its search quietly broken.

namespace {

constexpr int killedCustomers = 200;
constexpr int killedInteractions = 41000; // progress is printed every 20,000 rows

// When the load is killed: once the process has run a little, or once it printed a progress count.
struct Moment
{
    const char *name;
    QByteArray progress; // wait for this on stderr; empty: do not wait
    int thenMs;
};

const Moment early { "early", {}, 150 };
const Moment midway { "midway", "20000 /", 0 };
const Moment late { "late", "40000 /", 0 };

QString tandemctl()
{
    return smoke::binaryPath(u"tandemctl"_s);
}

QStringList demoArguments(const QString &spec, int customers, int interactions)
{
    return { u"demo"_s, u"--workspace"_s, spec, u"--customers"_s, QString::number(customers), u"--interactions"_s,
        QString::number(interactions), u"--seed"_s, u"4"_s, u"--anchor"_s, u"2026-01-01"_s };
}

// Starts a demo load into `spec` and kills it at `moment`; false when it finished first.
bool killDemoLoad(const QString &spec, const Moment &moment)
{
    QProcess load;
    load.setReadChannel(QProcess::StandardError);
    load.start(tandemctl(), demoArguments(spec, killedCustomers, killedInteractions));
    REQUIRE(load.waitForStarted());
    QByteArray said;
    while (!moment.progress.isEmpty() && !said.contains(moment.progress) && load.state() == QProcess::Running) {
        if (load.waitForReadyRead(60000))
            said += load.readAllStandardError();
    }
    if (moment.thenMs > 0)
        QThread::msleep(moment.thenMs);
    const bool killed = load.state() == QProcess::Running;
    if (killed)
        ::kill(pid_t(load.processId()), SIGKILL); // no chance to clean up, like a crash or a power cut
    REQUIRE(load.waitForFinished(60000));
    INFO("stderr: " << QByteArray(said + load.readAllStandardError()).toStdString());
    if (!killed)
        CHECK(load.exitCode() == 0);
    return killed;
}

void runDemo(const QString &spec)
{
    QProcess load;
    load.start(tandemctl(), demoArguments(spec, 20, 300) << u"--quiet"_s);
    REQUIRE(load.waitForStarted());
    REQUIRE(load.waitForFinished(60000));
    INFO("stderr: " << load.readAllStandardError().toStdString());
    REQUIRE(load.exitCode() == 0);
}

qint64 count(Workspace &workspace, const QString &table)
{
    return Query::scalar(workspace.database(), u"SELECT count(*) FROM "_s + table).toLongLong();
}

// After the kill the workspace opens with nothing to repair and holds no demo data or all of it; search
// works in it, once it holds data again.
void checkWholeAfterKill(const QString &spec)
{
    int customers = 0;
    {
        const std::unique_ptr<Workspace> workspace = Workspace::open(spec);
        CHECK(workspace->repairNote().isEmpty());
        customers = int(count(*workspace, u"customers"_s));
        if (customers == 0) {
            CHECK(count(*workspace, u"agents"_s) == 0);
            CHECK(count(*workspace, u"interactions"_s) == 0);
        } else {
            CHECK(customers == killedCustomers);
            CHECK(count(*workspace, u"interactions"_s) == killedInteractions);
            CHECK(workspace->metaValue(u"demo"_s) == u"1"_s);
        }
    }
    if (customers == 0)
        runDemo(spec); // the load can simply be run again
    const std::unique_ptr<Workspace> workspace = Workspace::open(spec);
    test::checkSearchIsWhole(*workspace);
}

} // namespace

TEST_CASE("a demo load killed early, midway or late leaves a whole SQLite workspace", "[smoke][reliability]")
{
    for (const Moment &moment : { early, midway, late }) {
        INFO("killed " << moment.name);
        test::TempWorkspace temp;
        temp.open(); // an empty workspace, as the load finds one
        temp.close();
        killDemoLoad(temp.path(), moment);
        checkWholeAfterKill(temp.path());
    }
}

TEST_CASE("a demo load killed midway leaves a whole team workspace", "[smoke][reliability][postgres]")
{
    if (test::postgresTestUrl().isEmpty())
        SKIP("TANDEM_TEST_POSTGRES_URL names no server");
    test::TempWorkspace temp(Backend::Postgres);
    temp.open();
    temp.close();
    killDemoLoad(temp.path(), midway);
    checkWholeAfterKill(temp.path());
}

TEST_CASE("a new desk workspace killed while it is built leaves none, and the next start builds it whole",
    "[smoke][reliability]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"desk.tandem"_s);
    if (killDemoLoad(path, midway)) {
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QFileInfo::exists(path + u".partial"_s));
    }
    DemoOptions demo;
    demo.customers = 20;
    demo.interactions = 300;
    demo.anchor = test::TempWorkspace::demoAnchor;
    const std::unique_ptr<Workspace> workspace = WorkspaceSetup::openWithDemoOnFirstStart(path, demo);
    CHECK_FALSE(QFileInfo::exists(path + u".partial"_s));
    CHECK(workspace->repairNote().isEmpty());
    CHECK(count(*workspace, u"customers"_s) > 0);
    CHECK(count(*workspace, u"templates"_s) > 0);
    test::checkSearchIsWhole(*workspace);
}
