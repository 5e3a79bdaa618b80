// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/DemoEscalationPath.h"

#include "domain/DemoCorpus.h"
#include "domain/SlaPolicy.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

using A = EscalationAction;
using S = EscalationState;

struct Planned
{
    A action;
    bool bySpecialist;
    QString note;
};

// The actions that lead from a new escalation to `finalState`, with a detour or two on the way.
QList<Planned> plan(S finalState, DemoRandom &random)
{
    QList<Planned> steps { { A::Escalate, false, {} } };
    if (finalState == S::New)
        return steps;
    steps.append({ A::Claim, true, {} });
    if (finalState == S::Claimed)
        return steps;
    steps.append({ A::Start, true, {} });
    const auto detour = [&steps, &random] {
        if (random.percent(50)) {
            steps.append({ A::AskRep, true, u"Which version does the customer run, and since when does it fail?"_s });
            steps.append({ A::Answer, false, u"Version 4.2 since last Tuesday's update"_s });
        } else {
            steps.append({ A::WaitOnCustomer, true, u"Asked the customer for the log file of a failed attempt"_s });
            steps.append({ A::CustomerReplied, false, u"The customer sent the log"_s });
        }
    };
    for (int detours = random.below(3); detours > 0; --detours)
        detour();
    if (finalState == S::InProgress)
        return steps;
    if (finalState == S::WaitingOnCustomer) {
        steps.append({ A::WaitOnCustomer, true, u"Asked the customer to try again with the workaround"_s });
        return steps;
    }
    if (finalState == S::NeedsInfoFromRep) {
        steps.append({ A::AskRep, true, u"Can you find out which account the customer signed in with?"_s });
        return steps;
    }
    const QString resolution = u"Fixed on our side; configuration corrected"_s;
    const QString explanation = u"We found the cause and fixed it for you"_s;
    if (finalState == S::Closed && random.percent(15)) {
        // It came back: the rep reopens it after telling the customer, and the specialist looks again.
        steps.append({ A::Resolve, true, u"Cleared the cached settings"_s });
        steps.append({ A::HandBack, true, u"Please ask the customer to sign in again"_s });
        steps.append({ A::Reopen, false, u"The customer says it fails again after signing in"_s });
    }
    steps.append({ A::Resolve, true, resolution });
    if (finalState == S::Resolved)
        return steps;
    steps.append({ A::HandBack, true, explanation });
    if (finalState == S::HandedBack)
        return steps;
    steps.append({ A::Close, false, {} });
    return steps;
}

// When each planned step happens: the claim halfway to its target, the work up to the first resolution
// halfway to the resolution target, what follows by the target itself; squeezed to end by `now`.
QList<Millis> timesOf(const QList<Planned> &steps, Severity severity, Millis escalatedAt, Millis now)
{
    const SlaTargets targets = SlaPolicy::targetsFor(severity);
    const Millis claimedAt = escalatedAt + targets.claimWithin / 2;
    const Millis resolvedAt = escalatedAt + targets.resolveWithin / 2;
    const Millis finishedAt = escalatedAt + targets.resolveWithin;
    qsizetype firstResolve = steps.size();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).action == A::Resolve) {
            firstResolve = i;
            break;
        }
    }
    QList<Millis> times;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i == 0) {
            times.append(escalatedAt);
        } else if (i == 1) {
            times.append(claimedAt);
        } else if (i < firstResolve) {
            times.append(claimedAt + (resolvedAt - claimedAt) * Millis(i - 1) / Millis(firstResolve - 1));
        } else if (i == firstResolve) {
            times.append(resolvedAt);
        } else {
            const auto after = Millis(steps.size() - 1 - firstResolve);
            times.append(resolvedAt + (finishedAt - resolvedAt) * Millis(i - firstResolve) / after);
        }
    }
    const Millis last = times.constLast();
    if (last > now && last > escalatedAt) {
        const double squeeze = double(qMax<Millis>(now - escalatedAt, 0)) / double(last - escalatedAt);
        for (Millis &time : times)
            time = escalatedAt + Millis(double(time - escalatedAt) * squeeze);
    }
    return times;
}

} // namespace

QList<DemoEscalationStep> DemoEscalationPath::walk(
    EscalationState finalState, Severity severity, Millis escalatedAt, Millis now, DemoRandom &random)
{
    const QList<Planned> planned = plan(finalState, random);
    const QList<Millis> times = timesOf(planned, severity, escalatedAt, now);
    QList<DemoEscalationStep> steps;
    std::optional<EscalationState> state;
    bool claimed = false;
    for (qsizetype i = 0; i < planned.size(); ++i) {
        const Planned &step = planned.at(i);
        EscalationParticipant who;
        who.role = step.bySpecialist ? Role::SupportSpecialist : Role::ServiceRep;
        who.isCreator = !step.bySpecialist;
        who.isAssignee = step.bySpecialist && claimed;
        const EscalationVerdict verdict = EscalationStateMachine::check(state, step.action, who);
        // A plan the state machine refuses ends the history where it stands, as a service would.
        if (!verdict.allowed() || !verdict.target)
            break;
        steps.append({ step.action, state, *verdict.target, step.bySpecialist, times.at(i), step.note });
        state = verdict.target;
        claimed = claimed || step.action == A::Claim;
    }
    return steps;
}

} // namespace tandem
