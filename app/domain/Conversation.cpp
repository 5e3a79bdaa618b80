// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Conversation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tandem {

Conversation ConversationRules::startedByCustomer(
    Id customerId, Channel channel, const QString &subject, Tier tier, Millis at)
{
    Conversation conversation;
    conversation.customerId = customerId;
    conversation.channel = channel;
    conversation.subject = threadSubject(subject);
    conversation.createdAt = at;
    conversation.lastMessageAt = at;
    receiveInbound(conversation, tier, at);
    return conversation;
}

void ConversationRules::receiveInbound(Conversation &conversation, Tier tier, Millis at)
{
    conversation.status = ConversationStatus::Open;
    conversation.snoozedUntil.reset();
    conversation.closedAt.reset();
    if (!conversation.waitingSince || at < *conversation.waitingSince)
        conversation.waitingSince = at;
    const bool firstResponse = !conversation.firstResponseAt;
    if (firstResponse && !conversation.firstResponseDueAt)
        conversation.firstResponseDueAt = SlaPolicy::responseDueAt(conversation.channel, tier, true, at);
    conversation.dueAt = firstResponse
        ? *conversation.firstResponseDueAt
        : SlaPolicy::responseDueAt(conversation.channel, tier, false, *conversation.waitingSince);
    conversation.lastMessageAt = qMax(conversation.lastMessageAt, at);
    conversation.lastInboundAt = qMax(conversation.lastInboundAt.value_or(at), at);
}

std::optional<AnsweredResponse> ConversationRules::answeredBy(const Conversation &conversation)
{
    if (!conversation.waitingSince || !conversation.dueAt)
        return std::nullopt;
    return AnsweredResponse { !conversation.firstResponseAt, *conversation.dueAt };
}

void ConversationRules::recordReply(Conversation &conversation, Millis at, ConversationStatus statusAfter)
{
    conversation.waitingSince.reset();
    conversation.dueAt.reset();
    if (!conversation.firstResponseAt)
        conversation.firstResponseAt = at;
    conversation.snoozedUntil.reset();
    conversation.status
        = statusAfter == ConversationStatus::Snoozed ? ConversationStatus::PendingCustomer : statusAfter;
    if (conversation.status == ConversationStatus::Closed)
        conversation.closedAt = at;
    else
        conversation.closedAt.reset();
    conversation.lastMessageAt = qMax(conversation.lastMessageAt, at);
}

std::optional<QString> ConversationRules::snoozeRefusal(const Conversation &conversation, Millis until, Millis now)
{
    if (conversation.status == ConversationStatus::Closed)
        return tr("A closed conversation cannot be snoozed; reopen it first.");
    if (until <= now)
        return tr("Choose a time in the future to snooze until.");
    return std::nullopt;
}

void ConversationRules::snooze(Conversation &conversation, Millis until)
{
    conversation.status = ConversationStatus::Snoozed;
    conversation.snoozedUntil = until;
}

std::optional<QString> ConversationRules::closeRefusal(const Conversation &conversation)
{
    if (conversation.status == ConversationStatus::Closed)
        return tr("The conversation is already closed.");
    return std::nullopt;
}

void ConversationRules::close(Conversation &conversation, Millis now)
{
    conversation.status = ConversationStatus::Closed;
    conversation.closedAt = now;
    conversation.snoozedUntil.reset();
    conversation.waitingSince.reset();
    conversation.dueAt.reset();
}

std::optional<QString> ConversationRules::reopenRefusal(const Conversation &conversation)
{
    if (isActive(conversation.status))
        return tr("The conversation is open already.");
    return std::nullopt;
}

void ConversationRules::reopen(Conversation &conversation)
{
    conversation.status = ConversationStatus::Open;
    conversation.snoozedUntil.reset();
    conversation.closedAt.reset();
}

bool ConversationRules::isDueToWake(const Conversation &conversation, Millis now)
{
    return conversation.status == ConversationStatus::Snoozed && conversation.snoozedUntil
        && *conversation.snoozedUntil <= now;
}

std::optional<SlaStatus> ConversationRules::responseStatus(const Conversation &conversation, Millis now)
{
    if (!conversation.waitingSince || !conversation.dueAt)
        return std::nullopt;
    SlaStatus status;
    status.clock = SlaClock::Response;
    status.startedAt = *conversation.waitingSince;
    status.dueAt = *conversation.dueAt;
    status.remaining = status.dueAt - now;
    status.level = SlaPolicy::levelAt(status.startedAt, status.dueAt, now);
    return status;
}

QString ConversationRules::threadSubject(const QString &subject)
{
    // Reply and forward prefixes of the mail programs customers use, in English, German, French and Spanish.
    static const QRegularExpression prefix(u"^\\s*(?:re|aw|fw|fwd|wg|tr|rv|sv|antw)\\s*(?:\\[\\d+\\])?\\s*:\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString rest = subject;
    for (;;) {
        const QRegularExpressionMatch match = prefix.match(rest);
        if (!match.hasMatch())
            break;
        rest = rest.mid(match.capturedLength());
    }
    // Our own reference is no part of the subject the customer chose.
    static const QRegularExpression reference(u"\\s*\\[#\\d+\\]"_s);
    rest.remove(reference);
    return rest.trimmed();
}

QString ConversationRules::subjectReference(Id conversationId)
{
    return u"[#"_s + QString::number(conversationId) + u']';
}

std::optional<Id> ConversationRules::referencedConversation(const QString &subject)
{
    static const QRegularExpression reference(u"\\[#(\\d{1,18})\\]"_s);
    std::optional<Id> found;
    for (const QRegularExpressionMatch &match : reference.globalMatch(subject)) {
        bool ok = false;
        const Id id = match.captured(1).toLongLong(&ok);
        if (ok && id > 0)
            found = id;
    }
    return found;
}

} // namespace tandem
