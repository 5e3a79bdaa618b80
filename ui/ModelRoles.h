// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <Qt>

namespace tandem {

// Roles of every item model in the UI, in one place so views, delegates and tests agree.

namespace CustomerRoles {
enum : int {
    Id = Qt::UserRole + 1,
    Company,
    Email,
    Tier, // display name
    Lifecycle, // display name
};
}

namespace TimelineRoles {
enum : int {
    Id = Qt::UserRole + 100,
    Kind, // InteractionKind as int
    Channel, // tandem::Channel as int
    Direction, // tandem::Direction as int
    OccurredAt, // QDateTime, local time
    AgentName,
    Subject,
    Preview, // the first lines of the body
    BodyFormat, // tandem::BodyFormat as int
    Summary, // "Call · Phone · inbound"
    StartsDay, // bool: the first event of its day in the list, drawn under a day separator
    DayLabel, // "Today", "Yesterday" or the date
    Escalated, // bool: the event belongs to an escalation
    SupersededBy, // Id of the correction that replaced this event, 0 when it is current
    CorrectsId, // Id of the event this one corrects, 0 when it corrects none
};
}

namespace TemplateRoles {
enum : int {
    Id = Qt::UserRole + 200,
    Category, // translated display name
    CategoryKey, // the stored category name
    Shortcode,
    Channel, // tandem::Channel as int, -1 for any channel
    ChannelName, // translated, "any channel" when it has none
    Subject,
    Body,
    Referral, // bool: a referral request
    Personal, // bool: the agent's own, not shared
    UsageCount,
    LastUsedAt, // QDateTime, local time; invalid when never used
    OtherChannel, // bool: for a channel other than the one being written on
};
}

namespace EscalationRoles {
enum : int {
    Id = Qt::UserRole + 300,
    State, // tandem::EscalationState as int
    StateName, // translated
    Severity, // tandem::Severity as int
    SeverityName, // translated, "S1 – critical"
    Category, // tandem::EscalationCategory as int
    CategoryName, // translated
    Summary,
    CustomerId,
    CustomerName,
    CreatorName,
    AssigneeName, // empty while unclaimed
    CreatedAt, // QDateTime, local time
    SlaDueAt, // QDateTime, local time: when the countdown that matters now runs out
    SlaLevel, // tandem::SlaLevel as int, at the service clock's now
    SlaText, // "Claim in 12 min", "Resolve overdue by 2 h"
    SlaProgress, // double: share of the target used (1 and more: breached)
    Version,
    WaitsOnMe, // bool: the next step is the agent's own (pinned first in their list)
};
}

namespace SearchRoles {
enum : int {
    InteractionId = Qt::UserRole + 700,
    CustomerId,
    CustomerName,
    Kind, // InteractionKind as int
    Channel, // tandem::Channel as int
    Direction, // tandem::Direction as int
    OccurredAt, // QDateTime, local time
    Subject, // as stored
    MarkedSubject, // MarkedText: matched words between its marks
    Snippet, // MarkedText: the best passage of the body
    Summary, // "Message · Email"
};
}

namespace FollowUpRoles {
enum : int {
    Id = Qt::UserRole + 800,
    CustomerId,
    CustomerName,
    DueAt, // QDateTime, local time
    Note,
    Overdue, // bool
};
}

namespace RecordsRoles {
enum : int {
    Type = Qt::UserRole + 900, // tandem::RecordType as int
    Id, // of the interaction or the escalation
    CustomerId,
    InteractionId, // where the customer's timeline opens; 0 when none
    At, // QDateTime, local time
    Kind, // InteractionKind as int (Escalation for escalations)
    Sla, // tandem::SlaOutcome as int, -1 when neither met nor breached
    QaAverage, // double, invalid when not reviewed
    AgentId, // 0 when none
};
}

namespace AuditRoles {
enum : int {
    Id = Qt::UserRole + 1000,
    OccurredAt, // QDateTime, local time
    ActorName,
    Action,
    Entity,
    EntityId, // invalid when none
    Before, // stored JSON text
    After, // stored JSON text
    Sentence, // what happened, as AuditSentence says it
};
}

namespace InboxRoles {
enum : int {
    Id = Qt::UserRole + 1200,
    CustomerId,
    CustomerName,
    Subject,
    Channel, // tandem::Channel as int
    Status, // tandem::ConversationStatus as int
    Priority, // tandem::ConversationPriority as int
    AssigneeName, // empty while unassigned
    Unread, // bool: a customer message the agent has not seen
    WaitingText, // "waiting 2 h" or "closed 3 Dec", what the list shows beside the subject
    SlaText, // "Reply in 12 min", "Overdue by 1 h"; empty while nobody waits
    SlaLevel, // tandem::SlaLevel as int, -1 while nobody waits
    Tags, // QStringList
};
}

namespace AgentRoles {
enum : int {
    Id = Qt::UserRole + 1100,
    Login,
    Role, // tandem::Role as int
    Active, // bool
};
}

namespace ArticleRoles {
enum : int {
    Id = Qt::UserRole + 1300,
    Category,
    Language, // the two-letter code
    Visibility, // tandem::ArticleVisibility as int
    State, // tandem::ArticleState as int
    Stale, // bool: published and due for a review (ArticleRules::isStale) on the service clock's day
    SuggestedChange, // bool: a draft suggesting a change to a published article
    NeedsCheck, // bool: made from an escalation and not yet confirmed as checked
    Details, // translated: category, language, visibility and state, as the list's second line says them
};
}

} // namespace tandem
