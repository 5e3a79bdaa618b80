// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/EscalationRepository.h"

#include "domain/SlaPolicy.h"
#include "domain/TextFolding.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto selectItems
    = u"SELECT e.id, e.customer_id, e.interaction_id, e.created_by, e.assigned_to, e.state, e.severity, e.category,"
      " e.summary, e.steps_to_reproduce, e.expected, e.actual, e.environment, e.already_tried, e.resolution,"
      " e.customer_explanation, e.created_at, e.claimed_at, e.resolved_at, e.closed_at, e.claim_due_at,"
      " e.resolve_due_at, e.version, e.sla_due_at, c.first_name, c.last_name, creator.display_name,"
      " assignee.display_name"
      " FROM escalations e JOIN customers c ON c.id = e.customer_id"
      " LEFT JOIN agents creator ON creator.id = e.created_by"
      " LEFT JOIN agents assignee ON assignee.id = e.assigned_to "_s;
constexpr int dueColumn = 23;

std::optional<Millis> optionalMillis(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Millis>(value.toLongLong());
}

EscalationListItem itemFrom(const Query &query)
{
    EscalationListItem item;
    Escalation &e = item.escalation;
    e.id = query.value(0).toLongLong();
    e.customerId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        e.interactionId = query.value(2).toLongLong();
    e.createdBy = query.value(3).toLongLong();
    if (!query.value(4).isNull())
        e.assignedTo = query.value(4).toLongLong();
    e.state = fromKey<EscalationState>(query.value(5).toString()).value_or(EscalationState::New);
    e.severity = fromKey<Severity>(query.value(6).toString()).value_or(Severity::S3);
    e.category = fromKey<EscalationCategory>(query.value(7).toString()).value_or(EscalationCategory::Other);
    e.summary = query.value(8).toString();
    e.stepsToReproduce = query.value(9).toString();
    e.expected = query.value(10).toString();
    e.actual = query.value(11).toString();
    e.environment = query.value(12).toString();
    e.alreadyTried = query.value(13).toString();
    e.resolution = query.value(14).toString();
    e.customerExplanation = query.value(15).toString();
    e.createdAt = query.value(16).toLongLong();
    e.claimedAt = optionalMillis(query.value(17));
    e.resolvedAt = optionalMillis(query.value(18));
    e.closedAt = optionalMillis(query.value(19));
    e.claimDueAt = query.value(20).toLongLong();
    e.resolveDueAt = query.value(21).toLongLong();
    e.version = query.value(22).toInt();
    Customer customer;
    customer.firstName = query.value(24).toString();
    customer.lastName = query.value(25).toString();
    item.customerName = customer.displayName();
    item.creatorName = query.value(26).toString();
    item.assigneeName = query.value(27).toString();
    return item;
}

// The WHERE clause of a filter and the values it binds, in order.
struct Condition
{
    QStringList parts;
    QVariantList values;

    [[nodiscard]] QString sql() const { return parts.isEmpty() ? QString() : u"WHERE "_s + parts.join(u" AND "_s); }
};

Condition conditionFor(const EscalationFilter &filter)
{
    Condition condition;
    if (filter.customerId) {
        condition.parts << u"e.customer_id = ?"_s;
        condition.values << *filter.customerId;
    }
    if (filter.assignedTo) {
        condition.parts << u"e.assigned_to = ?"_s;
        condition.values << *filter.assignedTo;
    }
    if (filter.createdBy) {
        condition.parts << u"e.created_by = ?"_s;
        condition.values << *filter.createdBy;
    }
    if (filter.conversationId) {
        condition.parts << u"e.conversation_id = ?"_s;
        condition.values << *filter.conversationId;
    }
    if (filter.unclaimedOnly)
        condition.parts << u"e.assigned_to IS NULL"_s;
    if (filter.category) {
        condition.parts << u"e.category = ?"_s;
        condition.values << keyOf(*filter.category);
    }
    if (filter.severity) {
        condition.parts << u"e.severity = ?"_s;
        condition.values << keyOf(*filter.severity);
    }
    if (const QString typed = filter.search.trimmed(); !typed.isEmpty()) {
        // Both sides folded alike, so "muller" finds "Müller" and "#12" or "12" finds escalation 12.
        QString pattern = foldText(typed);
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        QString number = typed;
        if (number.startsWith(u'#'))
            number.remove(0, 1);
        bool isNumber = false;
        const Id id = number.toLongLong(&isNumber);
        condition.parts << u"(e.id = ? OR e.search_text LIKE ? ESCAPE '\\' OR c.search_text LIKE ? ESCAPE '\\')"_s;
        condition.values << (isNumber ? id : Id(0)) << pattern << pattern;
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (const EscalationState state : filter.states) {
            marks << u"?"_s;
            condition.values << keyOf(state);
        }
        condition.parts << u"e.state IN ("_s + marks.join(u", "_s) + u")"_s;
    }
    return condition;
}

} // namespace

