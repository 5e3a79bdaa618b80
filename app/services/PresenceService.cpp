// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/PresenceService.h"

#include "services/ServiceError.h"
#include "storage/ChangeFeed.h"
#include "storage/PresenceRepository.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"

#include <QHash>

namespace tandem {

struct PresenceService::Private
{
    explicit Private(Workspace &workspace) : presence(workspace) { }

    PresenceRepository presence;
    // What this desk has open: agent by conversation, kept present by heartbeat().
    QHash<Id, Id> openHere;
};

PresenceService::PresenceService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::presenceChanged, this, &PresenceService::changed);
}

PresenceService::~PresenceService() = default;

bool PresenceService::recordsPresence() const
{
    return !m_workspace.isReadOnly();
}

void PresenceService::requireWritable() const
{
    if (!recordsPresence())
        throw PermissionDenied(tr("This workspace is open read-only; it does not show colleagues where you are."));
}

void PresenceService::open(const Actor &actor, Id conversationId)
{
    requireWritable();
    d->presence.open(actor.agentId, conversationId, m_clock.now());
    d->openHere.insert(conversationId, actor.agentId);
    m_workspace.changes().notifyLocalPresenceChange();
}

void PresenceService::typing(const Actor &actor, Id conversationId, bool typing)
{
    requireWritable();
    d->presence.setTyping(actor.agentId, conversationId, typing, m_clock.now());
    d->openHere.insert(conversationId, actor.agentId);
    m_workspace.changes().notifyLocalPresenceChange();
}

void PresenceService::close(const Actor &actor, Id conversationId)
{
    requireWritable();
    d->presence.close(actor.agentId, conversationId);
    d->openHere.remove(conversationId);
    m_workspace.changes().notifyLocalPresenceChange();
}

void PresenceService::heartbeat()
{
    if (m_workspace.isReadOnly() || d->openHere.isEmpty())
        return;
    const Millis now = m_clock.now();
    for (auto open = d->openHere.constBegin(); open != d->openHere.constEnd(); ++open)
        d->presence.heartbeat(open.value(), open.key(), now);
}

QList<ConversationPresence> PresenceService::present(const Actor &actor, Id conversationId) const
{
    return d->presence.present(conversationId, actor.agentId, m_clock.now() - presenceTimeout);
}

} // namespace tandem
