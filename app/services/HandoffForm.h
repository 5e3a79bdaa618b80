// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/EscalationRecords.h"
#include "domain/Records.h"

#include <QList>
#include <QString>

namespace tandem {

// What a rep collects when handing a technical issue to support, so the customer is not asked twice.
struct HandoffForm
{
    Id customerId = 0;
    QList<Id> interactionIds; // the timeline entries the problem shows in; the first is the main one
    QString summary;
    EscalationCategory category = EscalationCategory::Other;
    Severity severity = Severity::S3;
    QString stepsToReproduce;
    QString expected;
    QString actual;
    QString environment;
    QString alreadyTried;
    QList<EscalationAttachment> attachments; // name, declared format, content
    // Escalated from a conversation with the same customer: linked, so the hand-back lands there.
    std::optional<Id> conversationId;
};

// The parts of the form a problem is about, so a dialog can point at the field.
enum class HandoffField {
    Customer,
    Interactions,
    Summary,
    Category,
    Severity,
    StepsToReproduce,
    Expected,
    Actual,
    Environment,
    AlreadyTried,
    Attachments
};

struct HandoffProblem
{
    HandoffField field = HandoffField::Summary;
    QString message; // translated sentence
};

} // namespace tandem
