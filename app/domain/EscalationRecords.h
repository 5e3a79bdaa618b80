// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/EscalationStateMachine.h"
#include "domain/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// A technical text the rep collected (a log, a config, a stack trace), kept verbatim and shown read-only.
struct EscalationAttachment
{
    Id id = 0;
    Id escalationId = 0;
    QString name;
    BodyFormat format = BodyFormat::Plain; // as declared by the rep; picks the highlighting
    QString content;
};

// One step of an escalation's history.
struct EscalationEvent
{
    Id id = 0;
    Id escalationId = 0;
    std::optional<Id> actorId;
    QString actorName; // filled by queries that join the agent
    EscalationAction action = EscalationAction::Escalate;
    std::optional<EscalationState> fromState; // none for the escalation itself
    EscalationState toState = EscalationState::New;
    QString note;
    Millis occurredAt = 0;
};

// Keyset position in a queue ordered by SLA due time, then id, ascending. A queue that pins what waits on
// the agent lists those rows first, each part in that order.
struct EscalationCursor
{
    Millis dueAt = 0;
    Id id = 0; // 0 (with pastPinned): the start of the rows after the pinned ones
    bool pastPinned = false;
};

// A queue row: the escalation with the names a list shows.
struct EscalationListItem
{
    Escalation escalation;
    QString customerName;
    QString creatorName;
    QString assigneeName; // empty while unclaimed
    // In the lists of what the agent escalated: the next step is theirs (a question for them, or handed back
    // to them), so it is pinned first.
    bool waitsOnMe = false;
};

struct EscalationPage
{
    QList<EscalationListItem> items; // most urgent (earliest due) first
    std::optional<EscalationCursor> next; // none: this was the last page
};

} // namespace tandem
