// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

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

// Full-text search over the subject and body of every interaction of every customer, through the
// backend's own index (SQLite FTS5, PostgreSQL tsvector).
class SearchRepository
{
public:
    explicit SearchRepository(Workspace &workspace) : m_workspace(workspace) { }

    // Interactions holding every word of `text` (the last one may be the start of a word). Any text is
    // safe; text without a word finds nothing. A cursor belongs to the order it was made with.
    [[nodiscard]] SearchPage search(
        const QString &text, SearchOrder order, const std::optional<SearchCursor> &after, int limit) const;
    // Whether `text` holds anything to search for.
    [[nodiscard]] bool isSearchable(const QString &text) const;

private:
    void addHighlights(const QString &text, QList<SearchHit> &hits) const;
    // The match for `text`. On SQLite a last word longer than the indexed prefixes is replaced by the
    // whole words it stands for, when they are few: FTS5 then finds the newest matches without collecting
    // all of them first.
    [[nodiscard]] QString matchFor(const QString &text) const;
    // The whole words, folded, that the last word (a prefix) stands for in the hits' texts.
    [[nodiscard]] QStringList lastWordCompletions(const QString &text, const QList<SearchHit> &hits) const;

    Workspace &m_workspace;
};

} // namespace tandem
