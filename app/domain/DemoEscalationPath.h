// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/EscalationStateMachine.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class DemoRandom;

// One event of a demo escalation's history, as EscalationService would have written it.
struct DemoEscalationStep
{
    EscalationAction action = EscalationAction::Escalate;
    std::optional<EscalationState> from;
    EscalationState to = EscalationState::New;
    bool bySpecialist = false; // otherwise by the rep who escalated
    Millis at = 0;
    QString note;
};

// The history of a demo escalation that ends in a given state, walked through EscalationStateMachine's
// transitions one allowed action at a time (claim, start, a question to the rep or a wait on the customer,
// resolve, hand back, close, now and then a reopen), so demo data obeys the rules the services do. Times
// spread over the severity's SLA targets from the hand-off on and never pass `now`.
class DemoEscalationPath
{
public:
    [[nodiscard]] static QList<DemoEscalationStep> walk(
        EscalationState finalState, Severity severity, Millis escalatedAt, Millis now, DemoRandom &random);
};

} // namespace tandem
