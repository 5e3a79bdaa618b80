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
    // The match for `text`. On SQLite a last word longer than the indexed prefixes is replaced by the
    // whole words it stands for, when they are few: FTS5 then finds the newest matches without collecting
    // all of them first.
    [[nodiscard]] QString matchFor(const QString &text) const;
    // The whole words, folded, that the last word (a prefix) stands for in the hits' texts.
    [[nodiscard]] QStringList lastWordCompletions(const QString &text, const QList<SearchHit> &hits) const;

    Workspace &m_workspace;
};

} // namespace tandem
