// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QString>

namespace tandem {

// How long support may take for an escalation of one severity, counted from the moment it was escalated.
struct SlaTargets
{
    Millis claimWithin = 0;
    Millis resolveWithin = 0;
};

// Which promise a countdown is about: taking the escalation, or fixing it.
enum class SlaClock { Claim, Resolve };

enum class SlaLevel {
    OnTrack, // less than 75% of the target used
    AtRisk, // 75% or more used: amber
    Breached, // past the due time and still running: red
    Met, // stopped (resolved) in time
    Missed, // stopped (resolved) late
};

struct SlaStatus
{
    SlaClock clock = SlaClock::Claim;
    SlaLevel level = SlaLevel::OnTrack;
    Millis startedAt = 0;
    Millis dueAt = 0;
    // Time left until dueAt (negative once overdue); for a stopped clock, how early (or late) it stopped.
    Millis remaining = 0;
    bool running = true;
};

// The service-level targets per severity and the countdowns drawn from them. The one table of targets:
// services, demo data and views all read it here.
class SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(tandem::SlaPolicy)

public:
    // A countdown turns amber when this share of its target has passed (numerator / denominator).
    static constexpr int amberNumerator = 3;
    static constexpr int amberDenominator = 4;

    [[nodiscard]] static SlaTargets targetsFor(Severity severity);
    [[nodiscard]] static Millis claimDueAt(Severity severity, Millis escalatedAt);
    [[nodiscard]] static Millis resolveDueAt(Severity severity, Millis escalatedAt);
    // The level of a running countdown from startedAt to dueAt at `now`.
    [[nodiscard]] static SlaLevel levelAt(Millis startedAt, Millis dueAt, Millis now);
    // The countdown that matters for an escalation in its current state: the claim while it is new, the
    // resolution afterwards (stopped once resolved).
    [[nodiscard]] static SlaStatus statusOf(const Escalation &escalation, Millis now);
    // The due time the queues sort by: the claim's while new, the resolution's afterwards.
    [[nodiscard]] static Millis queueDueAt(const Escalation &escalation);

    // "Claim within 15 min · resolve within 4 h"
    [[nodiscard]] static QString describeTargets(Severity severity);
    // "1 h 20 min", "3 d 4 h", "< 1 min"
    [[nodiscard]] static QString describeDuration(Millis duration);
    // "Claim in 12 min", "Resolve overdue by 2 h", "Resolved in time"
    [[nodiscard]] static QString describeStatus(const SlaStatus &status);
};

} // namespace tandem
