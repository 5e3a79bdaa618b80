// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/LatestExchange.h"

namespace tandem {

LatestExchange latestExchangeOf(const QList<EscalationEvent> &events)
{
    LatestExchange exchange;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->action == EscalationAction::Answer && !exchange.answer) {
            exchange.answer = *it;
        } else if (it->action == EscalationAction::AskRep) {
            exchange.question = *it;
            break;
        }
    }
    if (!exchange.question)
        exchange.answer.reset();
    return exchange;
}

} // namespace tandem
