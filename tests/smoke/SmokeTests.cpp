// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Qt::StringLiterals;

// These tests start the real binaries, as a user or a script would.

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString binary(const QString &name)
{
    return QDir(QStringLiteral(TANDEM_BIN_DIR)).filePath(name);
}

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary(program), arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

// A home of its own, so nothing touches the real user's data.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return environment;
}

} // namespace

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
