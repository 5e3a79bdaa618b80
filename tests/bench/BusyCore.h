// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>

namespace tandem::bench {

// The bench's "busy" mode: a real desk is never idle (a browser, a call, a video), so the measures can run
// with one core kept busy beside them. A child process of the bench spins at full speed on one thread, at
// the same priority as the measures, until the bench stops it; it also ends by itself when its parent is
// gone or after `longestSeconds`, so a bench that crashes never leaves a core burning.
class BusyCore
{
public:
    static constexpr int longestSeconds = 4 * 3600;

    // Starts the child (`program --burn-cpu`); false with the reason in `error` when it did not start.
    bool start(const QString &program, QString *error);
    ~BusyCore();

    // The child's side: spins until the parent is gone or the time is up. Returns its exit code.
    static int burn(int seconds);

private:
    QProcess m_child;
};

} // namespace tandem::bench
