// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QTemporaryDir;

// The smoke tests start the installed-layout binaries (tandem, tandemctl) as a user would, each in a
// home of its own so nothing touches the real user's data.
namespace tandem::smoke {

struct Run
{
    int exitCode = -1; // -1 when the program crashed or was killed
    QByteArray out;
    QByteArray err;
};

QString binaryPath(const QString &program);

QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home);

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);
Run run(const QString &program, const QStringList &arguments, const QTemporaryDir &home);

} // namespace tandem::smoke
