// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RealBinary.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tandem::smoke;
using Catch::Matchers::ContainsSubstring;

// The real binaries on files they may only read, or must not touch.

namespace {

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every tandemctl command that only reads, on `workspace`; `escalation` is one to show.
QList<QStringList> readingCommands(const QString &workspace, const QString &escalation = u"1"_s)
{
    return {
        { u"audit"_s, u"verify"_s, u"--workspace"_s, workspace },
        { u"audit"_s, u"list"_s, u"--workspace"_s, workspace, u"--limit"_s, u"2"_s },
        { u"report"_s, u"kpis"_s, u"--workspace"_s, workspace, u"--to"_s, u"2026-01-31"_s, u"--json"_s },
        { u"escalation"_s, u"list"_s, u"--workspace"_s, workspace, u"--as"_s, u"lead"_s, u"--limit"_s, u"2"_s },
        { u"escalation"_s, u"show"_s, u"--workspace"_s, workspace, u"--as"_s, u"lead"_s, u"--id"_s, escalation },
    };
}

} // namespace

TEST_CASE("commands that only read refuse an empty file and leave it and its folder as they were",
    "[smoke][cli][reliability]")
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home);
    QTemporaryDir folder;
    const QString empty = folder.filePath(u"empty.tandem"_s);
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const QDateTime modified = QFileInfo(empty).lastModified();
    for (const QStringList &command : readingCommands(empty)) {
        INFO(command.join(u' ').toStdString());
        const Run result = run(u"tandemctl"_s, command, environment);
        CHECK(result.exitCode == 1);
        CHECK_THAT(result.err.toStdString(), ContainsSubstring("holds no Tandem workspace"));
        CHECK(result.out.isEmpty());
        CHECK(QFileInfo(empty).size() == 0);
        CHECK(QFileInfo(empty).lastModified() == modified);
        CHECK(listing(folder.path()) == QStringList { u"empty.tandem"_s });
    }
    // Nor does the app make a workspace of it without asking; a screenshot has nobody to ask.
    const Run shot
        = run(u"tandem"_s, { u"--workspace"_s, empty, u"--screenshot"_s, home.filePath(u"x.png"_s) }, environment);
    CHECK(shot.exitCode == 1);
    CHECK_THAT(shot.err.toStdString(), ContainsSubstring("There is no workspace at"));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(listing(folder.path()) == QStringList { u"empty.tandem"_s });
    const QString mistyped = folder.filePath(u"no/such/folder/desk.tandem"_s);
    const Run typo
        = run(u"tandem"_s, { u"--workspace"_s, mistyped, u"--screenshot"_s, home.filePath(u"y.png"_s) }, environment);
    CHECK(typo.exitCode == 1);
    CHECK(listing(folder.path()) == QStringList { u"empty.tandem"_s });
}

TEST_CASE("a read-only workspace is read by every command that only reads and by the app", "[smoke][cli][reliability]")
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home);
    const QString folder = home.filePath(u"shared"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString workspace = QDir(folder).filePath(u"desk.tandem"_s);
    const Run demo = run(u"tandemctl"_s,
        { u"demo"_s, u"--workspace"_s, workspace, u"--customers"_s, u"20"_s, u"--interactions"_s, u"200"_s,
            u"--anchor"_s, u"2026-01-31"_s, u"--quiet"_s },
        environment);
    REQUIRE(demo.exitCode == 0);
    const QByteArray before = fileHash(workspace);
    const QStringList files = listing(folder);
    REQUIRE(files == QStringList { u"desk.tandem"_s });

    // File modes do not stop root (the CI runs the tests as root): there the commands' own read-only
    // opening is what is tested, and the app is asked with --read-only.
    const bool modesStopUs = ::geteuid() != 0;
    if (modesStopUs) {
        REQUIRE(QFile::setPermissions(workspace, QFile::ReadOwner));
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const Run list = run(u"tandemctl"_s,
        { u"escalation"_s, u"list"_s, u"--workspace"_s, workspace, u"--as"_s, u"lead"_s, u"--limit"_s, u"1"_s },
        environment);
    REQUIRE(list.exitCode == 0);
    const QJsonArray escalations = QJsonDocument::fromJson(list.out).object().value(u"escalations"_s).toArray();
    REQUIRE(escalations.size() == 1);
    const QString escalation = QString::number(escalations.at(0).toObject().value(u"id"_s).toInteger());
    for (const QStringList &command : readingCommands(workspace, escalation)) {
        INFO(command.join(u' ').toStdString());
        const Run result = run(u"tandemctl"_s, command, environment);
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        CHECK(listing(folder) == files);
    }
    QStringList app { u"--workspace"_s, workspace, u"--as"_s, u"lead"_s, u"--screenshot"_s,
        home.filePath(u"read-only.png"_s) };
    if (!modesStopUs)
        app.append(u"--read-only"_s);
    const Run shot = run(u"tandem"_s, app, environment);
    CAPTURE(shot.err.toStdString());
    CHECK(shot.exitCode == 0);
    CHECK(listing(folder) == files);

    // A command that writes is refused with a sentence.
    if (modesStopUs) {
        const Run transition = run(u"tandemctl"_s,
            { u"escalation"_s, u"transition"_s, u"--workspace"_s, workspace, u"--as"_s, u"lead"_s, u"--id"_s,
                escalation, u"--action"_s, u"claim"_s },
            environment);
        CHECK(transition.exitCode == 1);
        CHECK_THAT(transition.err.toStdString(), !ContainsSubstring("attempt to write"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(workspace, QFile::ReadOwner | QFile::WriteOwner);
    }
    CHECK(fileHash(workspace) == before);
    CHECK(listing(folder) == files);
}
