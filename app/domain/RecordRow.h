// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/RecordsFilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// One row of the records browser: an interaction or an escalation, with the names a lead reads.
struct RecordRow
{
    RecordType type = RecordType::Interaction;
    Id id = 0;
    Millis at = 0; // an interaction's time; an escalation's creation
    Id customerId = 0;
    QString customerName;
    std::optional<Id> agentId; // an interaction's agent; an escalation's creator
    QString agentName;
    std::optional<Role> agentRole;
    QString assigneeName; // escalations
    std::optional<Channel> channel; // an escalation's: that of the interaction it started from
    std::optional<Direction> direction;
    InteractionKind kind = InteractionKind::Message; // InteractionKind::Escalation for escalations
    QString subject; // an escalation's summary
    QString body; // with RecordsQuery::withBody: an interaction's text, an escalation's resolution
    QString complaintCause;
    std::optional<Id> interactionId; // where its customer's timeline opens: itself, or the escalation's first
    std::optional<EscalationState> state;
    std::optional<Severity> severity;
    std::optional<SlaOutcome> sla; // escalations that met or broke their SLA; none while still in time
    std::optional<double> qaAverage; // the newest QA review's mean score
    QString sortText; // the sort name the cursor continues from
    Id sortGroup = 0; // the customer's or agent's id the cursor continues from
};

struct RecordsPage
{
    QList<RecordRow> rows;
    std::optional<RecordsCursor> next; // none on the last page
};

} // namespace tandem
