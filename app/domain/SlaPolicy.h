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

// How soon a customer who wrote gets an answer: the first one in a conversation, and each one after.
struct ResponseTargets
{
    Millis firstResponseWithin = 0;
    Millis nextResponseWithin = 0;
};

// Which promise a countdown is about: taking the escalation, fixing it, or answering a customer.
enum class SlaClock { Claim, Resolve, Response };

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
    // Conversations: the channel sets the pace (a chat is answered in minutes, an e-mail within the day),
    // the customer's tier shortens it.
    [[nodiscard]] static ResponseTargets responseTargetsFor(Channel channel, Tier tier);
    // When the answer to a customer waiting since `waitingSince` is due: the first answer of a conversation
    // or a later one.
    [[nodiscard]] static Millis responseDueAt(Channel channel, Tier tier, bool firstResponse, Millis waitingSince);
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
    // "Claim in 12 min", "Resolve overdue by 2 h", "Reply in 5 min", "Resolved in time"
    [[nodiscard]] static QString describeStatus(const SlaStatus &status);
};

} // namespace tandem
