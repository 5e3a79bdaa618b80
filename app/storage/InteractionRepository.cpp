// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/InteractionRepository.h"

#include "storage/Query.h"
#include "storage/SqlStatement.h"
#include "storage/Workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QString selectInteractions(const QString &bodyExpression)
{
    return u"SELECT i.id, i.customer_id, i.agent_id, a.display_name, i.channel, i.direction, i.kind, i.subject, "_s
        + bodyExpression
        + u", i.body_format, i.occurred_at, i.complaint_cause_id, cc.name, i.amount_cents, i.currency, i.escalation_id,"
          " i.created_at, i.corrects_id, i.superseded_by FROM interactions i LEFT JOIN agents a ON a.id = i.agent_id"
          " LEFT JOIN complaint_causes cc ON cc.id = i.complaint_cause_id "_s;
}

Interaction interactionFrom(const Query &row)
{
    Interaction interaction;
    interaction.id = row.integer(0);
    interaction.customerId = row.integer(1);
    if (!row.isNull(2))
        interaction.agentId = row.integer(2);
    interaction.agentName = row.text(3);
    interaction.channel = fromKey<Channel>(row.text(4)).value_or(Channel::Email);
    interaction.direction = fromKey<Direction>(row.text(5)).value_or(Direction::Inbound);
    interaction.kind = fromKey<InteractionKind>(row.text(6)).value_or(InteractionKind::Message);
    interaction.subject = row.text(7);
    interaction.body = row.text(8);
    interaction.bodyFormat = fromKey<BodyFormat>(row.text(9)).value_or(BodyFormat::Plain);
    interaction.occurredAt = row.integer(10);
    if (!row.isNull(11))
        interaction.complaintCauseId = row.integer(11);
    interaction.complaintCause = row.text(12);
    if (!row.isNull(13))
        interaction.amountCents = row.integer(13);
    interaction.currency = row.text(14);
    if (!row.isNull(15))
        interaction.escalationId = row.integer(15);
    interaction.createdAt = row.integer(16);
    if (!row.isNull(17))
        interaction.correctsId = row.integer(17);
    if (!row.isNull(18))
        interaction.supersededBy = row.integer(18);
    return interaction;
}

} // namespace

namespace {

// Appends the filter's conditions to `statement` and their values to `values`.
void applyFilter(const TimelineFilter &filter, const SqlDialect &dialect, QString &statement, QVariantList &values)
{
    const auto inList = [&](const QString &column, const QStringList &keys) {
        if (keys.isEmpty())
            return;
        statement += u" AND "_s + column + u" IN ("_s;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            statement += i == 0 ? u"?"_s : u", ?"_s;
            values.append(keys.at(i));
        }
        statement += u")"_s;
    };
    QStringList channels;
    for (const Channel channel : filter.channels)
        channels.append(keyOf(channel));
    QStringList kinds;
    for (const InteractionKind kind : filter.kinds)
        kinds.append(keyOf(kind));
    inList(u"i.channel"_s, channels);
    inList(u"i.kind"_s, kinds);
    // Interaction text keeps its accents in the PostgreSQL index; this query finds both spellings.
    const QString match = dialect.interactionTextQuery(filter.text, true);
    if (!match.isEmpty()) {
        statement += u" AND "_s + dialect.interactionMatchCondition();
        values.append(match);
    }
}

} // namespace

InteractionPage InteractionRepository::pageForCustomer(
    Id customerId, const TimelineFilter &filter, const std::optional<TimelineCursor> &after, int limit) const
{
    QString statement
        = selectInteractions(u"substr(i.body, 1, %1)"_s.arg(previewLength)) + u"WHERE i.customer_id = ?"_s;
    QVariantList values { customerId };
    if (after) {
        statement += u" AND (i.occurred_at, i.id) < (?, ?)"_s;
        values << after->occurredAt << after->id;
    }
    applyFilter(filter, m_workspace.dialect(), statement, values);
    statement += u" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"_s;
    values.append(limit + 1); // one more tells whether another page exists
    Query rows(m_workspace.database(), statement, values);

    InteractionPage page;
    while (rows.next()) {
        if (page.interactions.size() == limit) {
            const Interaction &last = page.interactions.constLast();
            page.next = TimelineCursor { last.occurredAt, last.id };
            break;
        }
        page.interactions.append(interactionFrom(rows));
    }
    return page;
}

