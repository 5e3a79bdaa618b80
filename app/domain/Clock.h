// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace tandem {

// Time as milliseconds since the Unix epoch (UTC): the one representation stored on every backend.
using Millis = qint64;

// Where services read the current time, so tests can move it by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual Millis now() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] Millis now() const override;
    static const SystemClock &instance();
};

} // namespace tandem
