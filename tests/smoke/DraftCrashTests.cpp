// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/DraftStore.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <csignal>

using namespace Qt::StringLiterals;

TEST_CASE("a draft survives the process being killed while it is saved", "[timeline][smoke]")
{
    QTemporaryDir folder;
    QProcess writer;
    writer.start(QStringLiteral(TANDEM_DRAFT_WRITER), { folder.path() });
    REQUIRE(writer.waitForStarted());
    int lastReported = 0;
    while (lastReported < 200 && writer.waitForReadyRead(10000)) {
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.isEmpty())
                lastReported = line.toInt();
        }
    }
    REQUIRE(lastReported >= 200);
    ::kill(pid_t(writer.processId()), SIGKILL); // no chance to clean up, like a crash
    REQUIRE(writer.waitForFinished(10000));

    const auto draft = tandem::DraftStore(folder.path()).load(u"crash-test"_s, 1, 1);
    REQUIRE(draft.has_value());
    const int saved = draft->value(u"n"_s).toInt();
    CHECK(saved >= lastReported);
    CHECK(draft->value(u"body"_s).toString().endsWith(u"word%1 "_s.arg(saved)));
}
