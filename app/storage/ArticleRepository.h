// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "storage/SqlDialect.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// Knowledge-base articles and their published versions, and full-text search over them through the
// backend's own index (SQLite FTS5, PostgreSQL tsvector), the way interactions are searched.
class ArticleRepository
{
public:
    explicit ArticleRepository(Workspace &workspace) : m_workspace(workspace) { }

    [[nodiscard]] std::optional<Article> find(Id id) const;
    // Search weighs at most this many of the newest matches holding the words in their title or tags, and as
    // many holding them anywhere (after the filter): a word most articles hold costs no more than a rare one.
    static constexpr int rankedWindow = 400;

    // Articles passing the filter, by category, title and id, at most `limit`.
    [[nodiscard]] QList<Article> list(const ArticleFilter &filter, int limit) const;
    // Articles passing the filter that hold every word of `text` (the last one may be the start of a word),
    // best match first, at most `limit`. Any text is safe; text without a word finds nothing.
    [[nodiscard]] QList<ArticleHit> search(const QString &text, const ArticleFilter &filter, int limit) const;
    // Articles passing the filter that hold any of `words` (whole words), best match first, at most `limit`.
    [[nodiscard]] QList<ArticleHit> withAnyWord(const QStringList &words, const ArticleFilter &filter, int limit) const;
    // Drafts suggesting a change to the article, oldest first.
    [[nodiscard]] QList<Article> suggestedEditsOf(Id articleId) const;

    // The newest article made from the escalation that is not archived.
    [[nodiscard]] std::optional<Article> madeFromEscalation(Id escalationId) const;

    // Stores a new article; returns its id.
    Id insert(const Article &article, Millis now);
    // Writes every field; false when the article is not there.
    bool update(const Article &article, Millis now);

    void addVersion(const ArticleVersion &version);
    // Newest first.
    [[nodiscard]] QList<ArticleVersion> versions(Id articleId) const;
    [[nodiscard]] std::optional<ArticleVersion> version(Id articleId, int number) const;

private:
    [[nodiscard]] QList<ArticleHit> ranked(
        const SqlDialect::ArticleMatch &match, const ArticleFilter &filter, int limit) const;

    Workspace &m_workspace;
};

} // namespace tandem
