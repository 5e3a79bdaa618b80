// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Conversation.h"

#include <QSqlDatabase>

#include <optional>

namespace tandem {

// The answers replies gave (ConversationRules::answeredBy): which reply answered which wait of its
// conversation, and when that answer was due. The reply SLA counts them by due time.
namespace ConversationResponses {

// Records the answer `interactionId` gave, in the reply's transaction.
void record(const QSqlDatabase &db, Id interactionId, Id conversationId, std::optional<Id> agentId,
    const AnsweredResponse &answer, Millis answeredAt);

// Records the answers the conversations' messages show, the way the rules record them as replies go out:
// for a workspace (or demo data) whose replies recorded none.
void deriveFromMessages(const QSqlDatabase &db);

} // namespace ConversationResponses

} // namespace tandem