QList<Interaction> InteractionRepository::storedSince(
    Id customerId, const TimelineFilter &filter, Millis createdSince, int limit) const
{
    QString statement = selectInteractions(u"substr(i.body, 1, %1)"_s.arg(previewLength))
        + u"WHERE i.customer_id = ? AND i.created_at >= ?"_s;
    QVariantList values { customerId, createdSince };
    applyFilter(filter, m_workspace.dialect(), statement, values);
    statement += u" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"_s;
    values.append(limit);
    Query rows(m_workspace.database(), statement, values);
    QList<Interaction> interactions;
    while (rows.next())
        interactions.append(interactionFrom(rows));
    return interactions;
}

std::optional<Interaction> InteractionRepository::find(Id id) const
{
    Query row(m_workspace.database(), selectInteractions(u"i.body"_s) + u"WHERE i.id = ?"_s, { id });
    if (!row.next())
        return std::nullopt;
    return interactionFrom(row);
}

QList<Interaction> InteractionRepository::inConversation(Id conversationId, int limit) const
{
    Query rows(m_workspace.database(),
        selectInteractions(u"i.body"_s)
            + u"WHERE i.conversation_id = ? ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?"_s,
        { conversationId, limit });
    QList<Interaction> interactions;
    while (rows.next()) {
        interactions.append(interactionFrom(rows));
        interactions.last().conversationId = conversationId;
    }
    std::reverse(interactions.begin(), interactions.end());
    return interactions;
}

qint64 InteractionRepository::countForCustomer(Id customerId, const TimelineFilter &filter) const
{
    QString statement = u"SELECT count(*) FROM interactions i WHERE i.customer_id = ?"_s;
    QVariantList values { customerId };
    applyFilter(filter, m_workspace.dialect(), statement, values);
    return Query::scalar(m_workspace.database(), statement, values).toLongLong();
}

Id InteractionRepository::insert(const Interaction &interaction, Millis createdAt)
{
    // The conversation column is named only when there is one, so workspaces kept at an older schema
    // (migration tests) take entries as before.
    const QString conversation = interaction.conversationId ? u", conversation_id"_s : QString();
    QVariantList values { interaction.customerId, sql::nullable(interaction.agentId), keyOf(interaction.channel),
        keyOf(interaction.direction), keyOf(interaction.kind), interaction.subject, interaction.body,
        keyOf(interaction.bodyFormat), interaction.occurredAt, createdAt, sql::nullable(interaction.complaintCauseId),
        sql::nullable(interaction.amountCents),
        interaction.currency.isEmpty() ? QVariant() : QVariant(interaction.currency),
        sql::nullable(interaction.escalationId), sql::nullable(interaction.correctsId) };
    if (interaction.conversationId)
        values.append(*interaction.conversationId);
    return Query::insert(m_workspace.database(),
        u"INSERT INTO interactions (customer_id, agent_id, channel, direction, kind, subject, body,"
        " body_format, occurred_at, created_at, complaint_cause_id, amount_cents, currency, escalation_id,"
        " corrects_id%1) VALUES (%2)"_s.arg(conversation, SqlStatement::placeholders(values.size())),
        values);
}

bool InteractionRepository::markSuperseded(Id id, Id correctionId)
{
    Query update(m_workspace.database(),
        u"UPDATE interactions SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL"_s, { correctionId, id });
    return update.rowsAffected() == 1;
}

void InteractionRepository::copySurveyResponses(Id fromInteractionId, Id toInteractionId)
{
    Query::run(m_workspace.database(),
        u"INSERT INTO survey_responses (customer_id, interaction_id, kind, score, comment, answered_at)"
        " SELECT customer_id, ?, kind, score, comment, answered_at FROM survey_responses"
        " WHERE interaction_id = ? ORDER BY id"_s,
        { toInteractionId, fromInteractionId });
}

Id InteractionRepository::insertSurveyResponse(const SurveyResponse &response)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO survey_responses (customer_id, interaction_id, kind, score, comment, answered_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        { response.customerId, sql::nullable(response.interactionId), keyOf(response.kind), response.score,
            response.comment, response.answeredAt });
}

QList<std::pair<Id, QString>> InteractionRepository::complaintCauses() const
{
    Query query(m_workspace.database(), u"SELECT id, name FROM complaint_causes WHERE active = 1 ORDER BY name"_s);
    QList<std::pair<Id, QString>> causes;
    while (query.next())
        causes.append({ query.value(0).toLongLong(), query.value(1).toString() });
    return causes;
}

std::optional<Id> InteractionRepository::findComplaintCause(const QString &name) const
{
    const QVariant id
        = Query::scalar(m_workspace.database(), u"SELECT id FROM complaint_causes WHERE name = ?"_s, { name });
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

Id InteractionRepository::addComplaintCause(const QString &name)
{
    return Query::insert(m_workspace.database(), u"INSERT INTO complaint_causes (name) VALUES (?)"_s, { name });
}

} // namespace tandem
