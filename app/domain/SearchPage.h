// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

enum class SearchOrder { Newest, BestMatch };

// Keyset position after the last hit of a page: its time (newest first) or score (best first), and id.
struct SearchCursor
{
    qint64 key = 0;
    Id id = 0;
};

// One interaction that matched. Marked fields hold MarkedText: the matched words between its marks.
struct SearchHit
{
    Id interactionId = 0;
    Id customerId = 0;
    QString customerName;
    InteractionKind kind = InteractionKind::Message;
    Channel channel = Channel::Email;
    Direction direction = Direction::Inbound;
    Millis occurredAt = 0;
    QString subject; // as stored
    QString markedSubject; // one line
    QString snippet; // the best passage of the body, one line
    qint64 score = 0; // higher is better; 0 when ordered newest first
};

struct SearchPage
{
    QList<SearchHit> hits;
    std::optional<SearchCursor> next; // none: this was the last page
};

} // namespace tandem
