// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tandem {

struct PostgresAddress;

enum class Backend { Sqlite, Postgres };

// The one seam where SQLite and PostgreSQL differ: connecting, full-text search, query-plan hints, bulk
// loading, change notification and the few statements the two spell differently. Everything else in
// app/storage is written in the SQL both accept (RETURNING, ON CONFLICT, row-value comparisons, BIGINT
// millisecond timestamps) and asks this class for the backend's piece instead of testing backend().
// Migration steps name their backend themselves.
class SqlDialect
{
public:
    explicit SqlDialect(Backend backend) : m_backend(backend) { }

    [[nodiscard]] Backend backend() const { return m_backend; }
    // Replaces the %PK% marker in portable DDL with this backend's auto-increment primary key.
    [[nodiscard]] QString adapt(const QString &sql) const;
    // A full-text match over user input that can never be a syntax error: every word is quoted, the
    // last one (or all, with prefixAll) matches as a prefix.
    [[nodiscard]] QString fullTextQuery(const QString &userText, bool prefixAll) const;

    // A condition on customers c that is true when it matches fullTextQuery()'s result bound to one '?'.
    [[nodiscard]] QString customerMatchCondition() const;
    // The same for interactions i.
    [[nodiscard]] QString interactionMatchCondition() const;
    // SQLite's interactions index is keyed by this number, which sorts as (occurred_at, id) does: the
    // time in the high bits, the low 20 bits of the id below. Two interactions collide only when they
    // happened in the same millisecond and their ids are a multiple of 2^20 apart; the unique index
    // refuses the second one then.
    [[nodiscard]] static qint64 searchKey(qint64 occurredAt, qint64 id);
    // The same as an SQL expression over two columns.
    [[nodiscard]] static QString searchKeyExpression(const QString &occurredAt, const QString &id);
    // A prefix needs this many letters; shorter words match whole (a one-letter prefix would expand to
    // much of the vocabulary). SQLite indexes prefixes of this length.
    static constexpr qsizetype minPrefixLength = 3;
    // The words of user text as the search indexes see them (at most 32).
    [[nodiscard]] static QStringList searchWords(const QString &userText);
    // Whether interactionTextQuery() makes the last word a prefix.
    [[nodiscard]] static bool lastWordIsPrefix(const QString &userText);
    // fullTextQuery() for the interactions index. PostgreSQL's index keeps diacritics (it has no
    // unaccent), so each word matches as typed and also folded: "Zoë" finds "Zoë" and "Zoe".
    [[nodiscard]] QString interactionTextQuery(const QString &userText, bool prefixAll) const;
    // The words of the interactions index (SQLite's vocabulary, PostgreSQL's interaction_words) from the
    // string bound to the first '?' up to the one bound to the second, in order; at most a number bound last.
    [[nodiscard]] QString indexedInteractionWordsQuery() const;
    // interactionTextQuery() with a prefix last word replaced by itself or the whole words it stands for
    // (`lastWordCompletions`, folded): both indexes expand a prefix by gathering every document of every
    // word it starts before they can intersect it with the other words. A last word completesLastWord()
    // refuses stays a prefix.
    [[nodiscard]] QString interactionCompletedTextQuery(
        const QString &userText, const QStringList &lastWordCompletions) const;
    // Whether a typed last word can be replaced by the index's words it begins: not one with '_', nor on
    // PostgreSQL one typed with diacritics.
    [[nodiscard]] bool completesLastWord(const QString &typed) const;
    // The query interactionHighlightsQuery() marks words with. On SQLite (marksLastWordCompletions()) a
    // prefix last word is replaced by the whole words it stands for in the documents at hand: FTS5 expands a
    // prefix over the whole index on each lookup, which would make marking a page cost more than finding it.
    [[nodiscard]] QString interactionHighlightTextQuery(
        const QString &userText, const QStringList &lastWordCompletions) const;
    // Rows (id, occurred_at, score 0, marked_subject, snippet) of the interactions matching
    // interactionTextQuery()'s result, newest first (in newestOrder()), at most a number of them. On SQLite
    // the subject and snippet come marked as interactionHighlightsQuery() marks them; on PostgreSQL they
    // are NULL. Binds the match, then newestCursorValues() when `afterCursor`, then the limit.
    [[nodiscard]] QString newestInteractionMatchesQuery(bool afterCursor) const;
    // The same rows, looked for among the `walked` newest interactions only (from the cursor on):
    // PostgreSQL's estimate of how many interactions hold two words multiplies their frequencies, and for
    // words that go together it then sorts every match instead of walking the time index (so it is asked for
    // searches of more than one word). Empty where the index hands out the newest matches first (SQLite).
    // Binds newestCursorValues() when `afterCursor`, then the match, then the limit.
    [[nodiscard]] QString recentInteractionMatchesQuery(bool afterCursor, int walked) const;
    // (occurred_at, id) of the last of the `walked` newest interactions (from the cursor on), when there are
    // that many: where a walk that goes on starts. PostgreSQL only. Binds newestCursorValues() when
    // `afterCursor`.
    [[nodiscard]] QString recentInteractionsEndQuery(bool afterCursor, int walked) const;
    // A search walks this many of the newest interactions first, then, when they held enough matches to
    // promise a page, as many more as make recentInteractionsSearched.
    static constexpr int recentInteractionsFirstWalk = 2000;
    static constexpr int recentInteractionsSearched = 5000;
    // The ORDER BY terms of newestInteractionMatchesQuery() for interactions x.
    [[nodiscard]] QString newestOrder() const;
    [[nodiscard]] QVariantList newestCursorValues(qint64 occurredAt, qint64 id) const;
    // Rows (id, score) of the interactions matching interactionTextQuery()'s result bound to one '?'; a
    // higher score is a better match. Scores are integers, so paging by them is exact.
    [[nodiscard]] QString rankedInteractionMatchesQuery() const;
    // Rows (key, subject, snippet) for `idCount` interactions, the matched words between MarkedText's marks
    // (subject whole, body cut to the best passage). Binds interactionHighlightTextQuery(), then the
    // interactions' highlightKey()s.
    [[nodiscard]] qint64 highlightKey(qint64 occurredAt, qint64 id) const;
    [[nodiscard]] QString interactionHighlightsQuery(int idCount) const;

