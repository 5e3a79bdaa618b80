// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

namespace tandem {

// How far an agent had read a conversation when they began their reply: its newest message then. A reply
// made on it is checked against the messages that arrived since, so a customer does not get two answers.
struct ConversationSeen
{
    Id newestMessageId = 0; // none yet: 0
};

} // namespace tandem
