// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

// Keyset position in a list of follow-ups ordered by due time, then id.
struct FollowUpCursor
{
    Millis dueAt = 0;
    Id id = 0;
};

// A follow-up with the names a list shows.
struct FollowUpItem
{
    FollowUp followUp;
    QString customerName;
    QString agentName;
    bool overdue = false; // set by the service, which knows the time
};

struct FollowUpPage
{
    QList<FollowUpItem> items; // due first
    std::optional<FollowUpCursor> next;
};

} // namespace tandem
