// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RealBinary.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

namespace tandem::smoke {

QString binaryPath(const QString &program)
{
    return QDir(QStringLiteral(TANDEM_BIN_DIR)).filePath(program);
}

QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return environment;
}

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binaryPath(program), arguments);
    REQUIRE(process.waitForStarted());
    // A generous bound: the large demo on a loaded CI machine; a hang still fails instead of blocking.
    REQUIRE(process.waitForFinished(120000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

Run run(const QString &program, const QStringList &arguments, const QTemporaryDir &home)
{
    return run(program, arguments, isolatedEnvironment(home));
}

} // namespace tandem::smoke
