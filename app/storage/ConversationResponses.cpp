// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ConversationResponses.h"

#include "storage/BulkStatement.h"
#include "storage/Query.h"

using namespace Qt::StringLiterals;

namespace tandem::ConversationResponses {
namespace {

const QString &insertStatement()
{
    static const QString statement
        = u"INSERT INTO conversation_responses (interaction_id, conversation_id, agent_id, first_response, due_at,"
          " answered_at) VALUES (?, ?, ?, ?, ?, ?)"_s;
    return statement;
}

QVariantList valuesOf(
    Id interactionId, Id conversationId, std::optional<Id> agentId, const AnsweredResponse &answer, Millis answeredAt)
{
    return { interactionId, conversationId, agentId ? QVariant(*agentId) : QVariant(), answer.first ? 1 : 0,
        answer.dueAt, answeredAt };
}

} // namespace

void record(const QSqlDatabase &db, Id interactionId, Id conversationId, std::optional<Id> agentId,
    const AnsweredResponse &answer, Millis answeredAt)
{
    Query::run(db, insertStatement(), valuesOf(interactionId, conversationId, agentId, answer, answeredAt));
}

void deriveFromMessages(const QSqlDatabase &db)
{
    Query messages(db,
        u"SELECT i.conversation_id, c.channel, cu.tier, i.id, i.direction, i.agent_id, i.occurred_at"
        " FROM interactions i JOIN conversations c ON c.id = i.conversation_id"
        " JOIN customers cu ON cu.id = c.customer_id"
        " WHERE i.conversation_id IS NOT NULL AND i.direction IN (?, ?) AND i.superseded_by IS NULL"
        " ORDER BY i.conversation_id, i.occurred_at, i.id"_s,
        { keyOf(Direction::Inbound), keyOf(Direction::Outbound) });
    BulkStatement insert(db, insertStatement(), BulkStatement::Rows::Gathered);
    Conversation replayed;
    while (messages.next()) {
        const Id conversationId = messages.integer(0);
        if (conversationId != replayed.id) {
            replayed = Conversation();
            replayed.id = conversationId;
            replayed.channel = fromKey<Channel>(messages.text(1)).value_or(Channel::Email);
        }
        const Millis at = messages.integer(6);
        if (fromKey<Direction>(messages.text(4)) == Direction::Inbound) {
            ConversationRules::receiveInbound(replayed, fromKey<Tier>(messages.text(2)).value_or(Tier::Standard), at);
            continue;
        }
        if (const std::optional<AnsweredResponse> answer = ConversationRules::answeredBy(replayed)) {
            const QVariant agent = messages.value(5);
            insert.run(valuesOf(messages.integer(3), conversationId,
                agent.isNull() ? std::nullopt : std::optional<Id>(agent.toLongLong()), *answer, at));
        }
        ConversationRules::recordReply(replayed, at, ConversationStatus::PendingCustomer);
    }
    BulkStatement::flushAll(db);
}

} // namespace tandem::ConversationResponses
