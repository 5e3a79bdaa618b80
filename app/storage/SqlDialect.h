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

private:
    Backend m_backend;
};

} // namespace tandem
