// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/Enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// Row ids are 64-bit on both backends; 0 means "not stored yet".
using Id = qint64;

struct Agent
{
    Id id = 0;
    QString login;
    QString displayName;
    QString email;
    Role role = Role::ServiceRep;
    bool active = true;
};

struct Customer
{
    Id id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString company;
    Tier tier = Tier::Standard;
    Lifecycle lifecycle = Lifecycle::Customer;
    QStringList tags;
    Millis createdAt = 0;
    Millis updatedAt = 0;
    std::optional<Id> mergedInto;

    [[nodiscard]] QString displayName() const
    {
        if (lastName.isEmpty())
            return firstName;
        if (firstName.isEmpty())
            return lastName;
        return firstName + QLatin1Char(' ') + lastName;
    }
};

// One entry of a customer's timeline.
struct Interaction
{
    Id id = 0;
    Id customerId = 0;
    std::optional<Id> agentId;
    QString agentName; // filled by queries that join the agent
    Channel channel = Channel::Email;
    Direction direction = Direction::Inbound;
    InteractionKind kind = InteractionKind::Message;
    QString subject;
    QString body;
    BodyFormat bodyFormat = BodyFormat::Plain;
    Millis occurredAt = 0;
    std::optional<Id> complaintCauseId;
    QString complaintCause;
    std::optional<qint64> amountCents; // orders and refunds
    QString currency;
    std::optional<Id> escalationId;
    Millis createdAt = 0; // when it was logged, which may be later than it happened
    // A correction is a new record (DESIGN.md section 4): it names the one it corrects, which names it back
    // and stays on the timeline as corrected.
    std::optional<Id> correctsId;
    std::optional<Id> supersededBy;
    // A message of a conversation (written with it; timeline pages do not read it back).
    std::optional<Id> conversationId;
};

// Keyset position in a list ordered by (occurredAt, id) descending.
struct TimelineCursor
{
    Millis occurredAt = 0;
    Id id = 0;
};

struct Escalation
{
    Id id = 0;
    Id customerId = 0;
    std::optional<Id> interactionId;
    Id createdBy = 0;
    std::optional<Id> assignedTo;
    EscalationState state = EscalationState::New;
    Severity severity = Severity::S3;
    EscalationCategory category = EscalationCategory::Other;
    QString summary;
    QString stepsToReproduce;
    QString expected;
    QString actual;
    QString environment;
    QString alreadyTried;
    QString resolution;
    QString customerExplanation;
    Millis createdAt = 0;
    std::optional<Millis> claimedAt;
    std::optional<Millis> resolvedAt;
    std::optional<Millis> closedAt;
    Millis claimDueAt = 0;
    Millis resolveDueAt = 0;
    int version = 1;
};

struct ReplyTemplate
{
    Id id = 0;
    std::optional<Id> ownerId; // none: shared with the team
    QString category;
    QString name;
    QString shortcode;
    std::optional<Channel> channel;
    QString subject;
    QString body;
    bool referralRequest = false;
    int usageCount = 0;
    std::optional<Millis> lastUsedAt;
};

struct SurveyResponse
{
    Id id = 0;
    Id customerId = 0;
    std::optional<Id> interactionId;
    SurveyKind kind = SurveyKind::Csat;
    int score = 0;
    QString comment;
    Millis answeredAt = 0;
};

struct FollowUp
{
    Id id = 0;
    Id customerId = 0;
    Id agentId = 0;
    Millis dueAt = 0;
    QString note;
    std::optional<Millis> doneAt;
};

} // namespace tandem
