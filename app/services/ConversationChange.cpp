// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ConversationChange.h"

#include "domain/Enums.h"
#include "storage/AuditRecord.h"
#include "storage/ConversationRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QJsonValue jsonOf(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject conversationAuditState(const Conversation &conversation)
{
    return { { u"customer"_s, conversation.customerId }, { u"status"_s, keyOf(conversation.status) },
        { u"assignee"_s, jsonOf(conversation.assigneeId) }, { u"queue"_s, jsonOf(conversation.queueId) },
        { u"priority"_s, keyOf(conversation.priority) }, { u"tags"_s, QJsonArray::fromStringList(conversation.tags) },
        { u"snoozed_until"_s, jsonOf(conversation.snoozedUntil) } };
}

ConversationWrite writeConversationChange(Workspace &workspace, ConversationRepository &conversations,
    const Conversation &before, const Conversation &after, const QString &action, std::optional<Id> actorId, Millis now,
    const QJsonObject &details)
{
    const QJsonObject beforeState = conversationAuditState(before);
    QJsonObject afterState = conversationAuditState(after);
    if (beforeState == afterState)
        return ConversationWrite::Unchanged;
    if (!conversations.update(after, before.version))
        return ConversationWrite::Conflict;
    if (after.tags != before.tags)
        conversations.setTags(after.id, after.tags);
    for (auto detail = details.constBegin(); detail != details.constEnd(); ++detail)
        afterState.insert(detail.key(), detail.value());
    AuditRecord(action, u"conversation"_s, before.id)
        .at(now)
        .by(actorId)
        .before(beforeState)
        .after(afterState)
        .appendTo(workspace);
    return ConversationWrite::Stored;
}

} // namespace tandem
