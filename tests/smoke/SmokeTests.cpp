// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RealBinary.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Qt::StringLiterals;
using namespace tandem::smoke;

// These tests start the real binaries, as a user or a script would.

namespace { } // namespace

TEST_CASE("tandemctl demo makes a workspace and tandem --screenshot renders it", "[smoke]")
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home);
    const QString workspace = home.filePath(u"demo.tandem"_s);
    const Run demo = run(u"tandemctl"_s,
        { u"demo"_s, u"--workspace"_s, workspace, u"--customers"_s, u"80"_s, u"--interactions"_s, u"2000"_s,
            u"--seed"_s, u"3"_s, u"--quiet"_s },
        environment);
    REQUIRE(demo.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(demo.out).object();
    CHECK(summary.value(u"customers"_s).toInt() == 80);
    CHECK(summary.value(u"interactions"_s).toInt() == 2000);

    const QString png = home.filePath(u"main.png"_s);
    const Run shot
        = run(u"tandem"_s, { u"--workspace"_s, workspace, u"--as"_s, u"rep"_s, u"--screenshot"_s, png }, environment);
    CAPTURE(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1280, 800));
    // A real window has many colours; a blank or failed render has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    CHECK(colours.size() > 20);
}

TEST_CASE("the first start creates a demo workspace under the user's data folder", "[smoke]")
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home);
    const QString png = home.filePath(u"first.png"_s);
    const Run shot = run(u"tandem"_s, { u"--screenshot"_s, png }, environment);
    CAPTURE(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    CHECK(QFileInfo::exists(home.filePath(u"data/tandem/tandem/workspace.tandem"_s)));
    CHECK_FALSE(QImage(png).isNull());
}

TEST_CASE("without a display tandem says how to get a screenshot instead", "[smoke]")
{
    QTemporaryDir home;
    QProcessEnvironment environment = isolatedEnvironment(home);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    const Run start = run(u"tandem"_s, {}, environment);
    CHECK(start.exitCode == 1);
    CHECK_THAT(start.err.toStdString(), Catch::Matchers::ContainsSubstring("--screenshot"));
}

TEST_CASE("a file that is not a workspace is refused with a sentence and a failing exit code", "[smoke]")
{
    QTemporaryDir home;
    const QString notes = home.filePath(u"notes.txt"_s);
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("shopping list\n");
    file.close();
    const Run shot = run(u"tandem"_s, { u"--workspace"_s, notes, u"--screenshot"_s, home.filePath(u"x.png"_s) },
        isolatedEnvironment(home));
    CHECK(shot.exitCode == 1);
    CHECK_THAT(shot.err.toStdString(), Catch::Matchers::ContainsSubstring("not a Tandem workspace"));
    const Run demo = run(u"tandemctl"_s, { u"demo"_s, u"--workspace"_s, notes }, isolatedEnvironment(home));
    CHECK(demo.exitCode == 1);
    CHECK_THAT(demo.err.toStdString(), Catch::Matchers::ContainsSubstring("not a Tandem workspace"));
}

// The command line's contract (DESIGN.md section 7): every command answers --help on stdout, refuses what it
// does not understand with a sentence on stderr and exit code 2, and fails with exit code 1.
TEST_CASE("every tandemctl command answers --help and refuses an unknown option", "[smoke][cli]")
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home);
    const struct
    {
        QString command;
        std::string option;
    } commands[] = {
        { u"demo"_s, "--customers <N>" },
        { u"copy"_s, "--replace" },
        { u"escalation"_s, "--as <LOGIN>" },
        { u"inbox"_s, "--until <TIME>" },
        { u"report"_s, "--role <KEY>" },
        { u"audit"_s, "--before <ID>" },
    };
    for (const auto &command : commands) {
        INFO(command.command.toStdString());
        const Run help = run(u"tandemctl"_s, { command.command, u"--help"_s }, environment);
        CHECK(help.exitCode == 0);
        CHECK_THAT(help.out.toStdString(), Catch::Matchers::StartsWith("Usage: "));
        CHECK_THAT(help.out.toStdString(), Catch::Matchers::ContainsSubstring(command.option));
        CHECK(help.err.isEmpty());

        const Run unknown = run(u"tandemctl"_s, { command.command, u"--frobnicate"_s }, environment);
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.out.isEmpty());
        CHECK(unknown.err == "tandemctl: Unknown option 'frobnicate'.\n");

        const Run bare = run(u"tandemctl"_s, { command.command }, environment);
        CHECK(bare.exitCode == 2);
        CHECK(bare.out.isEmpty());
        CHECK_THAT(bare.err.toStdString(), Catch::Matchers::StartsWith("tandemctl: "));
        CHECK_THAT(bare.err.toStdString(), Catch::Matchers::ContainsSubstring(command.command.toStdString()));
    }

    const Run usage = run(u"tandemctl"_s, { u"--help"_s }, environment);
    CHECK(usage.exitCode == 0);
    CHECK_THAT(usage.out.toStdString(), Catch::Matchers::ContainsSubstring("Commands:"));
    CHECK(run(u"tandemctl"_s, {}, environment).exitCode == 2);
    const Run unknown = run(u"tandemctl"_s, { u"frobnicate"_s }, environment);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == "tandemctl: unknown command \"frobnicate\"; see tandemctl --help.\n");
}

