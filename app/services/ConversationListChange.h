// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QSet>

#include <optional>

namespace tandem {

// What changed that a list of conversations shows, as precisely as the change feed can tell. A team server
// names the conversations and customers other desks changed, so a list re-reads those rows alone; anything
// else (this desk's own commits, SQLite, a reconnect, a renamed queue) makes it re-read all it shows.
struct ConversationListChange
{
    // True when only the rows below can read differently.
    bool rowsNamed = false;
    QSet<Id> conversationIds;
    // Customers whose names may have changed: the rows of their conversations.
    QSet<Id> customerIds;

    // This change and `later` together.
    void merge(const ConversationListChange &later)
    {
        rowsNamed = rowsNamed && later.rowsNamed;
        if (!rowsNamed) {
            conversationIds.clear();
            customerIds.clear();
            return;
        }
        conversationIds.unite(later.conversationIds);
        customerIds.unite(later.customerIds);
    }
};

// Adds `change` to what waits to be re-read (none while nothing waits).
inline void accumulate(std::optional<ConversationListChange> &pending, const ConversationListChange &change)
{
    if (pending)
        pending->merge(change);
    else
        pending = change;
}

} // namespace tandem
