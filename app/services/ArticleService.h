// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace tandem {

class Workspace;

// The knowledge base (issue 19): who may write what, versions and audit. Team leads and support
// specialists write, publish, revert and archive; service reps read what is published and suggest: a new
// article or a change to a published one, as a draft of their own that a lead or specialist publishes.
// Every published change is a new version with its author, and every change is audited in its transaction.
class ArticleService : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype longestTitle = 200;
    static constexpr qsizetype longestCategory = 60;
    // Far past any article a person writes; keeps editing, previewing and indexing instant.
    static constexpr qsizetype longestBody = 200'000;
    static constexpr int longestStaleAfterMonths = 120;
    // Articles a list returns at most; a knowledge base is written by people.
    static constexpr int listLimit = 2000;

    ArticleService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~ArticleService() override;

    [[nodiscard]] const Clock &clock() const { return m_clock; }

    // Leads and specialists; reps suggest.
    [[nodiscard]] static bool canWrite(const Actor &actor);

    // An article the actor may see: anything for writers; for reps what is published and their own drafts.
    [[nodiscard]] std::optional<Article> find(const Actor &actor, Id id) const;
    // Articles passing the filter that the actor may see, by category and title.
    [[nodiscard]] QList<Article> articles(const Actor &actor, ArticleFilter filter = {}) const;
    // Articles the actor may see holding every word of `text`, best match first. Any text is safe.
    [[nodiscard]] QList<ArticleHit> search(
        const Actor &actor, const QString &text, ArticleFilter filter = {}, int limit = 50) const;
    // The few published articles whose words best match a customer's message, in its language when given:
    // ranked by ArticleRules::matchScore() (title over tags over body), the index's own rank breaking ties.
    [[nodiscard]] QList<ArticleHit> suggestFor(
        const Actor &actor, const QString &customerMessage, const QString &language = {}, int limit = 5) const;
    // Newest first.
    [[nodiscard]] QList<ArticleVersion> versions(const Actor &actor, Id articleId) const;
    // Drafts suggesting a change to the article, oldest first.
    [[nodiscard]] QList<Article> suggestedEdits(const Actor &actor, Id articleId) const;

    // Where a public, published article is read on the self-service site: the site's address (the workspace
    // setting siteAddressKey, where the team hosts what `tandemctl kb publish` wrote) joined with
    // ArticleRules::sitePath(). Empty when no address is set or the article is not on the site.
    [[nodiscard]] QUrl siteUrl(const Article &article) const;
    static constexpr QStringView siteAddressKey = u"kb_site_url";
    // The same for a given site address (the setting's value).
    [[nodiscard]] static QUrl siteUrlOf(const Article &article, const QString &siteAddress);

    // Every published article with how often it went into replies in [from, to) and how many of the
    // conversations that got its link stayed closed (team leads). By id.
    [[nodiscard]] QList<ArticleUsage> usage(const Actor &actor, Millis from, Millis to) const;
    // The most inserted articles of the period, most first (ties: the most recently used), at most `limit`.
    [[nodiscard]] QList<ArticleUsage> topArticles(const Actor &actor, Millis from, Millis to, int limit = 5) const;
    // Published articles nobody inserted in the period, the longest unused first (never used before any).
    [[nodiscard]] QList<ArticleUsage> unusedArticles(const Actor &actor, Millis from, Millis to) const;

    // Everything that keeps the article's fields from being saved, translated; empty when they may be.
    [[nodiscard]] static QStringList problemsWith(const Article &article);

    // A new draft owned by the actor (a writer may name another owner). From a rep it is a suggestion.
    Id createDraft(const Actor &actor, Article article);
    // Saves a draft's fields. Writers save any draft, reps their own.
    void saveDraft(const Actor &actor, const Article &article);
    // A draft of the actor's suggesting `changes` (title, body, category, tags, language, visibility) to a
    // published article; anyone may suggest.
    Id suggestEdit(const Actor &actor, Id articleId, const Article &changes);
    // Publishes a draft (writers): a new article becomes version 1; a suggested change becomes the next
    // version of its article, authored by whoever suggested it, and the draft is archived. Counts as a
    // review. Returns the version's number.
    int publish(const Actor &actor, Id draftId);
    // Publishes a writer's change to a published article at once as its next version.
    int publishChanges(const Actor &actor, const Article &article);
    // Publishes an earlier version's title and body again, as a new version (writers).
    int revert(const Actor &actor, Id articleId, int versionNumber);
    // Takes an article off every list and the site (writers); reps may withdraw their own drafts.
    void archive(const Actor &actor, Id articleId);
    // Brings an archived article back (writers): published again when it had been published, on every list
    // and the site, otherwise a draft again. Returns the state it is in now.
    ArticleState restore(const Actor &actor, Id articleId);
    // Marks a published article as reviewed today, restarting its stale clock (writers).
    void markReviewed(const Actor &actor, Id articleId);

    // Why the actor may not turn the escalation into an article now (translated), or nothing when they may:
    // writers do, once support has resolved it (resolved, handed back or closed).
    [[nodiscard]] static std::optional<QString> turnIntoArticleRefusal(
        const Actor &actor, const Escalation &escalation);
    // "Turn into article": a draft owned by the actor, prefilled from the resolved escalation's hand-off
    // package without the customer's data (ArticleFromEscalation) and marked as needing a check before it
    // is published. An escalation already turned into an article that is not archived gives that article
    // again instead of a second one. Returns the article's id.
    Id turnIntoArticle(const Actor &actor, Id escalationId, const QString &language = QStringLiteral("en"));
    // A writer confirms that a draft made from an escalation was checked (no customer data, true in general):
    // it may be published from now on.
    void confirmChecked(const Actor &actor, Id draftId);

    // Fills a workspace without articles with the starter set shipped in the program (demo workspaces): each
    // published as version 1 by nobody in particular, reviewed today. Returns how many it added (0 where
    // there were articles already).
    int installStarterArticles();

signals:
    void changed();

private:
    [[nodiscard]] Article existing(Id articleId) const;
    [[nodiscard]] ArticleFilter visibleFilter(const Actor &actor, ArticleFilter filter) const;
    void requireWriter(const Actor &actor, const QString &refusal) const;
    // Stores a new draft (state, version and review reset) with its audit entry; returns its id.
    Id insertDraft(const Actor &actor, Article draft, const QString &auditAction);
    // Stores the article's new fields with their audit entry in one transaction.
    void writeChange(const Actor &actor, const Article &before, const Article &after, const QString &auditAction);
    // Stores the article's new state and its next version, with the audit entry, in one transaction.
    int storeVersion(const Actor &actor, Article article, std::optional<Id> authorId, const QString &auditAction,
        const Article &before, std::optional<Id> consumedDraft);

    Workspace &m_workspace;
    const Clock &m_clock;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
