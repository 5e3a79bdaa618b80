// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BusyCore.h"

#include <QElapsedTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tandem::bench {

bool BusyCore::start(const QString &program, QString *error)
{
    m_child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_child.start(program, { u"--burn-cpu"_s, QString::number(longestSeconds) });
    if (!m_child.waitForStarted(10'000)) {
        if (error)
            *error = m_child.errorString();
        return false;
    }
    return true;
}

BusyCore::~BusyCore()
{
    if (m_child.state() == QProcess::NotRunning)
        return;
    m_child.kill();
    m_child.waitForFinished(10'000);
}

int BusyCore::burn(int seconds)
{
    const pid_t parent = getppid();
    QElapsedTimer clock;
    clock.start();
    // Arithmetic the compiler cannot drop; the parent and the clock are looked at every few million steps.
    volatile quint64 sink = 0;
    while (getppid() == parent && clock.elapsed() < qint64(seconds) * 1000) {
        for (quint64 step = 0; step < 4'000'000; ++step)
            sink = sink + step * 2654435761ULL;
    }
    return 0;
}

} // namespace tandem::bench
