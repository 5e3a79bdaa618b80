// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PresenceRepository.h"

#include "storage/Query.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteChangeCounters.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {

void PresenceRepository::open(Id agentId, Id conversationId, Millis at)
{
    Query::run(m_workspace.database(),
        u"INSERT INTO conversation_presence (agent_id, conversation_id, typing, heartbeat_at) VALUES (?, ?, 0, ?)"
        " ON CONFLICT (conversation_id, agent_id) DO UPDATE SET typing = 0, heartbeat_at = excluded.heartbeat_at"_s,
        { agentId, conversationId, at });
    countChange();
}

void PresenceRepository::setTyping(Id agentId, Id conversationId, bool typing, Millis at)
{
    Query::run(m_workspace.database(),
        u"INSERT INTO conversation_presence (agent_id, conversation_id, typing, heartbeat_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (conversation_id, agent_id) DO UPDATE SET typing = excluded.typing,"
        " heartbeat_at = excluded.heartbeat_at"_s,
        { agentId, conversationId, typing ? 1 : 0, at });
    countChange();
}

void PresenceRepository::close(Id agentId, Id conversationId)
{
    Query::run(m_workspace.database(),
        u"DELETE FROM conversation_presence WHERE agent_id = ? AND conversation_id = ?"_s, { agentId, conversationId });
    countChange();
}

void PresenceRepository::countChange()
{
    // PostgreSQL tells other desks by a trigger of its own (migration 12).
    if (!m_workspace.dialect().announcesCommits())
        SqliteChangeCounters::countPresenceChange(m_workspace.database());
}

void PresenceRepository::heartbeat(Id agentId, Id conversationId, Millis at)
{
    Query::run(m_workspace.database(),
        u"UPDATE conversation_presence SET heartbeat_at = ? WHERE agent_id = ? AND conversation_id = ?"_s,
        { at, agentId, conversationId });
}

QList<ConversationPresence> PresenceRepository::present(Id conversationId, Id agentId, Millis freshSince) const
{
    Query rows(m_workspace.database(),
        u"SELECT p.agent_id, a.display_name, p.typing, p.heartbeat_at FROM conversation_presence p"
        " JOIN agents a ON a.id = p.agent_id"
        " WHERE p.conversation_id = ? AND p.agent_id <> ? AND p.heartbeat_at >= ?"
        " ORDER BY a.display_name, p.agent_id"_s,
        { conversationId, agentId, freshSince });
    QList<ConversationPresence> present;
    while (rows.next())
        present.append({ rows.integer(0), rows.text(1), rows.integer(2) != 0, rows.integer(3) });
    return present;
}

} // namespace tandem
