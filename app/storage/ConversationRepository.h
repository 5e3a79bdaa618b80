// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Conversation.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// Conversations, their tags, who read them, the channel's message ids and the outbox. Writes run in the
// caller's transaction.
class ConversationRepository
{
public:
    explicit ConversationRepository(Workspace &workspace) : m_workspace(workspace) { }

    // The condition on conversations that makes one active (open or pending), spelled as the partial indexes
    // of the inbox spell it: a query uses such an index only when its WHERE says the same.
    [[nodiscard]] static QString activeCondition();

    // One page of a folder, strictly after `after`. `agentId` is whose "Mine" and whose unread markers.
    [[nodiscard]] ConversationPage page(
        const InboxFolder &folder, Id agentId, const std::optional<ConversationCursor> &after, int limit) const;
    // The rows of `ids` that `folder` holds, in its order (those it does not hold are left out).
    [[nodiscard]] QList<ConversationRow> rowsIn(const InboxFolder &folder, Id agentId, const QList<Id> &ids) const;
    [[nodiscard]] qint64 count(const InboxFolder &folder, Id agentId) const;
    [[nodiscard]] InboxCounts counts(Id agentId, const QList<Id> &queueIds) const;
    [[nodiscard]] std::optional<ConversationRow> find(Id id, Id agentId) const;
    // Its messages, oldest first, with the outbox state of replies.
    [[nodiscard]] QList<ThreadMessage> thread(Id conversationId) const;
    // A customer's or an agent's message that came after another, oldest first (internal notes are none).
    struct LaterMessage
    {
        Id interactionId = 0;
        Direction direction = Direction::Inbound;
        QString agentName; // an agent's reply
    };
    [[nodiscard]] QList<LaterMessage> messagesAfter(Id conversationId, Id interactionId) const;

    Id insert(const Conversation &conversation);
    // Stores every field but the id, tags and creation time, if the stored version is `expectedVersion`; the
    // version counts up. False when someone else changed it first.
    bool update(const Conversation &conversation, int expectedVersion);
    void setTags(Id conversationId, const QStringList &tags);
    void markRead(Id conversationId, Id agentId, Millis at);
    // Unread again for every agent but `exceptAgentId` (who wrote what is new).
    void markUnread(Id conversationId, Id exceptAgentId);

    // The conversation a customer's message on `channel` continues when it names no earlier message: the
    // newest one not closed, with the same thread subject where the channel has subjects, and, when
    // `lastMessageFrom` is given, with a message at or after it.
    [[nodiscard]] std::optional<Id> findContinued(Id customerId, Channel channel, const QString &threadSubject,
        std::optional<Millis> lastMessageFrom = std::nullopt) const;
    // The conversation holding a message with one of these external ids.
    [[nodiscard]] std::optional<Id> findByExternalIds(Channel channel, const QStringList &externalIds) const;
    // The interaction and conversation recorded for an external id.
    struct RecordedMessage
    {
        Id interactionId = 0;
        Id conversationId = 0;
    };
    [[nodiscard]] std::optional<RecordedMessage> recordedMessage(Channel channel, const QString &externalId) const;
    // False when the id was recorded already (by this transaction's rival, say).
    bool recordExternalId(Channel channel, const QString &externalId, Id interactionId, Id conversationId);
    // A reply's way out, queued now; `automatic`: sent by Tandem itself (a survey).
    Id queueOutbound(Id interactionId, Id conversationId, Channel channel, Millis at, const QString &messageToken,
        bool automatic = false);

    [[nodiscard]] QList<TeamQueue> queues() const;
    [[nodiscard]] std::optional<TeamQueue> queue(Id queueId) const;
    void setQueueSurvey(Id queueId, std::optional<SurveyKind> survey);
    // The survey mail sent for a conversation (at most one), and the answer recorded from it.
    struct SentSurvey
    {
        SurveyKind kind = SurveyKind::Csat;
        Id interactionId = 0; // the survey mail
        std::optional<Id> responseId;
    };
    [[nodiscard]] std::optional<SentSurvey> survey(Id conversationId) const;
    // Whether one of `externalIds` (a mail's In-Reply-To and References) names the message recorded with
    // that interaction.
    [[nodiscard]] bool answers(Id interactionId, const QStringList &externalIds) const;
    // False when the conversation has its survey already.
    bool recordSurveySent(Id conversationId, SurveyKind kind, Id interactionId, Millis at);
    void recordSurveyAnswer(Id conversationId, Id responseId);
    // Every active agent's load, by name.
    [[nodiscard]] QList<AgentLoad> agentLoads(Millis now) const;
    Id addQueue(const QString &name);
    // Snoozed conversations whose time has come.
    [[nodiscard]] QList<Id> dueToWake(Millis now, int limit) const;

private:
    void attachTags(QList<ConversationRow> &rows) const;

    Workspace &m_workspace;
};

} // namespace tandem