EscalationPage EscalationRepository::page(
    const EscalationFilter &filter, const std::optional<EscalationCursor> &after, int limit) const
{
    Condition condition = conditionFor(filter);
    if (after) {
        condition.parts << u"(e.sla_due_at, e.id) > (?, ?)"_s;
        condition.values << after->dueAt << after->id;
    }
    condition.values << limit + 1;
    Query query(m_workspace.database(), selectItems + condition.sql() + u" ORDER BY e.sla_due_at, e.id LIMIT ?"_s,
        condition.values);

    EscalationPage page;
    Millis lastDue = 0;
    while (query.next()) {
        if (page.items.size() == limit) {
            page.next = EscalationCursor { lastDue, page.items.constLast().escalation.id };
            break;
        }
        page.items.append(itemFrom(query));
        lastDue = query.value(dueColumn).toLongLong();
    }
    return page;
}

qint64 EscalationRepository::count(const EscalationFilter &filter) const
{
    const Condition condition = conditionFor(filter);
    return Query::scalar(m_workspace.database(),
        u"SELECT count(*) FROM escalations e JOIN customers c ON c.id = e.customer_id "_s + condition.sql(),
        condition.values)
        .toLongLong();
}

std::optional<EscalationListItem> EscalationRepository::find(Id id) const
{
    Query query(m_workspace.database(), selectItems + u"WHERE e.id = ?"_s, { id });
    if (!query.next())
        return std::nullopt;
    return itemFrom(query);
}

QString EscalationRepository::searchTextOf(const QString &summary)
{
    return foldText(summary);
}

Id EscalationRepository::insert(const Escalation &e, std::optional<Id> conversationId)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO escalations (customer_id, interaction_id, created_by, assigned_to, state,"
        " severity, category, summary, steps_to_reproduce, expected, actual, environment, already_tried,"
        " resolution, customer_explanation, created_at, claimed_at, resolved_at, closed_at,"
        " claim_due_at, resolve_due_at, sla_due_at, search_text, conversation_id, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s,
        { e.customerId, sql::nullable(e.interactionId), e.createdBy, sql::nullable(e.assignedTo), keyOf(e.state),
            keyOf(e.severity), keyOf(e.category), e.summary, e.stepsToReproduce, e.expected, e.actual, e.environment,
            e.alreadyTried, e.resolution, e.customerExplanation, e.createdAt, sql::nullable(e.claimedAt),
            sql::nullable(e.resolvedAt), sql::nullable(e.closedAt), e.claimDueAt, e.resolveDueAt,
            SlaPolicy::queueDueAt(e), searchTextOf(e.summary), sql::nullable(conversationId) });
}

bool EscalationRepository::update(const Escalation &e, int expectedVersion)
{
    const Query query(m_workspace.database(),
        u"UPDATE escalations SET assigned_to = ?, state = ?, severity = ?, category = ?, summary = ?,"
        " steps_to_reproduce = ?, expected = ?, actual = ?, environment = ?, already_tried = ?, resolution = ?,"
        " customer_explanation = ?, claimed_at = ?, resolved_at = ?, closed_at = ?, claim_due_at = ?,"
        " resolve_due_at = ?, sla_due_at = ?, search_text = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
        { sql::nullable(e.assignedTo), keyOf(e.state), keyOf(e.severity), keyOf(e.category), e.summary,
            e.stepsToReproduce, e.expected, e.actual, e.environment, e.alreadyTried, e.resolution,
            e.customerExplanation, sql::nullable(e.claimedAt), sql::nullable(e.resolvedAt), sql::nullable(e.closedAt),
            e.claimDueAt, e.resolveDueAt, SlaPolicy::queueDueAt(e), searchTextOf(e.summary), e.id, expectedVersion });
    return query.rowsAffected() == 1;
}

