// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ArticleRepository.h"

#include "storage/Query.h"
#include "storage/SqlStatement.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto articleColumns = u"a.id, a.title, a.body, a.category, a.tags_text, a.language, a.visibility, a.state,"
                            " a.owner_id, a.edit_of, a.last_reviewed, a.stale_after_months, a.published_version,"
                            " a.created_at, a.updated_at, a.from_escalation, a.needs_check"_s;

// Tags are stored one a line (ArticleRules::normalizedTags() leaves no line break inside a tag).
QString tagsText(const QStringList &tags)
{
    return ArticleRules::normalizedTags(tags).join(u'\n');
}

Article articleFrom(const Query &query, int first = 0)
{
    Article article;
    article.id = query.integer(first + 0);
    article.title = query.text(first + 1);
    article.body = query.text(first + 2);
    article.category = query.text(first + 3);
    article.tags = query.text(first + 4).split(u'\n', Qt::SkipEmptyParts);
    article.language = query.text(first + 5);
    article.visibility = fromKey<ArticleVisibility>(query.text(first + 6)).value_or(ArticleVisibility::Internal);
    article.state = fromKey<ArticleState>(query.text(first + 7)).value_or(ArticleState::Draft);
    if (!query.isNull(first + 8))
        article.ownerId = query.integer(first + 8);
    if (!query.isNull(first + 9))
        article.editOf = query.integer(first + 9);
    if (!query.isNull(first + 10))
        article.lastReviewed = QDate::fromString(query.text(first + 10), Qt::ISODate);
    article.staleAfterMonths = int(query.integer(first + 11));
    article.publishedVersion = int(query.integer(first + 12));
    article.createdAt = query.integer(first + 13);
    article.updatedAt = query.integer(first + 14);
    if (!query.isNull(first + 15))
        article.fromEscalation = query.integer(first + 15);
    article.needsCheck = query.integer(first + 16) != 0;
    return article;
}

QVariant reviewedValue(const std::optional<QDate> &date)
{
    return date && date->isValid() ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

// `a.tags_text` holds the tag as a whole line; LIKE's own characters in it are taken literally.
QString tagPattern(const QString &tag)
{
    // PostgreSQL takes no NUL character in text, and no stored tag holds one.
    QString escaped = tag.simplified().toLower().remove(QChar(0));
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u"%\n"_s + escaped + u"\n%"_s;
}

// The filter's conditions, each starting with " AND ".
SqlStatement conditionsFor(const ArticleFilter &filter)
{
    SqlStatement where;
    if (!filter.states.isEmpty()) {
        QVariantList states;
        for (const ArticleState state : filter.states)
            states.append(keyOf(state));
        where.add(u" AND a.state IN ("_s + SqlStatement::placeholders(states.size()) + u")"_s, states);
    }
    if (filter.onlyDraftsOf)
        where.add(u" AND (a.state <> 'draft' OR a.owner_id = ?)"_s, { *filter.onlyDraftsOf });
    if (filter.visibility)
        where.add(u" AND a.visibility = ?"_s, { keyOf(*filter.visibility) });
    if (!filter.language.isEmpty())
        where.add(u" AND a.language = ?"_s, { filter.language });
    if (!filter.category.isEmpty())
        where.add(u" AND a.category = ?"_s, { filter.category });
    if (!filter.tag.isEmpty())
        where.add(u" AND (? || a.tags_text || ?) LIKE ? ESCAPE '\\'"_s, { u"\n"_s, u"\n"_s, tagPattern(filter.tag) });
    return where;
}

} // namespace

std::optional<Article> ArticleRepository::find(Id id) const
{
    Query query(m_workspace.database(), u"SELECT "_s + articleColumns + u" FROM articles a WHERE a.id = ?"_s, { id });
    if (!query.next())
        return std::nullopt;
    return articleFrom(query);
}

QList<Article> ArticleRepository::list(const ArticleFilter &filter, int limit) const
{
    SqlStatement statement(u"SELECT "_s + articleColumns + u" FROM articles a WHERE 1 = 1"_s);
    statement.add(conditionsFor(filter));
    statement.add(u" ORDER BY a.category, a.title, a.id LIMIT ?"_s, { limit });
    Query query(m_workspace.database(), statement);
    QList<Article> articles;
    while (query.next())
        articles.append(articleFrom(query));
    return articles;
}

QList<ArticleHit> ArticleRepository::ranked(
    const SqlDialect::ArticleMatch &match, const ArticleFilter &filter, int limit) const
{
    if (match.anywhere.isEmpty() || limit < 1)
        return {};
    // Ranking weighs every match, and a word most articles hold would make every search weigh the whole
    // knowledge base. So only two windows are ranked: the newest articles that hold the words in their title
    // or tags, and the newest that hold them anywhere; each straight from the index, filtered first. Only
    // the few kept are joined to their whole rows.
    const SqlDialect &dialect = m_workspace.dialect();
    const SqlStatement conditions = conditionsFor(filter);
    SqlStatement statement(u"SELECT m.score, "_s + articleColumns + u" FROM ("_s + dialect.rankedArticleMatchesQuery(),
        { match.anywhere });
    statement.add(u"SELECT id FROM ("_s + dialect.newestArticleMatchesQuery(), { match.inTitleOrTags });
    statement.add(conditions);
    statement.add(
        dialect.newestArticleMatchesEnd() + u") t UNION SELECT id FROM ("_s + dialect.newestArticleMatchesQuery(),
        { rankedWindow, match.anywhere });
    statement.add(conditions);
    statement.add(dialect.newestArticleMatchesEnd()
            + u") w) ORDER BY score DESC, id DESC LIMIT ?) m"
              " JOIN articles a ON a.id = m.id ORDER BY m.score DESC, a.id DESC"_s,
        { rankedWindow, limit });
    Query query(m_workspace.database(), statement);
    QList<ArticleHit> hits;
    while (query.next())
        hits.append({ articleFrom(query, 1), query.integer(0) });
    return hits;
}

