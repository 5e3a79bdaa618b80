// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SearchRepository.h"

#include "domain/MarkedText.h"
#include "domain/TextFolding.h"
#include "storage/Query.h"
#include "storage/SqlStatement.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Characters of each body searched for the words a prefix stands for (PostgreSQL indexes as many).
constexpr int completionScanLength = 100000;
// Whole words a prefix may stand for in one page's highlighting.
constexpr qsizetype maxCompletions = 40;
// Whole words a typed prefix is replaced by in the search itself; more, and FTS5 expands it.
constexpr int maxIndexedCompletions = 64;

// The page's rows come first (ids and the sort key only, so the sort stays small); the names and
// subjects are joined for those rows alone.
const auto selectHits = u"SELECT x.id, x.customer_id, c.first_name, c.last_name, x.kind, x.channel, x.direction,"
                        " x.occurred_at, x.subject, page.score, page.marked_subject, page.snippet FROM ("_s;
const auto joinHits = u") page JOIN interactions x ON x.id = page.id JOIN customers c ON c.id = x.customer_id"_s;

SearchHit hitFrom(const Query &query)
{
    SearchHit hit;
    hit.interactionId = query.value(0).toLongLong();
    hit.customerId = query.value(1).toLongLong();
    Customer customer;
    customer.firstName = query.value(2).toString();
    customer.lastName = query.value(3).toString();
    hit.customerName = customer.displayName();
    hit.kind = fromKey<InteractionKind>(query.value(4).toString()).value_or(InteractionKind::Message);
    hit.channel = fromKey<Channel>(query.value(5).toString()).value_or(Channel::Email);
    hit.direction = fromKey<Direction>(query.value(6).toString()).value_or(Direction::Inbound);
    hit.occurredAt = query.value(7).toLongLong();
    hit.subject = query.value(8).toString();
    hit.score = query.value(9).toLongLong();
    if (!query.isNull(10)) {
        hit.markedSubject = MarkedText::oneLine(query.value(10).toString());
        hit.snippet = MarkedText::oneLine(query.value(11).toString());
    }
    return hit;
}

QList<SearchHit> readHits(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    Query query(db, statement, values);
    QList<SearchHit> hits;
    while (query.next())
        hits.append(hitFrom(query));
    return hits;
}

// The first `limit` hits, with the cursor after them when there are more (a page's statement asks for one
// more hit than it shows, to know).
SearchPage pageOf(QList<SearchHit> hits, int limit, SearchOrder order)
{
    SearchPage page;
    if (hits.size() > limit) {
        hits.resize(limit);
        const SearchHit &last = hits.constLast();
        page.next = SearchCursor { order == SearchOrder::Newest ? last.occurredAt : last.score, last.interactionId };
    }
    page.hits = std::move(hits);
    return page;
}

} // namespace

QString SearchRepository::matchFor(const QString &text) const
{
    const SqlDialect &dialect = m_workspace.dialect();
    if (!SqlDialect::lastWordIsPrefix(text))
        return dialect.interactionTextQuery(text, false);
    const QString typed = SqlDialect::searchWords(text).constLast();
    const QString prefix = foldText(typed);
    if (prefix.size() <= SqlDialect::minPrefixLength || !dialect.completesLastWord(typed))
        return dialect.interactionTextQuery(text, false);
    // Only the longer words: the typed one is an alternative anyway, and SQLite's vocabulary reads every
    // document of each word it lists, so listing a common typed word ("order") would cost more than the
    // search. No indexed word holds U+0001, so the longer words start right after it; U+10FFFF is past
    // every word it starts.
    Query query(m_workspace.database(), dialect.indexedInteractionWordsQuery(),
        { QString(prefix + u"\u0001"_s), QString(prefix + u"\U0010FFFF"_s), maxIndexedCompletions + 1 });
    QStringList words;
    while (query.next())
        words.append(query.value(0).toString());
    if (words.size() > maxIndexedCompletions)
        return dialect.interactionTextQuery(text, false);
    return dialect.interactionCompletedTextQuery(text, words);
}

bool SearchRepository::isSearchable(const QString &text) const
{
    return !m_workspace.dialect().interactionTextQuery(text, false).isEmpty();
}

SearchPage SearchRepository::search(
    const QString &text, SearchOrder order, const std::optional<SearchCursor> &after, int limit) const
{
    const SqlDialect &dialect = m_workspace.dialect();
    const QString match = matchFor(text);
    if (match.isEmpty() || limit < 1)
        return {};

    const QVariantList cursor = !after ? QVariantList()
        : order == SearchOrder::Newest ? dialect.newestCursorValues(after->key, after->id)
                                       : QVariantList { after->key, after->id };
    // One word's frequency PostgreSQL knows; only for several does it multiply them into a wrong guess.
    std::optional<SearchPage> found;
    if (order == SearchOrder::Newest && SqlDialect::searchWords(text).size() > 1)
        found = newestAmongRecent(match, cursor, limit);
    if (!found) {
        QString statement;
        if (order == SearchOrder::Newest) {
            statement = selectHits + dialect.newestInteractionMatchesQuery(after.has_value()) + joinHits
                + u" ORDER BY "_s + dialect.newestOrder();
        } else {
            statement = selectHits
                + u"SELECT m.id, m.score, CAST(NULL AS TEXT) AS marked_subject, CAST(NULL AS TEXT) AS snippet FROM ("_s
                + dialect.rankedInteractionMatchesQuery() + u") m"_s;
            if (after)
                statement += u" WHERE (m.score, m.id) < (?, ?)"_s;
            statement += u" ORDER BY m.score DESC, m.id DESC LIMIT ?"_s + joinHits
                + u" ORDER BY page.score DESC, x.id DESC"_s;
        }
        found = pageOf(
            readHits(m_workspace.database(), statement, QVariantList { match } + cursor + QVariantList { limit + 1 }),
            limit, order);
    }
    SearchPage page = std::move(*found);
    const bool markedInMatch = dialect.newestMatchesComeMarked() && order == SearchOrder::Newest;
    if (!markedInMatch)
        addHighlights(text, page.hits);
    for (SearchHit &hit : page.hits) {
        if (hit.markedSubject.isEmpty())
            hit.markedSubject = MarkedText::oneLine(hit.subject);
    }
    return page;
}

