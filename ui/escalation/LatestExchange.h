// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/EscalationRecords.h"

#include <optional>

namespace tandem {

// The newest question support asked the rep who escalated, and the rep's answer to it if one came: what a
// dialog about the escalation shows so nobody has to scroll through the history first.
struct LatestExchange
{
    std::optional<EscalationEvent> question;
    std::optional<EscalationEvent> answer; // only an answer given after `question`
};

// `events` oldest first, as HandoffDetails holds them.
[[nodiscard]] LatestExchange latestExchangeOf(const QList<EscalationEvent> &events);

} // namespace tandem