    // Knowledge-base articles are indexed as interactions are (the same tokenizer; PostgreSQL's index keeps
    // diacritics). A match for articles comes twice: anywhere in the article, and in its title or tags only.
    struct ArticleMatch
    {
        QString anywhere;
        QString inTitleOrTags;
    };
    // Every word of user text (the last a prefix), as interactionTextQuery() matches interactions.
    [[nodiscard]] ArticleMatch articleTextMatch(const QString &userText) const;
    // Articles holding any of `words`, each whole, as typed and folded: what suggesting articles for a
    // message starts from.
    [[nodiscard]] ArticleMatch articleAnyWordMatch(const QStringList &words) const;
    // Ids (column `id`) of the newest articles matching a match bound to one '?', with the articles row as `a`:
    // conditions on the article (" AND a.state = ?") may follow, then newestArticleMatchesEnd(), which binds
    // the most to return. The newest come first straight from the index, so a word most articles hold costs
    // no more than a rare one.
    [[nodiscard]] QString newestArticleMatchesQuery() const;
    [[nodiscard]] QString newestArticleMatchesEnd() const;
    // Rows (id, score) of the articles matching the `anywhere` match bound to the first '?' whose ids a
    // subquery that follows gives (the statement ends in "IN ("); a higher score is a better match, a word in
    // the title weighing more than one in the tags, and that more than one in the body. Scores are integers,
    // so ordering by them is exact.
    [[nodiscard]] QString rankedArticleMatchesQuery() const;