TEST_CASE("tandemctl says which value it cannot use, with exit code 2", "[smoke][cli]")
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home);
    const QString workspace = home.filePath(u"values.tandem"_s);
    const struct
    {
        QStringList arguments;
        QByteArray error;
    } mistakes[] = {
        { { u"demo"_s, u"--workspace"_s, workspace, u"--customers"_s, u"0"_s },
            "--customers takes a whole number from 1 to 10000000." },
        { { u"demo"_s, u"--workspace"_s, workspace, u"--seed"_s, u"-1"_s },
            "--seed takes a whole number from 0 to 9223372036854775807." },
        { { u"demo"_s, u"--workspace"_s, workspace, u"--anchor"_s, u"31.01.2026"_s },
            "--anchor takes a date like 2025-12-31." },
        { { u"copy"_s, u"--from"_s, workspace }, "copy needs --from WORKSPACE and --to WORKSPACE." },
        { { u"escalation"_s, u"list"_s, u"--workspace"_s, workspace },
            "escalation needs --workspace FILE and --as LOGIN." },
        { { u"escalation"_s, u"close"_s, u"--workspace"_s, workspace, u"--as"_s, u"lead"_s },
            "escalation needs one of list, show or transition; see tandemctl escalation --help." },
        { { u"report"_s, u"kpis"_s, u"--workspace"_s, workspace, u"--to"_s, u"tomorrow"_s },
            "--to takes a date like 2025-12-31." },
        { { u"report"_s, u"kpis"_s, u"--workspace"_s, workspace, u"--from"_s, u"2026-02-01"_s, u"--to"_s,
              u"2026-01-01"_s },
            "--from must not come after --to." },
        { { u"report"_s, u"kpis"_s, u"--workspace"_s, workspace, u"--agent"_s, u"rep"_s, u"--role"_s, u"team_lead"_s },
            "Give --agent or --role, not both." },
        { { u"audit"_s, u"check"_s, u"--workspace"_s, workspace },
            "audit needs verify, list, checkpoint, keygen or roles; see tandemctl audit --help." },
        { { u"audit"_s, u"checkpoint"_s, u"--workspace"_s, workspace, u"--key"_s, u"k"_s },
            "audit checkpoint needs --key KEYFILE and --out CHECKPOINT." },
        { { u"audit"_s, u"keygen"_s }, "audit keygen needs --out KEYFILE." },
        { { u"audit"_s, u"verify"_s, u"--workspace"_s, workspace, u"--public-key"_s, u"k.pub"_s },
            "--public-key goes with --against CHECKPOINT." },
        { { u"audit"_s, u"verify"_s }, "audit needs --workspace W." },
    };
    for (const auto &mistake : mistakes) {
        INFO(mistake.arguments.join(u' ').toStdString());
        const Run refused = run(u"tandemctl"_s, mistake.arguments, environment);
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err == "tandemctl: " + mistake.error + '\n');
    }
    // None of these got as far as making the workspace.
    CHECK_FALSE(QFileInfo::exists(workspace));
}

