// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace tandem {

// Reads a burst of changes once without letting a steady stream of them put the reading off: the first
// change after a refresh makes the next refresh due at most `delayMs` later, and changes meanwhile join that
// refresh instead of pushing it back. (A debounce, which restarts its wait on every change, never refreshes
// while a team keeps changing things faster than it waits.)
class RefreshThrottle : public QObject
{
    Q_OBJECT

public:
    RefreshThrottle(const Clock &clock, int delayMs, QObject *parent = nullptr);

    // Something changed: a refresh is due at most delayMs after the first change not yet refreshed.
    void notice();
    // Refreshes when one is due by the clock. The timer refreshes at the due time on its own; this is for
    // callers that run the clock themselves.
    void refreshIfDue();
    // When the pending refresh is due; none when nothing waits.
    [[nodiscard]] std::optional<Millis> dueAt() const { return m_dueAt; }

signals:
    void refresh();

private:
    void fire();

    const Clock &m_clock;
    int m_delayMs;
    std::optional<Millis> m_dueAt;
    QTimer m_timer;
};

} // namespace tandem