    // Counts the tables of this workspace's schema: no parameters.
    [[nodiscard]] QString countTablesQuery() const;
    // Counts tables with the name bound to one '?' (0 or 1).
    [[nodiscard]] QString tableExistsQuery() const;
    // Brings an identity column's counter past rows inserted with explicit ids (PostgreSQL only).
    [[nodiscard]] QString resyncIdentityStatement(const QString &table) const;

    // How a connection may use the workspace.
    enum class Access {
        ReadWrite,
        // Every write is refused (SQLite's query_only, PostgreSQL's read-only transactions); the connection is
        // otherwise an ordinary one, so SQLite tidies its -wal and -shm files away as usual on closing.
        ReadOnly,
        // The SQLite file or its folder cannot be written: opened read-only (openSqliteFileReadOnly).
        ReadOnlyFile,
    };

    // Connecting. A connection for `name` on this backend's Qt driver.
    [[nodiscard]] QSqlDatabase addConnection(const QString &name) const;
    // Points `db` at the workspace (the SQLite `file`, or the PostgreSQL `server`) and opens it, then sets
    // the session up; false when it did not open (db.lastError() says why).
    bool open(
        QSqlDatabase &db, const QString &file, const PostgresAddress *server, Access access = Access::ReadWrite) const;
    // Opens the SQLite `file` read-only, adding no file beside it: a read-only connection to a WAL database
    // would make -wal and -shm files it cannot remove again. Without a -wal file no connection has the
    // database open in WAL mode and the file is whole, so it is opened as immutable; with one, the
    // connection shares the writer's -wal and -shm files (which the writer tidies away).
    static bool openSqliteFileReadOnly(QSqlDatabase &db, const QString &file);

    // Whether Qt SQL may stream a forward-only result on `db`. QPSQL streams one row at a time, and the next
    // statement on the same connection silently ends the stream: a loop that runs a query per row would
    // lose the rest of its rows without an error. There results are read whole.
    [[nodiscard]] static bool streamsResultsSafely(const QSqlDatabase &db);

    // Change notification. True when the server announces other desks' commits (LISTEN/NOTIFY); otherwise
    // commitCounterQuery() returns a number that changes whenever another connection commits.
    [[nodiscard]] bool announcesCommits() const;
    [[nodiscard]] QString commitCounterQuery() const;

    // Worker locks: a PostgreSQL session-level advisory lock named by a kind (text) and a number, bound as
    // two '?' in that order; the workspace's schema is part of the key, since workspaces may share a
    // database. One query takes it without waiting (a boolean), one counts whether this connection holds
    // it, one lets it go. The server frees such a lock when its connection ends, however it ends, so a
    // crashed or cut-off holder never keeps it. Empty on SQLite, which has no such lock (MailAccountLock
    // locks a file there).
    [[nodiscard]] QString tryLockQuery() const;
    [[nodiscard]] QString heldLockQuery() const;
    [[nodiscard]] QString unlockQuery() const;

    // Customer search. Counts, up to the number bound second, the customers matching fullTextQuery()'s
    // result bound first, where the plan depends on how many match (SQLite); empty elsewhere.
    [[nodiscard]] QString customerMatchCountQuery() const;
    // What a page of customers c joins (`from`, before WHERE) and the condition it adds, for
    // fullTextQuery()'s result bound to one '?'. `manyMatches`: customerMatchCountQuery() reached its
    // limit, so walking the name index in order and stopping at the page's end reads fewer rows than
    // fetching and sorting every match.
    struct CustomerMatch
    {
        QString from;
        QString condition;
    };
    [[nodiscard]] CustomerMatch customerMatch(bool manyMatches) const;
    // PostgreSQL keeps every customer's word beginnings up to this length, in name order (migration 32).
    static constexpr int customerPrefixLength = 3;
    // How a customer search reads those beginnings: `prefixes` holds each typed word's beginning (distinct,
    // the longest first: its rows are walked in name order, the others probed); `longerWords` is
    // fullTextQuery() of the words longer than a beginning, which each row found must match as well (empty
    // when there are none). Nothing where the backend keeps no beginnings, or where a typed word is not one
    // word to PostgreSQL's parser (the word index answers those).
    struct CustomerPrefixSearch
    {
        QStringList prefixes;
        QString longerWords;
    };
    [[nodiscard]] std::optional<CustomerPrefixSearch> customerPrefixSearch(const QString &userText) const;

