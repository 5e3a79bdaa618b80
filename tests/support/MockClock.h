// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"

namespace tandem::test {

// A clock that stands still until the test moves it.
class MockClock final : public Clock
{
public:
    explicit MockClock(Millis start = 1'767'225'600'000) : m_now(start) { } // 2026-01-01 00:00 UTC

    [[nodiscard]] Millis now() const override { return m_now; }
    void set(Millis now) { m_now = now; }
    void advance(Millis by) { m_now += by; }

private:
    Millis m_now;
};

} // namespace tandem::test
