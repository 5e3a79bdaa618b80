// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/ConversationPresence.h"
#include "services/Actor.h"

#include <QList>
#include <QObject>

#include <memory>

namespace tandem {

class Workspace;

// Who else has a conversation open and who is typing a reply in it, so two agents do not answer one
// customer twice. A desk says which conversation it opened, typing and closing; heartbeat() every few
// seconds keeps it present, and an agent whose heartbeat is older than presenceTimeout counts as gone (a
// closed laptop disappears within seconds, without a goodbye). Presence is not audited: it records where
// agents look, not a change. A read-only workspace refuses to write it.
class PresenceService : public QObject
{
    Q_OBJECT

public:
    static constexpr Millis heartbeatInterval = 3'000;
    static constexpr Millis presenceTimeout = 10'000;

    PresenceService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~PresenceService() override;

    // False in a read-only workspace, where open(), typing() and close() refuse.
    [[nodiscard]] bool recordsPresence() const;

    void open(const Actor &actor, Id conversationId);
    void typing(const Actor &actor, Id conversationId, bool typing);
    void close(const Actor &actor, Id conversationId);
    // Keeps every conversation this desk opened (and did not close) present.
    void heartbeat();
    // The other agents with the conversation open now, by name.
    [[nodiscard]] QList<ConversationPresence> present(const Actor &actor, Id conversationId) const;

signals:
    // Someone came, went, or started or stopped typing; expiries are noticed by asking present() again.
    void changed();

private:
    void requireWritable() const;

    Workspace &m_workspace;
    const Clock &m_clock;
    // The repository, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
