// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "domain/SearchPage.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

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
    // The match for `text`. A last word longer than SQLite's indexed prefixes is replaced by the whole
    // words it stands for, when they are few: neither index then collects every document of every such word
    // before it can find the newest matches.
    [[nodiscard]] QString matchFor(const QString &text) const;
    // The newest page of `match` from a walk through the newest interactions (PostgreSQL) from the cursor
    // (newestCursorValues(), or none), when they hold it; nothing when the whole index must answer.
    [[nodiscard]] std::optional<SearchPage> newestAmongRecent(
        const QString &match, const QVariantList &cursor, int limit) const;
    // The whole words, folded, that the last word (a prefix) stands for in the hits' texts.
    [[nodiscard]] QStringList lastWordCompletions(const QString &text, const QList<SearchHit> &hits) const;

    Workspace &m_workspace;
};

} // namespace tandem
