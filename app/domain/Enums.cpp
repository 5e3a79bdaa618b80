// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Enums.h"

#include <QCoreApplication>

#include <array>

namespace tandem {
namespace {

template<typename E> struct Entry
{
    E value;
    const char *key;
    const char *name; // source text for tr(), context "tandem::Enums"
};

constexpr std::array roles {
    Entry<Role> { Role::ServiceRep, "service_rep", QT_TRANSLATE_NOOP("tandem::Enums", "Service rep") },
    Entry<Role> {
        Role::SupportSpecialist, "support_specialist", QT_TRANSLATE_NOOP("tandem::Enums", "Support specialist") },
    Entry<Role> { Role::TeamLead, "team_lead", QT_TRANSLATE_NOOP("tandem::Enums", "Team lead") },
};
constexpr std::array channels {
    Entry<Channel> { Channel::Email, "email", QT_TRANSLATE_NOOP("tandem::Enums", "Email") },
    Entry<Channel> { Channel::Phone, "phone", QT_TRANSLATE_NOOP("tandem::Enums", "Phone") },
    Entry<Channel> { Channel::LiveChat, "chat", QT_TRANSLATE_NOOP("tandem::Enums", "Live chat") },
    Entry<Channel> { Channel::Social, "social", QT_TRANSLATE_NOOP("tandem::Enums", "Social media") },
    Entry<Channel> { Channel::Video, "video", QT_TRANSLATE_NOOP("tandem::Enums", "Video") },
    Entry<Channel> { Channel::SelfService, "self_service", QT_TRANSLATE_NOOP("tandem::Enums", "Self-service") },
    Entry<Channel> { Channel::InPerson, "in_person", QT_TRANSLATE_NOOP("tandem::Enums", "In person") },
    Entry<Channel> { Channel::Internal, "internal", QT_TRANSLATE_NOOP("tandem::Enums", "Internal") },
};
constexpr std::array directions {
    Entry<Direction> { Direction::Inbound, "inbound", QT_TRANSLATE_NOOP("tandem::Enums", "Inbound") },
    Entry<Direction> { Direction::Outbound, "outbound", QT_TRANSLATE_NOOP("tandem::Enums", "Outbound") },
    Entry<Direction> { Direction::Internal, "internal", QT_TRANSLATE_NOOP("tandem::Enums", "Internal") },
};
constexpr std::array kinds {
    Entry<InteractionKind> { InteractionKind::Message, "message", QT_TRANSLATE_NOOP("tandem::Enums", "Message") },
    Entry<InteractionKind> { InteractionKind::Call, "call", QT_TRANSLATE_NOOP("tandem::Enums", "Call") },
    Entry<InteractionKind> { InteractionKind::Note, "note", QT_TRANSLATE_NOOP("tandem::Enums", "Note") },
    Entry<InteractionKind> { InteractionKind::Feedback, "feedback", QT_TRANSLATE_NOOP("tandem::Enums", "Feedback") },
    Entry<InteractionKind> { InteractionKind::Complaint, "complaint", QT_TRANSLATE_NOOP("tandem::Enums", "Complaint") },
    Entry<InteractionKind> { InteractionKind::Order, "order", QT_TRANSLATE_NOOP("tandem::Enums", "Order") },
    Entry<InteractionKind> { InteractionKind::Refund, "refund", QT_TRANSLATE_NOOP("tandem::Enums", "Refund") },
    Entry<InteractionKind> {
        InteractionKind::Escalation, "escalation", QT_TRANSLATE_NOOP("tandem::Enums", "Escalation") },
    Entry<InteractionKind> { InteractionKind::FollowUp, "follow_up", QT_TRANSLATE_NOOP("tandem::Enums", "Follow-up") },
    Entry<InteractionKind> { InteractionKind::Referral, "referral", QT_TRANSLATE_NOOP("tandem::Enums", "Referral") },
    Entry<InteractionKind> { InteractionKind::System, "system", QT_TRANSLATE_NOOP("tandem::Enums", "System") },
};
constexpr std::array formats {
    Entry<BodyFormat> { BodyFormat::Plain, "plain", QT_TRANSLATE_NOOP("tandem::Enums", "Plain text") },
    Entry<BodyFormat> { BodyFormat::Html, "html", QT_TRANSLATE_NOOP("tandem::Enums", "HTML") },
    Entry<BodyFormat> { BodyFormat::Log, "log", QT_TRANSLATE_NOOP("tandem::Enums", "Log") },
    Entry<BodyFormat> { BodyFormat::Json, "json", QT_TRANSLATE_NOOP("tandem::Enums", "JSON") },
    Entry<BodyFormat> { BodyFormat::Xml, "xml", QT_TRANSLATE_NOOP("tandem::Enums", "XML") },
    Entry<BodyFormat> { BodyFormat::Yaml, "yaml", QT_TRANSLATE_NOOP("tandem::Enums", "YAML") },
    Entry<BodyFormat> { BodyFormat::Ini, "ini", QT_TRANSLATE_NOOP("tandem::Enums", "INI / config") },
    Entry<BodyFormat> { BodyFormat::Shell, "shell", QT_TRANSLATE_NOOP("tandem::Enums", "Shell session") },
    Entry<BodyFormat> { BodyFormat::Sql, "sql", QT_TRANSLATE_NOOP("tandem::Enums", "SQL") },
    Entry<BodyFormat> { BodyFormat::StackTrace, "stacktrace", QT_TRANSLATE_NOOP("tandem::Enums", "Stack trace") },
};
constexpr std::array lifecycles {
    Entry<Lifecycle> { Lifecycle::Prospect, "prospect", QT_TRANSLATE_NOOP("tandem::Enums", "Prospect") },
    Entry<Lifecycle> { Lifecycle::Customer, "customer", QT_TRANSLATE_NOOP("tandem::Enums", "Customer") },
    Entry<Lifecycle> { Lifecycle::Churned, "churned", QT_TRANSLATE_NOOP("tandem::Enums", "Churned") },
};
constexpr std::array tiers {
    Entry<Tier> { Tier::Standard, "standard", QT_TRANSLATE_NOOP("tandem::Enums", "Standard") },
    Entry<Tier> { Tier::Premium, "premium", QT_TRANSLATE_NOOP("tandem::Enums", "Premium") },
    Entry<Tier> { Tier::Enterprise, "enterprise", QT_TRANSLATE_NOOP("tandem::Enums", "Enterprise") },
};
constexpr std::array states {
    Entry<EscalationState> { EscalationState::New, "new", QT_TRANSLATE_NOOP("tandem::Enums", "New") },
    Entry<EscalationState> { EscalationState::Claimed, "claimed", QT_TRANSLATE_NOOP("tandem::Enums", "Claimed") },
    Entry<EscalationState> {
        EscalationState::InProgress, "in_progress", QT_TRANSLATE_NOOP("tandem::Enums", "In progress") },
    Entry<EscalationState> { EscalationState::WaitingOnCustomer, "waiting_on_customer",
        QT_TRANSLATE_NOOP("tandem::Enums", "Waiting on customer") },
    Entry<EscalationState> { EscalationState::NeedsInfoFromRep, "needs_info_from_rep",
        QT_TRANSLATE_NOOP("tandem::Enums", "Needs info from rep") },
    Entry<EscalationState> { EscalationState::Resolved, "resolved", QT_TRANSLATE_NOOP("tandem::Enums", "Resolved") },
    Entry<EscalationState> {
        EscalationState::HandedBack, "handed_back", QT_TRANSLATE_NOOP("tandem::Enums", "Handed back") },
    Entry<EscalationState> { EscalationState::Closed, "closed", QT_TRANSLATE_NOOP("tandem::Enums", "Closed") },
};
constexpr std::array severities {
    Entry<Severity> { Severity::S1, "s1", QT_TRANSLATE_NOOP("tandem::Enums", "S1 – critical") },
    Entry<Severity> { Severity::S2, "s2", QT_TRANSLATE_NOOP("tandem::Enums", "S2 – major") },
    Entry<Severity> { Severity::S3, "s3", QT_TRANSLATE_NOOP("tandem::Enums", "S3 – minor") },
    Entry<Severity> { Severity::S4, "s4", QT_TRANSLATE_NOOP("tandem::Enums", "S4 – question") },
};
constexpr std::array categories {
    Entry<EscalationCategory> {
        EscalationCategory::Installation, "installation", QT_TRANSLATE_NOOP("tandem::Enums", "Installation") },
    Entry<EscalationCategory> { EscalationCategory::Bug, "bug", QT_TRANSLATE_NOOP("tandem::Enums", "Bug") },
    Entry<EscalationCategory> { EscalationCategory::Outage, "outage", QT_TRANSLATE_NOOP("tandem::Enums", "Outage") },
    Entry<EscalationCategory> {
        EscalationCategory::Integration, "integration", QT_TRANSLATE_NOOP("tandem::Enums", "Integration") },
    Entry<EscalationCategory> {
        EscalationCategory::AccountAccess, "account_access", QT_TRANSLATE_NOOP("tandem::Enums", "Account access") },
    Entry<EscalationCategory> {
        EscalationCategory::DataBilling, "data_billing", QT_TRANSLATE_NOOP("tandem::Enums", "Data / billing system") },
    Entry<EscalationCategory> { EscalationCategory::Other, "other", QT_TRANSLATE_NOOP("tandem::Enums", "Other") },
};
constexpr std::array surveys {
    Entry<SurveyKind> { SurveyKind::Csat, "csat", QT_TRANSLATE_NOOP("tandem::Enums", "CSAT") },
    Entry<SurveyKind> { SurveyKind::Nps, "nps", QT_TRANSLATE_NOOP("tandem::Enums", "NPS") },
    Entry<SurveyKind> { SurveyKind::Ces, "ces", QT_TRANSLATE_NOOP("tandem::Enums", "CES") },
};
constexpr std::array conversationStatuses {
    Entry<ConversationStatus> { ConversationStatus::Open, "open", QT_TRANSLATE_NOOP("tandem::Enums", "Open") },
    Entry<ConversationStatus> {
        ConversationStatus::PendingCustomer, "pending", QT_TRANSLATE_NOOP("tandem::Enums", "Pending on customer") },
    Entry<ConversationStatus> { ConversationStatus::Snoozed, "snoozed", QT_TRANSLATE_NOOP("tandem::Enums", "Snoozed") },
    Entry<ConversationStatus> { ConversationStatus::Closed, "closed", QT_TRANSLATE_NOOP("tandem::Enums", "Closed") },
};
constexpr std::array priorities {
    Entry<ConversationPriority> { ConversationPriority::Low, "low", QT_TRANSLATE_NOOP("tandem::Enums", "Low") },
    Entry<ConversationPriority> {
        ConversationPriority::Normal, "normal", QT_TRANSLATE_NOOP("tandem::Enums", "Normal") },
    Entry<ConversationPriority> { ConversationPriority::High, "high", QT_TRANSLATE_NOOP("tandem::Enums", "High") },
    Entry<ConversationPriority> {
        ConversationPriority::Urgent, "urgent", QT_TRANSLATE_NOOP("tandem::Enums", "Urgent") },
};
constexpr std::array outboxStates {
    Entry<OutboxState> { OutboxState::Queued, "queued", QT_TRANSLATE_NOOP("tandem::Enums", "Queued") },
    Entry<OutboxState> { OutboxState::Sending, "sending", QT_TRANSLATE_NOOP("tandem::Enums", "Sending") },
    Entry<OutboxState> { OutboxState::Sent, "sent", QT_TRANSLATE_NOOP("tandem::Enums", "Sent") },
    Entry<OutboxState> { OutboxState::Failed, "failed", QT_TRANSLATE_NOOP("tandem::Enums", "Failed") },
};
constexpr std::array articleVisibilities {
    Entry<ArticleVisibility> {
        ArticleVisibility::Internal, "internal", QT_TRANSLATE_NOOP("tandem::Enums", "Internal") },
    Entry<ArticleVisibility> { ArticleVisibility::Public, "public", QT_TRANSLATE_NOOP("tandem::Enums", "Public") },
};
constexpr std::array articleStates {
    Entry<ArticleState> { ArticleState::Draft, "draft", QT_TRANSLATE_NOOP("tandem::Enums", "Draft") },
    Entry<ArticleState> { ArticleState::Published, "published", QT_TRANSLATE_NOOP("tandem::Enums", "Published") },
    Entry<ArticleState> { ArticleState::Archived, "archived", QT_TRANSLATE_NOOP("tandem::Enums", "Archived") },
};

template<typename E, std::size_t Count> const Entry<E> &entryFor(const std::array<Entry<E>, Count> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table.front();
}

template<typename E, std::size_t Count>
std::optional<E> lookup(const std::array<Entry<E>, Count> &table, const QString &key)
{
    for (const auto &entry : table) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t Count> QList<E> valuesOf(const std::array<Entry<E>, Count> &table)
{
    QList<E> values;
    values.reserve(qsizetype(Count));
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

} // namespace

#define TANDEM_DEFINE_ENUM(E, table)                                                                                   \
    template<> QString keyOf<E>(E value)                                                                               \
    {                                                                                                                  \
        return QString::fromLatin1(entryFor(table, value).key);                                                        \
    }                                                                                                                  \
    template<> std::optional<E> fromKey<E>(const QString &key)                                                         \
    {                                                                                                                  \
        return lookup(table, key);                                                                                     \
    }                                                                                                                  \
    template<> QString displayName<E>(E value)                                                                         \
    {                                                                                                                  \
        return QCoreApplication::translate("tandem::Enums", entryFor(table, value).name);                              \
    }                                                                                                                  \
    template<> QList<E> allValues<E>()                                                                                 \
    {                                                                                                                  \
        return valuesOf(table);                                                                                        \
    }

TANDEM_DEFINE_ENUM(Role, roles)
TANDEM_DEFINE_ENUM(Channel, channels)
TANDEM_DEFINE_ENUM(Direction, directions)
TANDEM_DEFINE_ENUM(InteractionKind, kinds)
TANDEM_DEFINE_ENUM(BodyFormat, formats)
TANDEM_DEFINE_ENUM(Lifecycle, lifecycles)
TANDEM_DEFINE_ENUM(Tier, tiers)
TANDEM_DEFINE_ENUM(EscalationState, states)
TANDEM_DEFINE_ENUM(Severity, severities)
TANDEM_DEFINE_ENUM(EscalationCategory, categories)
TANDEM_DEFINE_ENUM(SurveyKind, surveys)
TANDEM_DEFINE_ENUM(ConversationStatus, conversationStatuses)
TANDEM_DEFINE_ENUM(ConversationPriority, priorities)
TANDEM_DEFINE_ENUM(OutboxState, outboxStates)
TANDEM_DEFINE_ENUM(ArticleVisibility, articleVisibilities)
TANDEM_DEFINE_ENUM(ArticleState, articleStates)

#undef TANDEM_DEFINE_ENUM

} // namespace tandem
