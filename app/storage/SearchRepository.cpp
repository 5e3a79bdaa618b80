#include "storage/SearchRepository.h"

#include "domain/MarkedText.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto selectHit = u"SELECT i.id, i.customer_id, c.first_name, c.last_name, i.kind, i.channel, i.direction,"
                       " i.occurred_at, i.subject, "_s;

SearchHit hitFrom(const QSqlQuery &query)
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
    return hit;
}

} // namespace

bool SearchRepository::isSearchable(const QString &text) const
{
    return !m_workspace.dialect().interactionTextQuery(text, false).isEmpty();
}

SearchPage SearchRepository::search(const QString &text, SearchOrder order, const std::optional<SearchCursor> &after,
                                    int limit) const
{
    const SqlDialect &dialect = m_workspace.dialect();
    const QString match = dialect.interactionTextQuery(text, false);
    if (match.isEmpty() || limit < 1)
        return {};

    QString statement;
    if (order == SearchOrder::Newest) {
        statement = selectHit + u"0 FROM interactions i JOIN customers c ON c.id = i.customer_id WHERE "_s +
                    dialect.interactionMatchCondition();
        if (after)
            statement += u" AND (i.occurred_at, i.id) < (?, ?)"_s;
        statement += u" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"_s;
    } else {
        statement = selectHit + u"m.score FROM ("_s + dialect.rankedInteractionMatchesQuery() +
                    u") m JOIN interactions i ON i.id = m.id JOIN customers c ON c.id = i.customer_id"_s;
        if (after)
            statement += u" WHERE (m.score, i.id) < (?, ?)"_s;
        statement += u" ORDER BY m.score DESC, i.id DESC LIMIT ?"_s;
    }
    QSqlQuery query = sql::prepare(m_workspace.database(), statement);
    int index = 0;
    query.bindValue(index++, match);
    if (after) {
        query.bindValue(index++, after->key);
        query.bindValue(index++, after->id);
    }
    query.bindValue(index, limit + 1); // one more tells whether another page exists
    sql::run(query);

    SearchPage page;
    while (query.next()) {
        if (page.hits.size() == limit) {
            const SearchHit &last = page.hits.constLast();
            page.next = SearchCursor{order == SearchOrder::Newest ? last.occurredAt : last.score, last.interactionId};
            break;
        }
        page.hits.append(hitFrom(query));
    }
    addHighlights(match, page.hits);
    return page;
}

// Snippets are made for the page's hits only: the matching is cheap, cutting passages out of bodies is not.
void SearchRepository::addHighlights(const QString &match, QList<SearchHit> &hits) const
{
    if (hits.isEmpty())
        return;
    QSqlQuery query =
        sql::prepare(m_workspace.database(), m_workspace.dialect().interactionHighlightsQuery(int(hits.size())));
    int index = 0;
    query.bindValue(index++, match);
    QHash<Id, qsizetype> rowOf;
    for (qsizetype row = 0; row < hits.size(); ++row) {
        query.bindValue(index++, hits.at(row).interactionId);
        rowOf.insert(hits.at(row).interactionId, row);
    }
    sql::run(query);
    while (query.next()) {
        const auto row = rowOf.constFind(query.value(0).toLongLong());
        if (row == rowOf.cend())
            continue;
        SearchHit &hit = hits[*row];
        hit.markedSubject = MarkedText::oneLine(query.value(1).toString());
        hit.snippet = MarkedText::oneLine(query.value(2).toString());
    }
    for (SearchHit &hit : hits) {
        if (hit.markedSubject.isEmpty())
            hit.markedSubject = MarkedText::oneLine(hit.subject);
    }
}

} // namespace tandem
