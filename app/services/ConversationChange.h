// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Conversation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tandem {

class ConversationRepository;
class Workspace;

// What the audit trail keeps of a conversation, before and after a change.
[[nodiscard]] QJsonObject conversationAuditState(const Conversation &conversation);

enum class ConversationWrite {
    Unchanged, // nothing the audit trail keeps differs: nothing was written
    Stored,
    Conflict, // someone else changed the conversation since `before` was read: nothing was written
};

// Stores `after` over `before` (its tags too) with its audit record, in the caller's transaction. Every
// service that changes a conversation goes through here, so each change is audited the same way.
[[nodiscard]] ConversationWrite writeConversationChange(Workspace &workspace, ConversationRepository &conversations,
    const Conversation &before, const Conversation &after, const QString &action, std::optional<Id> actorId, Millis now,
    const QJsonObject &details = {});

} // namespace tandem
