#include "storage/InteractionRepository.h"

#include "storage/Sql.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QString selectInteractions(const QString &bodyExpression)
{
    return u"SELECT i.id, i.customer_id, i.agent_id, a.display_name, i.channel, i.direction, i.kind, i.subject, "_s +
           bodyExpression +
           u", i.body_format, i.occurred_at, i.complaint_cause_id, cc.name, i.amount_cents, i.currency, i.escalation_id"
           " FROM interactions i LEFT JOIN agents a ON a.id = i.agent_id"
           " LEFT JOIN complaint_causes cc ON cc.id = i.complaint_cause_id "_s;
}

Interaction interactionFrom(const QSqlQuery &query)
{
    Interaction interaction;
    interaction.id = query.value(0).toLongLong();
    interaction.customerId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        interaction.agentId = query.value(2).toLongLong();
    interaction.agentName = query.value(3).toString();
    interaction.channel = fromKey<Channel>(query.value(4).toString()).value_or(Channel::Email);
    interaction.direction = fromKey<Direction>(query.value(5).toString()).value_or(Direction::Inbound);
    interaction.kind = fromKey<InteractionKind>(query.value(6).toString()).value_or(InteractionKind::Message);
    interaction.subject = query.value(7).toString();
    interaction.body = query.value(8).toString();
    interaction.bodyFormat = fromKey<BodyFormat>(query.value(9).toString()).value_or(BodyFormat::Plain);
    interaction.occurredAt = query.value(10).toLongLong();
    if (!query.value(11).isNull())
        interaction.complaintCauseId = query.value(11).toLongLong();
    interaction.complaintCause = query.value(12).toString();
    if (!query.value(13).isNull())
        interaction.amountCents = query.value(13).toLongLong();
    interaction.currency = query.value(14).toString();
    if (!query.value(15).isNull())
        interaction.escalationId = query.value(15).toLongLong();
    return interaction;
}

} // namespace

InteractionPage InteractionRepository::pageForCustomer(Id customerId, const std::optional<TimelineCursor> &after,
                                                       int limit) const
{
    QString statement = selectInteractions(u"substr(i.body, 1, %1)"_s.arg(previewLength)) + u"WHERE i.customer_id = ?"_s;
    if (after)
        statement += u" AND (i.occurred_at, i.id) < (?, ?)"_s;
    statement += u" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"_s;
    QSqlQuery query = sql::prepare(m_workspace.database(), statement);
    int index = 0;
    query.bindValue(index++, customerId);
    if (after) {
        query.bindValue(index++, after->occurredAt);
        query.bindValue(index++, after->id);
    }
    query.bindValue(index, limit + 1);
    sql::run(query);

    InteractionPage page;
    while (query.next()) {
        if (page.interactions.size() == limit) {
            const Interaction &last = page.interactions.constLast();
            page.next = TimelineCursor{last.occurredAt, last.id};
            break;
        }
        page.interactions.append(interactionFrom(query));
    }
    return page;
}

std::optional<Interaction> InteractionRepository::find(Id id) const
{
    QSqlQuery query = sql::run(m_workspace.database(), selectInteractions(u"i.body"_s) + u"WHERE i.id = ?"_s, {id});
    if (!query.next())
        return std::nullopt;
    return interactionFrom(query);
}

qint64 InteractionRepository::countForCustomer(Id customerId) const
{
    return sql::scalar(m_workspace.database(), u"SELECT count(*) FROM interactions WHERE customer_id = ?"_s, {customerId})
        .toLongLong();
}

Id InteractionRepository::insert(const Interaction &interaction, Millis createdAt)
{
    return sql::scalar(m_workspace.database(),
                       u"INSERT INTO interactions (customer_id, agent_id, channel, direction, kind, subject, body,"
                       " body_format, occurred_at, created_at, complaint_cause_id, amount_cents, currency, escalation_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {interaction.customerId, sql::nullable(interaction.agentId), keyOf(interaction.channel),
                        keyOf(interaction.direction), keyOf(interaction.kind), interaction.subject, interaction.body,
                        keyOf(interaction.bodyFormat), interaction.occurredAt, createdAt,
                        sql::nullable(interaction.complaintCauseId), sql::nullable(interaction.amountCents),
                        interaction.currency.isEmpty() ? QVariant() : QVariant(interaction.currency),
                        sql::nullable(interaction.escalationId)})
        .toLongLong();
}

} // namespace tandem
