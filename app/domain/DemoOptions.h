// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"

#include <QtGlobal>

namespace tandem {

struct DemoOptions
{
    int customers = 300;
    qint64 interactions = 6000;
    quint64 seed = 1;
    // Generated history ends here; the same seed and anchor give the same data.
    Millis anchor = 0;
};

struct DemoSummary
{
    qint64 agents = 0;
    qint64 customers = 0;
    qint64 interactions = 0;
    qint64 escalations = 0;
    qint64 surveys = 0;
    qint64 followUps = 0;
    qint64 conversations = 0;
};

} // namespace tandem
