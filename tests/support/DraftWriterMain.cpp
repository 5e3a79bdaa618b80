// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/DraftStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

// Stands in for an agent typing: saves a growing draft over and over and says how far it got, until it
// is killed. Used by the crash test.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const tandem::DraftStore drafts(QString::fromLocal8Bit(argv[1]));
    QString body;
    for (int n = 1;; ++n) {
        body += QStringLiteral("word%1 ").arg(n);
        drafts.save(QStringLiteral("crash-test"), 1, 1,
            QJsonObject { { QStringLiteral("body"), body }, { QStringLiteral("n"), n } });
        std::printf("%d\n", n);
        std::fflush(stdout);
        QThread::msleep(2);
    }
}
