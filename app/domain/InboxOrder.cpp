// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/InboxOrder.h"

#include <tuple>

namespace tandem::InboxOrder {
namespace {

bool listsOpenConversations(const InboxFolder &folder)
{
    return folder.kind != InboxFolderKind::Snoozed && folder.kind != InboxFolderKind::Closed;
}

} // namespace

int partCount(const InboxFolder &folder)
{
    return listsOpenConversations(folder) ? 2 : 1;
}

bool descending(const InboxFolder &folder, int part)
{
    if (folder.kind == InboxFolderKind::Closed)
        return true;
    return listsOpenConversations(folder) && part == 1;
}

ConversationCursor positionOf(const InboxFolder &folder, const Conversation &conversation)
{
    switch (folder.kind) {
    case InboxFolderKind::Snoozed:
        return { 0, conversation.snoozedUntil.value_or(0), conversation.id };
    case InboxFolderKind::Closed:
        return { 0, conversation.closedAt.value_or(0), conversation.id };
    default: {
        const std::optional<Millis> waiting
            = folder.sort == InboxSort::ResponseDue ? conversation.dueAt : conversation.waitingSince;
        if (waiting)
            return { 0, *waiting, conversation.id };
        return { 1, conversation.lastMessageAt, conversation.id };
    }
    }
}

bool before(const InboxFolder &folder, const ConversationCursor &a, const ConversationCursor &b)
{
    if (a.part != b.part)
        return a.part < b.part;
    // The start of a part comes before every row in it.
    if (a.id == 0 || b.id == 0)
        return a.id == 0 && b.id != 0;
    if (descending(folder, a.part))
        return std::tie(b.key, b.id) < std::tie(a.key, a.id);
    return std::tie(a.key, a.id) < std::tie(b.key, b.id);
}

} // namespace tandem::InboxOrder
