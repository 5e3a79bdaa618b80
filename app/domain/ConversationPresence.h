// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QString>

namespace tandem {

// A colleague who has a conversation open right now, and whether they are typing a reply in it.
struct ConversationPresence
{
    Id agentId = 0;
    QString agentName;
    bool typing = false;
    Millis heartbeatAt = 0;
};

} // namespace tandem