TEST_CASE("every tandemctl command does its work on a demo workspace", "[smoke][cli]")
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home);
    const QString workspace = home.filePath(u"desk.tandem"_s);
    const auto json = [](const Run &done) { return QJsonDocument::fromJson(done.out).object(); };

    const Run demo = run(u"tandemctl"_s,
        { u"demo"_s, u"--workspace"_s, workspace, u"--customers"_s, u"30"_s, u"--interactions"_s, u"300"_s, u"--seed"_s,
            u"2"_s, u"--anchor"_s, u"2026-01-31"_s },
        environment);
    REQUIRE(demo.exitCode == 0);
    CHECK_THAT(demo.err.toStdString(), Catch::Matchers::ContainsSubstring(" / "));
    CHECK(json(demo).value(u"workspace"_s).toString() == workspace);
    CHECK(json(demo).value(u"customers"_s).toInt() == 30);
    CHECK(json(demo).value(u"interactions"_s).toInt() == 300);
    CHECK(json(demo).value(u"templates"_s).toInt() > 0);
    // A workspace that holds customers is not filled twice.
    const Run again = run(u"tandemctl"_s, { u"demo"_s, u"--workspace"_s, workspace, u"--quiet"_s }, environment);
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err.toStdString(), Catch::Matchers::StartsWith("tandemctl: "));

    const QString copyPath = home.filePath(u"copy.tandem"_s);
    const Run copy = run(u"tandemctl"_s, { u"copy"_s, u"--from"_s, workspace, u"--to"_s, copyPath }, environment);
    REQUIRE(copy.exitCode == 0);
    CHECK_THAT(copy.err.toStdString(), Catch::Matchers::ContainsSubstring("customers: 30\n"));
    CHECK(json(copy).value(u"from"_s).toString() == workspace);
    CHECK(json(copy).value(u"to"_s).toString() == copyPath);
    CHECK(json(copy).value(u"tables"_s).toObject().value(u"customers"_s).toInt() == 30);
    CHECK(json(copy).value(u"verified"_s).toBool());
    const Run occupied
        = run(u"tandemctl"_s, { u"copy"_s, u"--from"_s, workspace, u"--to"_s, copyPath, u"--quiet"_s }, environment);
    CHECK(occupied.exitCode == 1);
    CHECK(occupied.out.isEmpty());
    const Run replaced = run(u"tandemctl"_s,
        { u"copy"_s, u"--from"_s, workspace, u"--to"_s, copyPath, u"--replace"_s, u"--quiet"_s }, environment);
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.err.isEmpty());
    const Run missing = run(u"tandemctl"_s,
        { u"copy"_s, u"--from"_s, home.filePath(u"nowhere.tandem"_s), u"--to"_s, copyPath, u"--replace"_s },
        environment);
    CHECK(missing.exitCode == 1);

    // Support's finished work: the small demo has several of those, so a page of one has a next one.
    const Run list = run(u"tandemctl"_s,
        { u"escalation"_s, u"list"_s, u"--workspace"_s, copyPath, u"--as"_s, u"lead"_s, u"--queue"_s, u"resolved"_s,
            u"--limit"_s, u"1"_s },
        environment);
    REQUIRE(list.exitCode == 0);
    const QJsonArray escalations = json(list).value(u"escalations"_s).toArray();
    REQUIRE(escalations.size() == 1);
    const QString next = json(list).value(u"next"_s).toString();
    CHECK(next.contains(u':'));
    const Run nextPage = run(u"tandemctl"_s,
        { u"escalation"_s, u"list"_s, u"--workspace"_s, copyPath, u"--as"_s, u"lead"_s, u"--queue"_s, u"resolved"_s,
            u"--after"_s, next },
        environment);
    CHECK(nextPage.exitCode == 0);
    const Run badCursor = run(u"tandemctl"_s,
        { u"escalation"_s, u"list"_s, u"--workspace"_s, copyPath, u"--as"_s, u"lead"_s, u"--after"_s, u"12"_s },
        environment);
    CHECK(badCursor.exitCode == 2);
    CHECK(badCursor.err == "tandemctl: --after takes the \"next\" value of the previous page.\n");
    const QString id = QString::number(escalations.at(0).toObject().value(u"id"_s).toInteger());
    const Run show = run(u"tandemctl"_s,
        { u"escalation"_s, u"show"_s, u"--workspace"_s, copyPath, u"--as"_s, u"lead"_s, u"--id"_s, id }, environment);
    REQUIRE(show.exitCode == 0);
    CHECK(QString::number(json(show).value(u"id"_s).toInteger()) == id);
    CHECK(json(show).contains(u"allowed_actions"_s));
    const Run badId = run(u"tandemctl"_s,
        { u"escalation"_s, u"show"_s, u"--workspace"_s, copyPath, u"--as"_s, u"lead"_s, u"--id"_s, u"x"_s },
        environment);
    CHECK(badId.exitCode == 2);
    CHECK(badId.err == "tandemctl: --id takes a positive whole number.\n");
    const Run badLimit = run(u"tandemctl"_s,
        { u"escalation"_s, u"list"_s, u"--workspace"_s, copyPath, u"--as"_s, u"lead"_s, u"--limit"_s, u"1001"_s },
        environment);
    CHECK(badLimit.exitCode == 2);
    CHECK(badLimit.err == "tandemctl: --limit takes a whole number from 1 to 1000.\n");
    const Run nobody = run(u"tandemctl"_s,
        { u"escalation"_s, u"transition"_s, u"--workspace"_s, copyPath, u"--as"_s, u"lead"_s, u"--id"_s, id,
            u"--action"_s, u"reassign"_s, u"--assignee"_s, u"nobody"_s },
        environment);
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err == "tandemctl: There is no agent with the login \"nobody\".\n");

    const Run report = run(u"tandemctl"_s,
        { u"report"_s, u"kpis"_s, u"--workspace"_s, copyPath, u"--to"_s, u"2026-01-31"_s, u"--json"_s }, environment);
    REQUIRE(report.exitCode == 0);
    CHECK(json(report).value(u"workspace"_s).toString() == copyPath);
    CHECK(json(report).value(u"period"_s).toObject().value(u"to"_s).toString() == u"2026-02-01T00:00:00Z"_s);
    const Run table = run(u"tandemctl"_s, { u"report"_s, u"kpis"_s, u"--workspace"_s, copyPath }, environment);
    CHECK(table.exitCode == 0);
    CHECK_THAT(table.out.toStdString(), Catch::Matchers::StartsWith("KPIs from "));

    const Run verify = run(u"tandemctl"_s, { u"audit"_s, u"verify"_s, u"--workspace"_s, copyPath }, environment);
    CHECK(verify.exitCode == 0);
    CHECK(json(verify).value(u"intact"_s).toBool());
    const Run audit
        = run(u"tandemctl"_s, { u"audit"_s, u"list"_s, u"--workspace"_s, copyPath, u"--limit"_s, u"1"_s }, environment);
    CHECK(audit.exitCode == 0);
    CHECK(json(audit).value(u"entries"_s).toArray().size() == 1);
    const Run badBefore = run(
        u"tandemctl"_s, { u"audit"_s, u"list"_s, u"--workspace"_s, copyPath, u"--before"_s, u"0"_s }, environment);
    CHECK(badBefore.exitCode == 2);
    CHECK(badBefore.err == "tandemctl: --before takes the \"next\" value of the previous page.\n");
    const Run badAuditLimit = run(
        u"tandemctl"_s, { u"audit"_s, u"list"_s, u"--workspace"_s, copyPath, u"--limit"_s, u"5001"_s }, environment);
    CHECK(badAuditLimit.exitCode == 2);
    CHECK(badAuditLimit.err == "tandemctl: --limit takes a whole number from 1 to 5000.\n");

    // A workspace that is not there is an error (1), not a mistake in the options (2), and is not created.
    const QString absent = home.filePath(u"absent.tandem"_s);
    const Run gone = run(u"tandemctl"_s, { u"audit"_s, u"verify"_s, u"--workspace"_s, absent }, environment);
    CHECK(gone.exitCode == 1);
    CHECK_THAT(gone.err.toStdString(), Catch::Matchers::StartsWith("tandemctl: "));
    CHECK_FALSE(QFileInfo::exists(absent));
}