QList<ArticleHit> ArticleRepository::search(const QString &text, const ArticleFilter &filter, int limit) const
{
    return ranked(m_workspace.dialect().articleTextMatch(text), filter, limit);
}

QList<ArticleHit> ArticleRepository::withAnyWord(const QStringList &words, const ArticleFilter &filter, int limit) const
{
    return ranked(m_workspace.dialect().articleAnyWordMatch(words), filter, limit);
}

QList<Article> ArticleRepository::suggestedEditsOf(Id articleId) const
{
    Query query(m_workspace.database(),
        u"SELECT "_s + articleColumns + u" FROM articles a WHERE a.edit_of = ? AND a.state = 'draft' ORDER BY a.id"_s,
        { articleId });
    QList<Article> articles;
    while (query.next())
        articles.append(articleFrom(query));
    return articles;
}

std::optional<Article> ArticleRepository::madeFromEscalation(Id escalationId) const
{
    Query query(m_workspace.database(),
        u"SELECT "_s + articleColumns
            + u" FROM articles a WHERE a.from_escalation = ? AND a.state <> 'archived' ORDER BY a.id DESC LIMIT 1"_s,
        { escalationId });
    if (!query.next())
        return std::nullopt;
    return articleFrom(query);
}

Id ArticleRepository::insert(const Article &article, Millis now)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO articles (title, body, category, tags_text, language, visibility, state, owner_id, edit_of,"
        " last_reviewed, stale_after_months, published_version, created_at, updated_at, from_escalation, needs_check)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { article.title, article.body, article.category, tagsText(article.tags), article.language,
            keyOf(article.visibility), keyOf(article.state), sql::nullable(article.ownerId),
            sql::nullable(article.editOf), reviewedValue(article.lastReviewed), article.staleAfterMonths,
            article.publishedVersion, now, now, sql::nullable(article.fromEscalation), article.needsCheck ? 1 : 0 });
}

bool ArticleRepository::update(const Article &article, Millis now)
{
    Query query(m_workspace.database(),
        u"UPDATE articles SET title = ?, body = ?, category = ?, tags_text = ?, language = ?, visibility = ?,"
        " state = ?, owner_id = ?, edit_of = ?, last_reviewed = ?, stale_after_months = ?, published_version = ?,"
        " updated_at = ?, from_escalation = ?, needs_check = ? WHERE id = ?"_s,
        { article.title, article.body, article.category, tagsText(article.tags), article.language,
            keyOf(article.visibility), keyOf(article.state), sql::nullable(article.ownerId),
            sql::nullable(article.editOf), reviewedValue(article.lastReviewed), article.staleAfterMonths,
            article.publishedVersion, now, sql::nullable(article.fromEscalation), article.needsCheck ? 1 : 0,
            article.id });
    return query.rowsAffected() == 1;
}

void ArticleRepository::addVersion(const ArticleVersion &version)
{
    Query::run(m_workspace.database(),
        u"INSERT INTO article_versions (article_id, number, author_id, published_by, published_at, title, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        { version.articleId, version.number, sql::nullable(version.authorId), sql::nullable(version.publishedById),
            version.publishedAt, version.title, version.body });
}

namespace {

const auto selectVersions = u"SELECT v.article_id, v.number, v.author_id, g.display_name, v.published_by,"
                            " v.published_at, v.title, v.body FROM article_versions v"
                            " LEFT JOIN agents g ON g.id = v.author_id "_s;

ArticleVersion versionFrom(const Query &query)
{
    ArticleVersion version;
    version.articleId = query.integer(0);
    version.number = int(query.integer(1));
    if (!query.isNull(2))
        version.authorId = query.integer(2);
    version.authorName = query.text(3);
    if (!query.isNull(4))
        version.publishedById = query.integer(4);
    version.publishedAt = query.integer(5);
    version.title = query.text(6);
    version.body = query.text(7);
    return version;
}

} // namespace

QList<ArticleVersion> ArticleRepository::versions(Id articleId) const
{
    Query query(
        m_workspace.database(), selectVersions + u"WHERE v.article_id = ? ORDER BY v.number DESC"_s, { articleId });
    QList<ArticleVersion> versions;
    while (query.next())
        versions.append(versionFrom(query));
    return versions;
}

std::optional<ArticleVersion> ArticleRepository::version(Id articleId, int number) const
{
    Query query(
        m_workspace.database(), selectVersions + u"WHERE v.article_id = ? AND v.number = ?"_s, { articleId, number });
    if (!query.next())
        return std::nullopt;
    return versionFrom(query);
}

} // namespace tandem
