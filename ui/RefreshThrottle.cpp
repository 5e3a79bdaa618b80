// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RefreshThrottle.h"

namespace tandem {

RefreshThrottle::RefreshThrottle(const Clock &clock, int delayMs, QObject *parent)
    : QObject(parent), m_clock(clock), m_delayMs(delayMs)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire early; the wait was counted from the first change and must not run longer.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RefreshThrottle::fire);
}

void RefreshThrottle::notice()
{
    // Already waiting: this change is read by the refresh that is due anyway.
    if (m_dueAt)
        return;
    m_dueAt = m_clock.now() + m_delayMs;
    m_timer.start(m_delayMs);
}

void RefreshThrottle::refreshIfDue()
{
    if (m_dueAt && m_clock.now() >= *m_dueAt)
        fire();
}

void RefreshThrottle::fire()
{
    m_timer.stop();
    m_dueAt.reset();
    emit refresh();
}

} // namespace tandem
