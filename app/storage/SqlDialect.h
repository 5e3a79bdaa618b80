#pragma once

#include <QString>

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
    // fullTextQuery() for the interactions index, whose words have no prefix index: a prefix needs at
    // least three letters (shorter words match whole). PostgreSQL's index keeps diacritics (it has no
    // unaccent), so each word matches as typed and also folded: "Zoë" finds "Zoë" and "Zoe".
    [[nodiscard]] QString interactionTextQuery(const QString &userText, bool prefixAll) const;
    // Rows (id, score) of the interactions matching interactionTextQuery()'s result bound to one '?'; a
    // higher score is a better match. Scores are integers, so paging by them is exact.
    [[nodiscard]] QString rankedInteractionMatchesQuery() const;
    // Rows (id, subject, snippet) for `idCount` interactions, the matched words between MarkedText's marks
    // (subject whole, body cut to the best passage). Binds the query, then the ids.
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
    Backend m_backend;
};

} // namespace tandem
