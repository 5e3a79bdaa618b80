// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Qt::StringLiterals;

// The real binary in a French session: the catalogue compiled into it is found from the environment
// alone, as on a French desktop.

namespace {

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
};

Finished runBinary(const QString &name, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QDir(QStringLiteral(TANDEM_BIN_DIR)).filePath(name), arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QProcessEnvironment frenchEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LANGUAGE"_s, u"fr"_s);
    environment.insert(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
    environment.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
    return environment;
}

} // namespace

TEST_CASE("tandem started in a French session speaks French and renders a screenshot", "[packaging][i18n]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QProcessEnvironment environment = frenchEnvironment(home);

    const Finished help = runBinary(u"tandem"_s, { u"--help"_s }, environment);
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out.toStdString(),
        Catch::Matchers::ContainsSubstring("Poste de travail pour le service client et le support."));

    const QString workspace = home.filePath(u"demo.tandem"_s);
    const Finished demo = runBinary(u"tandemctl"_s,
        { u"demo"_s, u"--workspace"_s, workspace, u"--customers"_s, u"40"_s, u"--interactions"_s, u"400"_s, u"--seed"_s,
            u"5"_s, u"--quiet"_s },
        environment);
    REQUIRE(demo.exitCode == 0);

    const QString png = home.filePath(u"fr-main.png"_s);
    const Finished shot = runBinary(
        u"tandem"_s, { u"--workspace"_s, workspace, u"--as"_s, u"rep"_s, u"--screenshot"_s, png }, environment);
    INFO(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1280);
    CHECK(image.height() >= 800);
}