std::optional<Id> EscalationRepository::conversationOf(Id escalationId) const
{
    const QVariant id = Query::scalar(
        m_workspace.database(), u"SELECT conversation_id FROM escalations WHERE id = ?"_s, { escalationId });
    return id.isNull() ? std::nullopt : std::optional<Id>(id.toLongLong());
}

bool EscalationRepository::linkConversation(Id escalationId, Id conversationId)
{
    const Query update(m_workspace.database(),
        u"UPDATE escalations SET conversation_id = ? WHERE id = ? AND conversation_id IS NULL"_s,
        { conversationId, escalationId });
    return update.rowsAffected() == 1;
}

Id EscalationRepository::addEvent(const EscalationEvent &event)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO escalation_events (escalation_id, actor_id, action, from_state, to_state, note,"
        " occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        { event.escalationId, sql::nullable(event.actorId), keyOf(event.action),
            event.fromState ? QVariant(keyOf(*event.fromState)) : QVariant(), keyOf(event.toState), event.note,
            event.occurredAt });
}

QList<EscalationEvent> EscalationRepository::events(Id escalationId) const
{
    Query query(m_workspace.database(),
        u"SELECT ev.id, ev.escalation_id, ev.actor_id, a.display_name, ev.action, ev.from_state,"
        " ev.to_state, ev.note, ev.occurred_at FROM escalation_events ev"
        " LEFT JOIN agents a ON a.id = ev.actor_id"
        " WHERE ev.escalation_id = ? ORDER BY ev.occurred_at, ev.id"_s,
        { escalationId });
    QList<EscalationEvent> events;
    while (query.next()) {
        EscalationEvent event;
        event.id = query.value(0).toLongLong();
        event.escalationId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            event.actorId = query.value(2).toLongLong();
        event.actorName = query.value(3).toString();
        event.action = fromKey<EscalationAction>(query.value(4).toString()).value_or(EscalationAction::Escalate);
        if (!query.value(5).isNull())
            event.fromState = fromKey<EscalationState>(query.value(5).toString());
        event.toState = fromKey<EscalationState>(query.value(6).toString()).value_or(EscalationState::New);
        event.note = query.value(7).toString();
        event.occurredAt = query.value(8).toLongLong();
        events.append(event);
    }
    return events;
}

Id EscalationRepository::addAttachment(const EscalationAttachment &attachment)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO escalation_attachments (escalation_id, name, format, content)"
        " VALUES (?, ?, ?, ?)"_s,
        { attachment.escalationId, attachment.name, keyOf(attachment.format), attachment.content });
}

QList<EscalationAttachment> EscalationRepository::attachments(Id escalationId) const
{
    Query query(m_workspace.database(),
        u"SELECT id, escalation_id, name, format, content FROM escalation_attachments"
        " WHERE escalation_id = ? ORDER BY id"_s,
        { escalationId });
    QList<EscalationAttachment> attachments;
    while (query.next()) {
        EscalationAttachment attachment;
        attachment.id = query.value(0).toLongLong();
        attachment.escalationId = query.value(1).toLongLong();
        attachment.name = query.value(2).toString();
        attachment.format = fromKey<BodyFormat>(query.value(3).toString()).value_or(BodyFormat::Plain);
        attachment.content = query.value(4).toString();
        attachments.append(attachment);
    }
    return attachments;
}

void EscalationRepository::linkInteraction(Id escalationId, Id interactionId)
{
    Query::run(m_workspace.database(),
        u"INSERT INTO escalation_interactions (escalation_id, interaction_id) VALUES (?, ?)"
        " ON CONFLICT DO NOTHING"_s,
        { escalationId, interactionId });
}

QList<Id> EscalationRepository::linkedInteractionIds(Id escalationId) const
{
    Query query(m_workspace.database(),
        u"SELECT interaction_id FROM escalation_interactions WHERE escalation_id = ?"
        " ORDER BY interaction_id"_s,
        { escalationId });
    QList<Id> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace tandem
