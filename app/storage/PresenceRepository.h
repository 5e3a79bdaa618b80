// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/ConversationPresence.h"

#include <QList>

namespace tandem {

class Workspace;

// Which agents have which conversation open, kept fresh by heartbeats. Each write is a statement of its own
// (and, on SQLite, a count of the change for other desks).
class PresenceRepository
{
public:
    explicit PresenceRepository(Workspace &workspace) : m_workspace(workspace) { }

    // The agent has the conversation open (again), not typing.
    void open(Id agentId, Id conversationId, Millis at);
    void setTyping(Id agentId, Id conversationId, bool typing, Millis at);
    void close(Id agentId, Id conversationId);
    // Touches only the heartbeat, which no other desk is told about.
    void heartbeat(Id agentId, Id conversationId, Millis at);
    // The agents other than `agentId` on the conversation whose heartbeat is `freshSince` or later, by name.
    [[nodiscard]] QList<ConversationPresence> present(Id conversationId, Id agentId, Millis freshSince) const;

private:
    // Tells the other desks on a SQLite file, which would not learn of it otherwise (SqliteChangeCounters).
    void countChange();

    Workspace &m_workspace;
};

} // namespace tandem
