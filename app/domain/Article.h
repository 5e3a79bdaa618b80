// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// A knowledge-base article (issue 19): written once by the team, linked in many replies; the public ones
// become the customers' self-service site. The row holds the text as it is now: a draft's text, or a
// published article's newest version (its history is in ArticleVersion).
struct Article
{
    Id id = 0;
    QString title;
    QString body; // Markdown
    QString category;
    QStringList tags; // in ArticleRules::normalizedTags() form
    QString language = QStringLiteral("en"); // a two-letter ISO 639-1 code
    ArticleVisibility visibility = ArticleVisibility::Internal;
    ArticleState state = ArticleState::Draft;
    std::optional<Id> ownerId; // who answers for it; a rep's suggestion is owned by the rep
    // A draft suggesting a change to this published article; publishing the draft publishes the change
    // there. None: a draft of an article of its own.
    std::optional<Id> editOf;
    std::optional<QDate> lastReviewed; // publishing counts as a review
    int staleAfterMonths = 12; // 0: never stale
    int publishedVersion = 0; // the newest version's number; 0 while never published
    // The resolved escalation this draft was made from ("Turn into article").
    std::optional<Id> fromEscalation;
    // Made from a customer's case: a writer has to confirm it was checked (no customer data, the text holds
    // in general) before it can be published. Set by ArticleService::turnIntoArticle, cleared only by
    // ArticleService::confirmChecked.
    bool needsCheck = false;
    Millis createdAt = 0;
    Millis updatedAt = 0;
};

// One published state of an article. Every published change is a new version, with who wrote it and, when
// that was someone else's suggestion, who approved it.
struct ArticleVersion
{
    Id articleId = 0;
    int number = 0;
    std::optional<Id> authorId;
    QString authorName;
    std::optional<Id> publishedById;
    Millis publishedAt = 0;
    QString title;
    QString body;
};

// Which articles a list or search returns. Empty fields do not filter.
struct ArticleFilter
{
    QList<ArticleState> states;
    std::optional<ArticleVisibility> visibility;
    QString language;
    QString category;
    QString tag;
    // Drafts of this agent only (a rep sees the team's published articles and their own suggestions).
    std::optional<Id> onlyDraftsOf;
};

// One article a search or a suggestion found, with how well it matched (higher is better).
struct ArticleHit
{
    Article article;
    qint64 score = 0;
};

// How an article went into a reply: its link on the self-service site, its text, or a template's
// {{article.*}} placeholders.
enum class ArticleInsertion { Link, Text, Placeholder };

// An article that went into a reply, and how. The reply's text decides whether it carried the article's link.
struct ArticleUse
{
    Id articleId = 0;
    ArticleInsertion how = ArticleInsertion::Link;

    bool operator==(const ArticleUse &) const = default;
};

// How useful a published article was over a period: how often it went into replies, and of the conversations
// that got its link, how many stayed closed (ArticleRules::stayedClosedAfter).
struct ArticleUsage
{
    Id articleId = 0;
    QString title;
    QString language;
    qint64 insertions = 0; // by link, text or placeholder
    qint64 linkedConversations = 0;
    qint64 stayedClosed = 0;
    std::optional<Millis> lastUsedAt; // ever, not only in the period
};

namespace ArticleRules {

// A conversation that got an article's link "stayed closed" when it was closed at or after the link, is
// still closed at least this long after that close, and the customer has not written in it since the link
// (a customer's message reopens a closed conversation, so a reopen and a later close again shows as one).
inline constexpr Millis stayedClosedAfter = 7LL * 24 * 60 * 60 * 1000;

// The language a customer's message is most likely written in ("en", "de" or "fr"), from the short words
// every sentence of it holds; empty when the message does not say clearly.
[[nodiscard]] QString likelyLanguage(const QString &text);

// How an insertion is stored ("link", "text", "placeholder"), and back.
[[nodiscard]] QString keyOf(ArticleInsertion how);
[[nodiscard]] std::optional<ArticleInsertion> insertionFromKey(const QString &key);

// Tags as stored: trimmed, lower case, inner spaces made single, empty ones and repeats dropped, sorted.
[[nodiscard]] QStringList normalizedTags(const QStringList &tags);

// The day an article reviewed on `lastReviewed` becomes stale ("stale after N months"); none when it never
// goes stale (0 months). An article never reviewed is stale from the start: a day that is always past.
[[nodiscard]] std::optional<QDate> staleFrom(const std::optional<QDate> &lastReviewed, int staleAfterMonths);
// Whether the article needs a review on `today`: on or after staleFrom(). Drafts and archived articles are
// not on the site or in suggestions, so only published ones go stale.
[[nodiscard]] bool isStale(const Article &article, QDate today);

// The words of a customer's message worth matching articles on: folded (foldText), at least three letters
// long or a code mixing letters and digits ("E4"), without the common words of English, German and French that every
// message holds, each once, in order of first appearance, at most `limit`.
[[nodiscard]] QStringList keywords(const QString &text, qsizetype limit = 32);
// How well an article answers a message with these keywords (from keywords()): each keyword found as a whole
// word adds 3 when in the title, 2 when among the tags or in the category, 1 when in the body; 0 when none
// is found.
[[nodiscard]] int matchScore(const QStringList &keywords, const Article &article);
// Where a public article lives on the self-service site, relative to the site's root:
// "<language>/<id>-<slug>.html", the slug made of the folded title's letters and digits ("Resetting the
// E4 router" -> "en/12-resetting-the-e4-router.html"). The id keeps it unique and stable when two titles
// fold alike; the slug keeps it readable in a reply. Links in replies and the site's own pages both use it.
[[nodiscard]] QString sitePath(const Article &article);

} // namespace ArticleRules

} // namespace tandem
