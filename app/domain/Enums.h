// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// Every enumeration is stored by a stable lower-case key and shown by a translated name.

enum class Role { ServiceRep, SupportSpecialist, TeamLead };
enum class Channel { Email, Phone, LiveChat, Social, Video, SelfService, InPerson, Internal };
enum class Direction { Inbound, Outbound, Internal };
enum class InteractionKind {
    Message,
    Call,
    Note,
    Feedback,
    Complaint,
    Order,
    Refund,
    Escalation,
    FollowUp,
    Referral,
    System
};
enum class BodyFormat { Plain, Html, Log, Json, Xml, Yaml, Ini, Shell, Sql, StackTrace };
enum class Lifecycle { Prospect, Customer, Churned };
enum class Tier { Standard, Premium, Enterprise };
enum class EscalationState {
    New,
    Claimed,
    InProgress,
    WaitingOnCustomer,
    NeedsInfoFromRep,
    Resolved,
    HandedBack,
    Closed
};
enum class Severity { S1, S2, S3, S4 };
enum class EscalationCategory { Installation, Bug, Outage, Integration, AccountAccess, DataBilling, Other };
enum class SurveyKind { Csat, Nps, Ces };
// Whose move it is in a conversation: ours (open), the customer's (pending), nobody's until a time (snoozed).
enum class ConversationStatus { Open, PendingCustomer, Snoozed, Closed };
enum class ConversationPriority { Low, Normal, High, Urgent };
// A reply on its way to the customer: queued with its interaction, then sent once, or failed with a reason.
enum class OutboxState { Queued, Sending, Sent, Failed };
// Who may read a knowledge-base article: the team only, or also customers on the self-service site.
enum class ArticleVisibility { Internal, Public };
// An article's life: written as a draft, published (in versions), archived (kept, shown nowhere).
enum class ArticleState { Draft, Published, Archived };

template<typename E> struct EnumInfo;

// Storage key of a value ("team_lead").
template<typename E> QString keyOf(E value);
// Value for a storage key; nothing for an unknown key.
template<typename E> std::optional<E> fromKey(const QString &key);
// Translated name for people ("Team lead").
template<typename E> QString displayName(E value);
// All values in declaration order.
template<typename E> QList<E> allValues();

#define TANDEM_DECLARE_ENUM(E)                                                                                         \
    template<> QString keyOf<E>(E value);                                                                              \
    template<> std::optional<E> fromKey<E>(const QString &key);                                                        \
    template<> QString displayName<E>(E value);                                                                        \
    template<> QList<E> allValues<E>();

TANDEM_DECLARE_ENUM(Role)
TANDEM_DECLARE_ENUM(Channel)
TANDEM_DECLARE_ENUM(Direction)
TANDEM_DECLARE_ENUM(InteractionKind)
TANDEM_DECLARE_ENUM(BodyFormat)
TANDEM_DECLARE_ENUM(Lifecycle)
TANDEM_DECLARE_ENUM(Tier)
TANDEM_DECLARE_ENUM(EscalationState)
TANDEM_DECLARE_ENUM(Severity)
TANDEM_DECLARE_ENUM(EscalationCategory)
TANDEM_DECLARE_ENUM(SurveyKind)
TANDEM_DECLARE_ENUM(ConversationStatus)
TANDEM_DECLARE_ENUM(ConversationPriority)
TANDEM_DECLARE_ENUM(OutboxState)
TANDEM_DECLARE_ENUM(ArticleVisibility)
TANDEM_DECLARE_ENUM(ArticleState)

#undef TANDEM_DECLARE_ENUM

} // namespace tandem
