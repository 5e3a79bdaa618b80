// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/SlaPolicy.h"

#include "domain/EscalationStateMachine.h"

#include <array>

namespace tandem {
namespace {

constexpr Millis minute = 60 * 1000;
constexpr Millis hour = 60 * minute;
constexpr Millis day = 24 * hour;

// Indexed by Severity: S1 critical .. S4 question.
constexpr std::array<SlaTargets, 4> targets { {
    { 15 * minute, 4 * hour },
    { 1 * hour, 24 * hour },
    { 4 * hour, 72 * hour },
    { 24 * hour, 7 * day },
} };

// Indexed by Channel, for standard-tier customers; Internal is never a customer's channel and has e-mail's.
constexpr std::array<ResponseTargets, 8> responseTargets { {
    { 8 * hour, 24 * hour }, // email
    { 1 * hour, 4 * hour }, // phone: a call-back
    { 5 * minute, 5 * minute }, // live chat
    { 1 * hour, 4 * hour }, // social media
    { 4 * hour, 24 * hour }, // video
    { 24 * hour, 48 * hour }, // self-service portal
    { 1 * hour, 4 * hour }, // in person
    { 8 * hour, 24 * hour }, // internal
} };

// Indexed by Tier: premium customers are answered twice, enterprise ones four times as fast.
constexpr std::array<int, 3> tierSpeedUp { 1, 2, 4 };

} // namespace

SlaTargets SlaPolicy::targetsFor(Severity severity)
{
    return targets.at(std::size_t(severity));
}

Millis SlaPolicy::claimDueAt(Severity severity, Millis escalatedAt)
{
    return escalatedAt + targetsFor(severity).claimWithin;
}

Millis SlaPolicy::resolveDueAt(Severity severity, Millis escalatedAt)
{
    return escalatedAt + targetsFor(severity).resolveWithin;
}

ResponseTargets SlaPolicy::responseTargetsFor(Channel channel, Tier tier)
{
    const ResponseTargets base = responseTargets.at(std::size_t(channel));
    const int speedUp = tierSpeedUp.at(std::size_t(tier));
    return { base.firstResponseWithin / speedUp, base.nextResponseWithin / speedUp };
}

Millis SlaPolicy::responseDueAt(Channel channel, Tier tier, bool firstResponse, Millis waitingSince)
{
    const ResponseTargets wanted = responseTargetsFor(channel, tier);
    return waitingSince + (firstResponse ? wanted.firstResponseWithin : wanted.nextResponseWithin);
}

SlaLevel SlaPolicy::levelAt(Millis startedAt, Millis dueAt, Millis now)
{
    if (now >= dueAt)
        return SlaLevel::Breached;
    const Millis target = dueAt - startedAt;
    const Millis used = now - startedAt;
    return used * amberDenominator >= target * amberNumerator ? SlaLevel::AtRisk : SlaLevel::OnTrack;
}

SlaStatus SlaPolicy::statusOf(const Escalation &escalation, Millis now)
{
    SlaStatus status;
    status.startedAt = escalation.createdAt;
    if (escalation.state == EscalationState::New) {
        status.clock = SlaClock::Claim;
        status.dueAt = escalation.claimDueAt;
    } else {
        status.clock = SlaClock::Resolve;
        status.dueAt = escalation.resolveDueAt;
    }
    const bool stopped
        = !EscalationStateMachine::isOpen(escalation.state) || escalation.state == EscalationState::Resolved;
    if (stopped && status.clock == SlaClock::Resolve) {
        const Millis stoppedAt = escalation.resolvedAt.value_or(escalation.closedAt.value_or(now));
        status.running = false;
        status.remaining = status.dueAt - stoppedAt;
        status.level = stoppedAt <= status.dueAt ? SlaLevel::Met : SlaLevel::Missed;
        return status;
    }
    status.remaining = status.dueAt - now;
    status.level = levelAt(status.startedAt, status.dueAt, now);
    return status;
}

Millis SlaPolicy::queueDueAt(const Escalation &escalation)
{
    return escalation.state == EscalationState::New ? escalation.claimDueAt : escalation.resolveDueAt;
}

QString SlaPolicy::describeTargets(Severity severity)
{
    const SlaTargets wanted = targetsFor(severity);
    return tr("Claim within %1 · resolve within %2")
        .arg(describeDuration(wanted.claimWithin), describeDuration(wanted.resolveWithin));
}

QString SlaPolicy::describeDuration(Millis duration)
{
    const Millis length = qAbs(duration);
    if (length < minute)
        return tr("< 1 min");
    if (length < hour)
        return tr("%1 min").arg(length / minute);
    if (length < day) {
        const Millis minutes = (length % hour) / minute;
        return minutes == 0 ? tr("%1 h").arg(length / hour) : tr("%1 h %2 min").arg(length / hour).arg(minutes);
    }
    const Millis hours = (length % day) / hour;
    return hours == 0 ? tr("%1 d").arg(length / day) : tr("%1 d %2 h").arg(length / day).arg(hours);
}

QString SlaPolicy::describeStatus(const SlaStatus &status)
{
    if (!status.running) {
        return status.level == SlaLevel::Met ? tr("Resolved in time")
                                             : tr("Resolved %1 late").arg(describeDuration(status.remaining));
    }
    const QString amount = describeDuration(status.remaining);
    if (status.clock == SlaClock::Response)
        return status.remaining > 0 ? tr("Reply in %1").arg(amount) : tr("Reply overdue by %1").arg(amount);
    if (status.clock == SlaClock::Claim)
        return status.remaining > 0 ? tr("Claim in %1").arg(amount) : tr("Claim overdue by %1").arg(amount);
    return status.remaining > 0 ? tr("Resolve in %1").arg(amount) : tr("Resolve overdue by %1").arg(amount);
}

} // namespace tandem
