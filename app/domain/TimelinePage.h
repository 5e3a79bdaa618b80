// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

// What a timeline shows; empty lists mean every channel and kind. Filters run in SQL.
struct TimelineFilter
{
    QList<Channel> channels;
    QList<InteractionKind> kinds;
    QString text; // words within this customer's timeline; any text is safe

    [[nodiscard]] bool isEmpty() const { return channels.isEmpty() && kinds.isEmpty() && text.trimmed().isEmpty(); }
};

struct InteractionPage
{
    QList<Interaction> interactions; // newest first; bodies cut to a preview
    std::optional<TimelineCursor> next;
};

} // namespace tandem
