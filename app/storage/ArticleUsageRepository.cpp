// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ArticleUsageRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {

void ArticleUsageRepository::record(Id interactionId, std::optional<Id> conversationId, std::optional<Id> agentId,
    const ArticleUse &use, bool withLink, Millis at)
{
    Query::run(m_workspace.database(),
        u"INSERT INTO article_uses (article_id, interaction_id, conversation_id, agent_id, how, with_link, used_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (interaction_id, article_id, how) DO NOTHING"_s,
        { use.articleId, interactionId, sql::nullable(conversationId), sql::nullable(agentId),
            ArticleRules::keyOf(use.how), withLink ? 1 : 0, at });
}

QList<ArticleUsage> ArticleUsageRepository::usage(Millis from, Millis to, Millis now) const
{
    // "Stayed closed" as ArticleRules::stayedClosedAfter says: closed at or after the link, closed long enough,
    // and no message from the customer since the link (one would have reopened it).
    Query query(m_workspace.database(),
        u"SELECT a.id, a.title, a.language,"
        " (SELECT count(*) FROM article_uses u WHERE u.article_id = a.id AND u.used_at >= ? AND u.used_at < ?),"
        " (SELECT max(u.used_at) FROM article_uses u WHERE u.article_id = a.id),"
        " (SELECT count(DISTINCT u.conversation_id) FROM article_uses u WHERE u.article_id = a.id"
        " AND u.with_link = 1 AND u.conversation_id IS NOT NULL AND u.used_at >= ? AND u.used_at < ?),"
        " (SELECT count(DISTINCT u.conversation_id) FROM article_uses u"
        " JOIN conversations c ON c.id = u.conversation_id WHERE u.article_id = a.id AND u.with_link = 1"
        " AND u.used_at >= ? AND u.used_at < ? AND c.status = ? AND c.closed_at >= u.used_at AND c.closed_at <= ?"
        " AND NOT EXISTS (SELECT 1 FROM interactions m WHERE m.conversation_id = c.id AND m.direction = ?"
        " AND m.kind = ? AND m.occurred_at > u.used_at))"
        " FROM articles a WHERE a.state = ? ORDER BY a.id"_s,
        { from, to, from, to, from, to, keyOf(ConversationStatus::Closed), now - ArticleRules::stayedClosedAfter,
            keyOf(Direction::Inbound), keyOf(InteractionKind::Message), keyOf(ArticleState::Published) });
    QList<ArticleUsage> result;
    while (query.next()) {
        ArticleUsage usage;
        usage.articleId = query.integer(0);
        usage.title = query.text(1);
        usage.language = query.text(2);
        usage.insertions = query.integer(3);
        if (!query.isNull(4))
            usage.lastUsedAt = query.integer(4);
        usage.linkedConversations = query.integer(5);
        usage.stayedClosed = query.integer(6);
        result.append(usage);
    }
    return result;
}

} // namespace tandem
