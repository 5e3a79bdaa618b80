// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/CustomerRepository.h"

#include "domain/TextFolding.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto selectCustomers = u"SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.company, c.tier,"
                             " c.lifecycle, c.created_at, c.updated_at, c.merged_into, c.sort_name FROM customers c "_s;

Customer customerFrom(const Query &row)
{
    Customer customer;
    customer.id = row.integer(0);
    customer.firstName = row.text(1);
    customer.lastName = row.text(2);
    customer.email = row.text(3);
    customer.phone = row.text(4);
    customer.company = row.text(5);
    customer.tier = fromKey<Tier>(row.text(6)).value_or(Tier::Standard);
    customer.lifecycle = fromKey<Lifecycle>(row.text(7)).value_or(Lifecycle::Customer);
    customer.createdAt = row.integer(8);
    customer.updatedAt = row.integer(9);
    if (!row.isNull(10))
        customer.mergedInto = row.integer(10);
    return customer;
}

} // namespace

QString CustomerRepository::sortNameOf(const Customer &customer)
{
    return customer.displayName().toCaseFolded();
}

QString CustomerRepository::searchTextOf(const Customer &customer)
{
    return foldText(
        QStringList { customer.firstName, customer.lastName, customer.email, customer.company, customer.phone }.join(
            u' '));
}

// How many FTS matches make a search "dense": past this, walking the name index in order and stopping at the
// page's end reads fewer rows than fetching and sorting every match (a one-letter prefix matches a fifth of
// all customers).
constexpr int denseMatchCount = 2000;

CustomerPage CustomerRepository::page(
    const QString &search, const std::optional<CustomerCursor> &after, int limit) const
{
    const SqlDialect &dialect = m_workspace.dialect();
    if (const auto byPrefix = dialect.customerPrefixSearch(search))
        return pageOf(prefixPageQuery(*byPrefix, after, limit), limit);
    const QString match = dialect.fullTextQuery(search, true);
    bool manyMatches = false;
    const QString countMatches = dialect.customerMatchCountQuery();
    if (!countMatches.isEmpty() && !match.isEmpty()) {
        manyMatches = Query::scalar(m_workspace.database(), countMatches, { match, denseMatchCount }).toLongLong()
            >= denseMatchCount;
    }
    const SqlDialect::CustomerMatch matching = dialect.customerMatch(manyMatches);
    QString statement = selectCustomers;
    if (!match.isEmpty())
        statement += matching.from;
    statement += u"WHERE c.merged_into IS NULL"_s;
    if (after)
        statement += u" AND (c.sort_name, c.id) > (?, ?)"_s;
    if (!match.isEmpty())
        statement += u" AND "_s + matching.condition;
    statement += u" ORDER BY c.sort_name, c.id LIMIT ?"_s;

    QVariantList values;
    if (after)
        values << after->sortName << after->id;
    if (!match.isEmpty())
        values.append(match);
    values.append(limit + 1); // one more tells whether another page exists
    return pageOf(SqlStatement(statement, values), limit);
}

// The rows of customer_prefixes p for the longest word's beginning, in name order; the other beginnings
// probed in the same index, and only then the word index for words longer than a beginning.
SqlStatement CustomerRepository::prefixPageQuery(
    const SqlDialect::CustomerPrefixSearch &search, const std::optional<CustomerCursor> &after, int limit) const
{
    SqlStatement statement(selectCustomers
            + u"JOIN customer_prefixes p ON p.customer_id = c.id WHERE p.prefix = ? AND c.merged_into IS NULL"_s,
        { search.prefixes.constFirst() });
    if (after)
        statement.add(u" AND (p.sort_name, p.customer_id) > (?, ?)"_s, { after->sortName, after->id });
    for (qsizetype i = 1; i < search.prefixes.size(); ++i) {
        statement.add(u" AND EXISTS (SELECT 1 FROM customer_prefixes q WHERE q.prefix = ?"
                      " AND q.sort_name = p.sort_name AND q.customer_id = p.customer_id)"_s,
            { search.prefixes.at(i) });
    }
    if (!search.longerWords.isEmpty())
        statement.add(u" AND "_s + m_workspace.dialect().customerMatchCondition(), { search.longerWords });
    statement.add(u" ORDER BY p.sort_name, p.customer_id LIMIT ?"_s, { limit + 1 });
    return statement;
}

CustomerPage CustomerRepository::pageOf(const SqlStatement &statement, int limit) const
{
    Query rows(m_workspace.database(), statement);

    CustomerPage result;
    QString lastSortName;
    while (rows.next()) {
        if (result.customers.size() == limit) {
            const Customer &last = result.customers.constLast();
            result.next = CustomerCursor { lastSortName, last.id };
            break;
        }
        result.customers.append(customerFrom(rows));
        lastSortName = rows.text(11);
    }
    return result;
}

std::optional<Customer> CustomerRepository::find(Id id) const
{
    Query row(m_workspace.database(), selectCustomers + u"WHERE c.id = ?"_s, { id });
    if (!row.next())
        return std::nullopt;
    Customer customer = customerFrom(row);
    Query tags(m_workspace.database(), u"SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"_s, { id });
    while (tags.next())
        customer.tags.append(tags.value(0).toString());
    return customer;
}

std::optional<Customer> CustomerRepository::findByAddress(const QString &address) const
{
    const QString wanted = address.trimmed().toLower();
    if (wanted.isEmpty())
        return std::nullopt;
    const QVariant id = Query::scalar(m_workspace.database(),
        u"SELECT id FROM customers WHERE merged_into IS NULL AND (lower(email) = ? OR phone = ?)"
        " UNION ALL SELECT k.customer_id FROM customer_contacts k JOIN customers c ON c.id = k.customer_id"
        " WHERE c.merged_into IS NULL AND lower(k.value) = ? ORDER BY 1 LIMIT 1"_s,
        { wanted, address.trimmed(), wanted });
    return id.isValid() ? find(id.toLongLong()) : std::nullopt;
}

void CustomerRepository::markFailing(Id customerId, const FailingAddress &failing)
{
    Query::run(m_workspace.database(),
        u"UPDATE customers SET failing_email = ?, failing_email_reason = ?, failing_email_at = ? WHERE id = ?"_s,
        { failing.address.trimmed().toLower(), failing.reason, failing.since, customerId });
}

std::optional<FailingAddress> CustomerRepository::failingEmail(Id customerId) const
{
    Query row(m_workspace.database(),
        u"SELECT failing_email, failing_email_reason, failing_email_at FROM customers"
        " WHERE id = ? AND failing_email <> '' AND failing_email = lower(email)"_s,
        { customerId });
    if (!row.next())
        return std::nullopt;
    return FailingAddress { row.text(0), row.text(1), row.integer(2) };
}

qint64 CustomerRepository::count() const
{
    return Query::scalar(m_workspace.database(), u"SELECT count(*) FROM customers WHERE merged_into IS NULL"_s)
        .toLongLong();
}

Id CustomerRepository::insert(const Customer &customer)
{
    const QSqlDatabase db = m_workspace.database();
    const Id id = Query::insert(db,
        u"INSERT INTO customers (first_name, last_name, sort_name, email, phone, company, search_text,"
        " tier, lifecycle, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { customer.firstName, customer.lastName, sortNameOf(customer), customer.email, customer.phone, customer.company,
            searchTextOf(customer), keyOf(customer.tier), keyOf(customer.lifecycle), customer.createdAt,
            customer.updatedAt });
    for (const QString &tag : customer.tags)
        Query::run(
            db, u"INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, { id, tag });
    return id;
}

} // namespace tandem
