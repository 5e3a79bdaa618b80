// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RealBinary.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Qt::StringLiterals;
using namespace tandem::smoke;

// The real binary in a French session: the catalogue compiled into it is found from the environment
// alone, as on a French desktop.

namespace {

QProcessEnvironment frenchEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = isolatedEnvironment(home);
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

    const Run help = run(u"tandem"_s, { u"--help"_s }, environment);
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out.toStdString(),
        Catch::Matchers::ContainsSubstring("Poste de travail pour le service client et le support."));

    const QString workspace = home.filePath(u"demo.tandem"_s);
    const Run demo = run(u"tandemctl"_s,
        { u"demo"_s, u"--workspace"_s, workspace, u"--customers"_s, u"40"_s, u"--interactions"_s, u"400"_s, u"--seed"_s,
            u"5"_s, u"--quiet"_s },
        environment);
    REQUIRE(demo.exitCode == 0);

    const QString png = home.filePath(u"fr-main.png"_s);
    const Run shot
        = run(u"tandem"_s, { u"--workspace"_s, workspace, u"--as"_s, u"rep"_s, u"--screenshot"_s, png }, environment);
    INFO(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1280);
    CHECK(image.height() >= 800);
}

TEST_CASE("tandemctl in a German session speaks German", "[packaging][i18n][cli]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment environment = isolatedEnvironment(home);
    environment.insert(u"LANGUAGE"_s, u"de"_s);
    environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);

    const Run help = run(u"tandemctl"_s, { u"--help"_s }, environment);
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out.toStdString(), Catch::Matchers::ContainsSubstring("Aufruf: tandemctl BEFEHL [Optionen]"));
    const Run unknown = run(u"tandemctl"_s, { u"frobnicate"_s }, environment);
    CHECK(unknown.exitCode != 0);
    CHECK_THAT(unknown.err.toStdString(), Catch::Matchers::ContainsSubstring("Unbekannter Befehl „frobnicate“"));
}