    // Interaction search: whether words are marked with the last word's completions in the page's documents
    // (interactionHighlightTextQuery()), and whether newestInteractionMatchesQuery() marks its rows.
    [[nodiscard]] bool marksLastWordCompletions() const;
    [[nodiscard]] bool newestMatchesComeMarked() const;

    // KPIs: whether first responses pair each message with its answer by sorting the period's interactions
    // (PostgreSQL, where a probe per message costs more) rather than by one index probe per message (SQLite).
    [[nodiscard]] bool pairsAnswersBySorting() const;

    // Put before a column in a condition that must stay a filter rather than pick another index whose rows
    // would then need sorting (SQLite's unary plus); empty where the planner goes by cost (PostgreSQL).
    [[nodiscard]] QString filterOnlyMarker() const;

    // Empties a table when a workspace is replaced on purpose. The audit table refuses DELETE on a team
    // server; TRUNCATE, which its trigger leaves to whoever may replace the workspace, empties it there.
    [[nodiscard]] QString emptyTableStatement(const QString &table) const;

    // Bulk loading (demo data), in one transaction from the first dropped trigger to the last row. The rows
    // (name, CREATE statement) of secondary indexes a bulk load drops and makes anew, since building an
    // index from sorted rows is far faster than growing it (SQLite); empty elsewhere.
    [[nodiscard]] QString bulkLoadedIndexesQuery() const;
    // Rows (name, CREATE statement) of every index a CREATE INDEX statement made, where a bulk load drops
    // some (SQLite); empty elsewhere.
    [[nodiscard]] QString createdIndexesQuery() const;
    // Run before the load's transaction begins: room to sort index pages in memory.
    [[nodiscard]] QStringList bulkLoadSessionStatements() const;
    // Run first in the load's transaction: the full-text insert triggers dropped.
    [[nodiscard]] QStringList bulkLoadStartStatements() const;
    // One value, true when the full-text insert triggers are all there; empty where the database indexes
    // new rows by itself (PostgreSQL's generated search columns).
    [[nodiscard]] QString searchIndexingWholeQuery() const;
    // Run in a transaction after the indexes are made anew: the full-text indexes emptied and filled from
    // the rows, the missing insert triggers made. How a bulk load ends, and how opening repairs a workspace
    // an interrupted load of an older version left without them.
    [[nodiscard]] QStringList searchIndexRebuildStatements() const;
    // Run last, after the load's transaction ended: the cache as normal.
    [[nodiscard]] QStringList bulkLoadEndStatements() const;
    // Run after a bulk load into `tables` committed: PostgreSQL's planner statistics brought up to date and the
    // new pages marked all-visible. Until autovacuum gets to them (a minute or more later) it plans the new rows
    // as if they were not there (it walks a whole index for a rare search word or sorts an inbox folder), and
    // it reads every table row a covering index already answers (the 90-day KPI counts read 48,000 table pages
    // at 1,000,000 interactions). Empty on SQLite, whose plans the queries pin without statistics.
    [[nodiscard]] QString bulkLoadVacuumStatement(const QStringList &tables) const;

private:
    // highlight() and snippet() of interactions_fts, as the columns marked_subject and snippet.
    [[nodiscard]] static QString sqliteHighlightColumns();
    // `titleOrTagsOnly` restricts the words to articles' title and tags columns.
    [[nodiscard]] QString interactionQuery(const QStringList &words, bool prefixAll, const QStringList *completions,
        bool anyWord = false, bool titleOrTagsOnly = false) const;

    Backend m_backend;
};

} // namespace tandem
