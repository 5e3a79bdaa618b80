#pragma once

#include <QString>
#include <QStringList>

namespace tandem {

enum class Backend { Sqlite, Postgres };

// The one seam where SQLite and PostgreSQL differ. Everything else is written in the SQL both accept
// (RETURNING, ON CONFLICT, row-value comparisons, BIGINT millisecond timestamps).
class SqlDialect
{
public:
    explicit SqlDialect(Backend backend) : m_backend(backend) {}

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
    // The interactions index has no prefix index, so a prefix needs this many letters; shorter words
    // match whole (a one-letter prefix would expand to much of the vocabulary).
    static constexpr qsizetype minPrefixLength = 3;
    // The words of user text as the search indexes see them (at most 32).
    [[nodiscard]] static QStringList searchWords(const QString &userText);
    // Whether interactionTextQuery() makes the last word a prefix.
    [[nodiscard]] static bool lastWordIsPrefix(const QString &userText);
    // fullTextQuery() for the interactions index. PostgreSQL's index keeps diacritics (it has no
    // unaccent), so each word matches as typed and also folded: "Zoë" finds "Zoë" and "Zoe".
    [[nodiscard]] QString interactionTextQuery(const QString &userText, bool prefixAll) const;
    // The query interactionHighlightsQuery() marks words with. On SQLite a prefix last word is replaced
    // by the whole words it stands for in the documents at hand (`lastWordCompletions`): FTS5 expands a
    // prefix over the whole index on each lookup, which would make marking a page cost more than finding it.
    [[nodiscard]] QString interactionHighlightTextQuery(const QString &userText,
                                                        const QStringList &lastWordCompletions) const;
    // Rows (id, score) of the interactions matching interactionTextQuery()'s result bound to one '?'; a
    // higher score is a better match. Scores are integers, so paging by them is exact.
    [[nodiscard]] QString rankedInteractionMatchesQuery() const;
    // Rows (id, subject, snippet) for `idCount` interactions, the matched words between MarkedText's marks
    // (subject whole, body cut to the best passage). Binds interactionHighlightTextQuery(), then the ids.
    [[nodiscard]] QString interactionHighlightsQuery(int idCount) const;

    // Counts the tables of this workspace's schema: no parameters.
    [[nodiscard]] QString countTablesQuery() const;
    // Counts tables with the name bound to one '?' (0 or 1).
    [[nodiscard]] QString tableExistsQuery() const;
    // Brings an identity column's counter past rows inserted with explicit ids (PostgreSQL only).
    [[nodiscard]] QString resyncIdentityStatement(const QString &table) const;
    // Casefolds and removes diacritics, as the search indexes do, so "zoe" finds "Zoë".
    static QString foldForSearch(const QString &text);

private:
    [[nodiscard]] QString interactionQuery(const QStringList &words, bool prefixAll,
                                           const QStringList *completions) const;

    Backend m_backend;
};

} // namespace tandem