std::optional<SearchPage> SearchRepository::newestAmongRecent(
    const QString &match, const QVariantList &cursor, int limit) const
{
    const SqlDialect &dialect = m_workspace.dialect();
    const QSqlDatabase db = m_workspace.database();
    const auto walk = [&](const QString &walkQuery, const QVariantList &from, qsizetype wanted) {
        return readHits(db, selectHits + walkQuery + joinHits + u" ORDER BY "_s + dialect.newestOrder(),
            from + QVariantList { match, wanted + 1 });
    };
    const QString firstWalk
        = dialect.recentInteractionMatchesQuery(!cursor.isEmpty(), SqlDialect::recentInteractionsFirstWalk);
    if (firstWalk.isEmpty())
        return std::nullopt; // the index hands out the newest matches first
    QList<SearchHit> hits = walk(firstWalk, cursor, limit);
    if (hits.size() > limit)
        return pageOf(std::move(hits), limit, SearchOrder::Newest);
    // Fewer matches than a page may mean the walk ran out of interactions rather than of matches. When the
    // whole walk is not even expected to hold half a page, the words are rare and the index answers at once
    // ("firmware update": one match among the newest 5,000, 612 in all).
    const qsizetype expected
        = hits.size() * SqlDialect::recentInteractionsSearched / SqlDialect::recentInteractionsFirstWalk;
    if (expected * 2 < limit)
        return std::nullopt;
    Query end(
        db, dialect.recentInteractionsEndQuery(!cursor.isEmpty(), SqlDialect::recentInteractionsFirstWalk), cursor);
    if (!end.next())
        return pageOf(std::move(hits), limit, SearchOrder::Newest); // it saw every interaction from the cursor on
    // The end is a statement of its own: an interaction added meanwhile among the first walk's moves it one row
    // on, and that row is read again. (One deleted there would make the walk pass over a row; interactions
    // are deleted only when a customer is erased.)
    QSet<Id> found;
    for (const SearchHit &hit : std::as_const(hits))
        found.insert(hit.interactionId);
    const QList<SearchHit> more
        = walk(dialect.recentInteractionMatchesQuery(
                   true, SqlDialect::recentInteractionsSearched - SqlDialect::recentInteractionsFirstWalk),
            dialect.newestCursorValues(end.integer(0), end.integer(1)), limit - hits.size());
    for (const SearchHit &hit : more) {
        if (!found.contains(hit.interactionId))
            hits.append(hit);
    }
    if (hits.size() > limit)
        return pageOf(std::move(hits), limit, SearchOrder::Newest);
    return std::nullopt;
}

QStringList SearchRepository::lastWordCompletions(const QString &text, const QList<SearchHit> &hits) const
{
    const QStringList words = SqlDialect::searchWords(text);
    if (!m_workspace.dialect().marksLastWordCompletions() || !SqlDialect::lastWordIsPrefix(text))
        return {};
    const QString prefix = foldText(words.constLast());
    QVariantList ids;
    for (const SearchHit &hit : hits)
        ids.append(hit.interactionId);
    Query query(m_workspace.database(),
        u"SELECT subject, substr(body, 1, %1) FROM interactions WHERE id IN (%2)"_s.arg(
            QString::number(completionScanLength), SqlStatement::placeholders(hits.size())),
        ids);
    QSet<QString> found;
    while (query.next() && found.size() < maxCompletions) {
        for (int column = 0; column < 2; ++column) {
            const QString folded = foldText(query.text(column));
            for (qsizetype at = folded.indexOf(prefix); at >= 0 && found.size() < maxCompletions;
                at = folded.indexOf(prefix, at + 1)) {
                const bool startsWord = at == 0 || !folded.at(at - 1).isLetterOrNumber();
                if (!startsWord)
                    continue;
                qsizetype end = at + prefix.size();
                while (end < folded.size() && (folded.at(end).isLetterOrNumber() || folded.at(end).isMark()))
                    ++end;
                found.insert(folded.mid(at, end - at));
            }
        }
    }
    found.remove(prefix);
    QStringList completions(found.cbegin(), found.cend());
    completions.sort();
    return completions;
}

// Snippets are made for the page's hits only: the matching is cheap, cutting passages out of bodies is not.
void SearchRepository::addHighlights(const QString &text, QList<SearchHit> &hits) const
{
    if (hits.isEmpty())
        return;
    const SqlDialect &dialect = m_workspace.dialect();
    const QString match = dialect.interactionHighlightTextQuery(text, lastWordCompletions(text, hits));
    QVariantList values { match };
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype row = 0; row < hits.size(); ++row) {
        const qint64 key = dialect.highlightKey(hits.at(row).occurredAt, hits.at(row).interactionId);
        values.append(key);
        rowOf.insert(key, row);
    }
    Query query(m_workspace.database(), dialect.interactionHighlightsQuery(int(hits.size())), values);
    while (query.next()) {
        const auto row = rowOf.constFind(query.value(0).toLongLong());
        if (row == rowOf.cend())
            continue;
        SearchHit &hit = hits[*row];
        hit.markedSubject = MarkedText::oneLine(query.value(1).toString());
        hit.snippet = MarkedText::oneLine(query.value(2).toString());
    }
}

} // namespace tandem
