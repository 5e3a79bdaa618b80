// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Conversation.h"

namespace tandem::InboxOrder {

// The order a folder lists its conversations in. A folder is listed in parts, each by one time column and the
// id: the open folders list the waiting conversations first (longest wait, or the response due soonest), then
// the rest by their newest message; Snoozed by the time they wake; Closed the most recently closed first.

// How many parts `folder` has.
[[nodiscard]] int partCount(const InboxFolder &folder);
// Whether part `part` of `folder` runs from the latest time to the earliest.
[[nodiscard]] bool descending(const InboxFolder &folder, int part);
// The keyset cursor standing at `conversation` in `folder`: the rows after it come after the cursor.
[[nodiscard]] ConversationCursor positionOf(const InboxFolder &folder, const Conversation &conversation);
// Whether position `a` comes before `b` in `folder`. A cursor with no id stands at the start of its part.
[[nodiscard]] bool before(const InboxFolder &folder, const ConversationCursor &a, const ConversationCursor &b);

} // namespace tandem::InboxOrder
