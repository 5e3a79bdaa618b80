// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/RecordsRepository.h"

#include "domain/QaRubric.h"
#include "storage/Query.h"
#include "storage/SqlStatement.h"
#include "storage/Workspace.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

template<typename E> QVariantList keysOf(const QList<E> &values)
{
    QVariantList keys;
    for (const E value : values)
        keys.append(keyOf(value));
    return keys;
}

bool includesInteractions(const RecordsFilter &filter)
{
    return filter.recordType != RecordType::Escalation && !filter.sla;
}

bool includesEscalations(const RecordsFilter &filter)
{
    if (filter.recordType == RecordType::Interaction)
        return false;
    if (filter.direction || filter.complaintCauseId || filter.surveyKind || filter.reviewedOnly)
        return false;
    return filter.kinds.isEmpty() || filter.kinds.contains(InteractionKind::Escalation);
}

const auto metCondition = u"(e.claimed_at IS NOT NULL AND e.claimed_at <= e.claim_due_at AND e.resolved_at IS NOT NULL"
                          " AND e.resolved_at <= e.resolve_due_at)"_s;

// Late for the claim or the resolution, or still open past either due time.
void addBreachedCondition(SqlStatement &statement, Millis now)
{
    statement.add(u"(e.claimed_at > e.claim_due_at OR (e.claimed_at IS NULL AND e.claim_due_at < ?)"
                  " OR e.resolved_at > e.resolve_due_at OR (e.resolved_at IS NULL AND e.resolve_due_at < ?))"_s,
        { now, now });
}

// Which records one query reads: all of them in time order, all of them grouped by customer, or one
// agent's group of the agent sort (interactions of that agent, or of nobody; escalations they created).
struct Reading
{
    QString
        filterOnly; // SqlDialect::filterOnlyMarker() when reading a page in index order: see addInteractionConditions
    bool byCustomer = false;
    bool agentGroup = false;
    std::optional<Id> agentId; // in an agent group: none for the records of nobody
};

// A page is read in the order of an index (time, or customers by name); a kind, a role or (in the customer
// sort) an agent must not tempt SQLite into another index whose rows it would then have to sort, which costs
// seconds over a million rows. SQLite's unary plus keeps such a condition a filter; PostgreSQL plans by cost
// (and has no unary plus on text). Counting uses the indexes as usual.
void addInteractionConditions(SqlStatement &statement, const RecordsFilter &filter, const Reading &reading = {})
{
    const QString &asFilter = reading.filterOnly;
    // Records are reviewed and counted as they stand now: a corrected entry through its correction, as the
    // KPIs count it.
    statement.add(u" WHERE i.superseded_by IS NULL"_s);
    if (filter.agentId) {
        statement.add(
            u" AND "_s + (reading.byCustomer ? asFilter : QString()) + u"i.agent_id = ?"_s, { *filter.agentId });
    }
    if (filter.role) {
        statement.add(
            u" AND "_s + asFilter + u"i.agent_id IN (SELECT id FROM agents WHERE role = ?)"_s, { keyOf(*filter.role) });
    }
    if (!filter.channels.isEmpty()) {
        statement.add(u" AND i.channel IN ("_s + SqlStatement::placeholders(filter.channels.size()) + u")"_s,
            keysOf(filter.channels));
    }
    if (!filter.kinds.isEmpty()) {
        statement.add(
            u" AND "_s + asFilter + u"i.kind IN ("_s + SqlStatement::placeholders(filter.kinds.size()) + u")"_s,
            keysOf(filter.kinds));
    }
    if (filter.direction)
        statement.add(u" AND i.direction = ?"_s, { keyOf(*filter.direction) });
    if (filter.customerId)
        statement.add(u" AND i.customer_id = ?"_s, { *filter.customerId });
    if (filter.from)
        statement.add(u" AND i.occurred_at >= ?"_s, { *filter.from });
    if (filter.to)
        statement.add(u" AND i.occurred_at < ?"_s, { *filter.to });
    if (filter.complaintCauseId)
        statement.add(u" AND i.complaint_cause_id = ?"_s, { *filter.complaintCauseId });
    if (filter.surveyKind) {
        statement.add(u" AND EXISTS (SELECT 1 FROM survey_responses s WHERE s.interaction_id = i.id AND s.kind = ?)"_s,
            { keyOf(*filter.surveyKind) });
    }
    if (filter.reviewedOnly)
        statement.add(u" AND EXISTS (SELECT 1 FROM qa_reviews q WHERE q.interaction_id = i.id)"_s);
    if (reading.agentGroup) {
        if (reading.agentId)
            statement.add(u" AND i.agent_id = ?"_s, { *reading.agentId });
        else
            statement.add(u" AND i.agent_id IS NULL"_s);
    }
}

void addEscalationConditions(
    SqlStatement &statement, const RecordsFilter &filter, Millis now, const Reading &reading = {})
{
    statement.add(u" WHERE 1 = 1"_s);
    if (filter.agentId)
        statement.add(u" AND (e.created_by = ? OR e.assigned_to = ?)"_s, { *filter.agentId, *filter.agentId });
    if (filter.role) {
        statement.add(u" AND (e.created_by IN (SELECT id FROM agents WHERE role = ?)"
                      " OR e.assigned_to IN (SELECT id FROM agents WHERE role = ?))"_s,
            { keyOf(*filter.role), keyOf(*filter.role) });
    }
    if (!filter.channels.isEmpty()) {
        statement.add(u" AND src.channel IN ("_s + SqlStatement::placeholders(filter.channels.size()) + u")"_s,
            keysOf(filter.channels));
    }
    if (filter.customerId)
        statement.add(u" AND e.customer_id = ?"_s, { *filter.customerId });
    if (filter.from)
        statement.add(u" AND e.created_at >= ?"_s, { *filter.from });
    if (filter.to)
        statement.add(u" AND e.created_at < ?"_s, { *filter.to });
    if (filter.sla == SlaOutcome::Met) {
        statement.add(u" AND "_s + metCondition);
    } else if (filter.sla == SlaOutcome::Breached) {
        statement.add(u" AND "_s);
        addBreachedCondition(statement, now);
    }
    if (reading.agentGroup && reading.agentId)
        statement.add(u" AND e.created_by = ?"_s, { *reading.agentId });
}

// Rows of one branch (a constant record type) that follow the cursor in the order (customer, time, type,
// id), all descending or all ascending. The type is a constant here, so the time part becomes a plain
// range the (time, id) indexes answer, and the customer part a range over customers in name order.
void addCursorCondition(SqlStatement &statement, const RecordsQuery &query, const Reading &reading, RecordType type,
    const QString &timeColumn, const QString &idColumn)
{
    if (!query.after)
        return;
    const RecordsCursor &after = *query.after;
    const bool descending = query.sort.descending;
    const QString beyond = descending ? u"<"_s : u">"_s;
    SqlStatement time;
    if (type == after.type) {
        time.add(u"("_s + timeColumn + u", "_s + idColumn + u") "_s + beyond + u" (?, ?)"_s, { after.at, after.id });
    } else {
        // Same time, other type: it comes after the cursor when its type sorts after the cursor's.
        const bool typeFollows = descending ? type < after.type : type > after.type;
        time.add(timeColumn + u" "_s + beyond + (typeFollows ? u"= ?"_s : u" ?"_s), { after.at });
    }
    if (!reading.byCustomer) {
        statement.add(u" AND "_s);
        statement.add(time);
        return;
    }
    statement.add(
        u" AND (c.sort_name, c.id) "_s + beyond + u"= (?, ?) AND ((c.sort_name, c.id) "_s + beyond + u" (?, ?) OR "_s,
        { after.sortText, after.group, after.sortText, after.group });
    statement.add(time);
    statement.add(u")"_s);
}

QString direction(const RecordsSort &sort)
{
    return sort.descending ? u" DESC"_s : u" ASC"_s;
}

// The customer sort reads customers in name order and each one's records: customers drive the join.
QString customerSortSource(const QString &records)
{
    return u" FROM customers c CROSS JOIN "_s + records;
}

SqlStatement interactionBranch(const RecordsQuery &query, const Reading &reading)
{
    SqlStatement statement;
    statement.add(u"SELECT 0 AS record_type, i.id AS id, i.occurred_at AS at, i.customer_id AS customer_id,"
                  " c.first_name AS first_name, c.last_name AS last_name, i.agent_id AS agent_id,"
                  " a.display_name AS agent_name, a.role AS agent_role, '' AS assignee_name, i.channel AS channel,"
                  " i.direction AS direction, i.kind AS kind, i.subject AS subject, "_s
        + (query.withBody ? u"i.body"_s : u"''"_s)
        + u" AS body, cc.name AS cause, i.id AS interaction_id, '' AS state, '' AS severity, 0 AS sla, "_s
        + (reading.byCustomer ? u"c.sort_name AS sort_text, c.id AS sort_group"_s
                              : u"'' AS sort_text, 0 AS sort_group"_s)
        + (reading.byCustomer ? customerSortSource(u"interactions i"_s)
                              : u" FROM interactions i JOIN customers c ON c.id = i.customer_id"_s)
        + u" LEFT JOIN agents a ON a.id = i.agent_id LEFT JOIN complaint_causes cc ON cc.id = i.complaint_cause_id"_s);
    addInteractionConditions(statement, query.filter, reading);
    if (reading.byCustomer)
        statement.add(u" AND i.customer_id = c.id"_s);
    addCursorCondition(statement, query, reading, RecordType::Interaction, u"i.occurred_at"_s, u"i.id"_s);
    const QString dir = direction(query.sort);
    statement.add(u" ORDER BY "_s
            + (reading.byCustomer ? u"c.sort_name"_s + dir + u", c.id"_s + dir + u", "_s : QString())
            + u"i.occurred_at"_s + dir + u", i.id"_s + dir + u" LIMIT ?"_s,
        { query.limit + 1 });
    return statement;
}

SqlStatement escalationBranch(const RecordsQuery &query, const Reading &reading)
{
    SqlStatement statement;
    statement.add(
        u"SELECT 1 AS record_type, e.id AS id, e.created_at AS at, e.customer_id AS customer_id,"
        " c.first_name AS first_name, c.last_name AS last_name, e.created_by AS agent_id,"
        " a.display_name AS agent_name, a.role AS agent_role, COALESCE(asg.display_name, '') AS assignee_name,"
        " COALESCE(src.channel, '') AS channel, '' AS direction, 'escalation' AS kind, e.summary AS subject, "_s
        + (query.withBody ? u"e.resolution"_s : u"''"_s)
        + u" AS body, '' AS cause, e.interaction_id AS interaction_id, e.state AS state, e.severity AS severity,"
          " CASE WHEN "_s
        + metCondition + u" THEN 1 WHEN "_s);
    addBreachedCondition(statement, query.now);
    statement.add(u" THEN 2 ELSE 0 END AS sla, "_s
        + (reading.byCustomer ? u"c.sort_name AS sort_text, c.id AS sort_group"_s
                              : u"'' AS sort_text, 0 AS sort_group"_s)
        + (reading.byCustomer ? customerSortSource(u"escalations e"_s)
                              : u" FROM escalations e JOIN customers c ON c.id = e.customer_id"_s)
        + u" LEFT JOIN agents a ON a.id = e.created_by LEFT JOIN agents asg ON asg.id = e.assigned_to"
          " LEFT JOIN interactions src ON src.id = e.interaction_id"_s);
    addEscalationConditions(statement, query.filter, query.now, reading);
    if (reading.byCustomer)
        statement.add(u" AND e.customer_id = c.id"_s);
    addCursorCondition(statement, query, reading, RecordType::Escalation, u"e.created_at"_s, u"e.id"_s);
    const QString dir = direction(query.sort);
    statement.add(u" ORDER BY "_s
            + (reading.byCustomer ? u"c.sort_name"_s + dir + u", c.id"_s + dir + u", "_s : QString())
            + u"e.created_at"_s + dir + u", e.id"_s + dir + u" LIMIT ?"_s,
        { query.limit + 1 });
    return statement;
}

RecordRow rowFrom(const Query &query)
{
    RecordRow row;
    row.type = query.value(0).toInt() == 1 ? RecordType::Escalation : RecordType::Interaction;
    row.id = query.value(1).toLongLong();
    row.at = query.value(2).toLongLong();
    row.customerId = query.value(3).toLongLong();
    Customer customer;
    customer.firstName = query.value(4).toString();
    customer.lastName = query.value(5).toString();
    row.customerName = customer.displayName();
    if (!query.value(6).isNull())
        row.agentId = query.value(6).toLongLong();
    row.agentName = query.value(7).toString();
    row.agentRole = fromKey<Role>(query.value(8).toString());
    row.assigneeName = query.value(9).toString();
    row.channel = fromKey<Channel>(query.value(10).toString());
    row.direction = fromKey<Direction>(query.value(11).toString());
    row.kind = fromKey<InteractionKind>(query.value(12).toString()).value_or(InteractionKind::Message);
    row.subject = query.value(13).toString();
    row.body = query.value(14).toString();
    row.complaintCause = query.value(15).toString();
    if (!query.value(16).isNull())
        row.interactionId = query.value(16).toLongLong();
    row.state = fromKey<EscalationState>(query.value(17).toString());
    row.severity = fromKey<Severity>(query.value(18).toString());
    const int sla = query.value(19).toInt();
    if (sla == 1)
        row.sla = SlaOutcome::Met;
    else if (sla == 2)
        row.sla = SlaOutcome::Breached;
    row.sortText = query.value(20).toString();
    row.sortGroup = query.value(21).toLongLong();
    return row;
}

// Up to limit + 1 rows of one reading, so the caller knows whether more follow.
QList<RecordRow> readRows(const QSqlDatabase &db, const RecordsQuery &query, const Reading &reading)
{
    const bool interactions = includesInteractions(query.filter);
    // The records of nobody are interactions only: every escalation has its creator.
    const bool escalations = includesEscalations(query.filter) && !(reading.agentGroup && !reading.agentId);
    if (!interactions && !escalations)
        return {};
    const QString dir = direction(query.sort);
    const QString order = u" ORDER BY "_s
        + (reading.byCustomer ? u"sort_text"_s + dir + u", sort_group"_s + dir + u", "_s : QString()) + u"at"_s + dir
        + u", record_type"_s + dir + u", id"_s + dir;
    SqlStatement statement;
    if (interactions && escalations) {
        statement.add(u"SELECT * FROM ("_s);
        statement.add(interactionBranch(query, reading));
        statement.add(u") ri UNION ALL SELECT * FROM ("_s);
        statement.add(escalationBranch(query, reading));
        statement.add(u") re"_s + order + u" LIMIT ?"_s, { query.limit + 1 });
    } else {
        statement = interactions ? interactionBranch(query, reading) : escalationBranch(query, reading);
    }
    QList<RecordRow> rows;
    Query result(db, statement);
    while (result.next())
        rows.append(rowFrom(result));
    return rows;
}

struct AgentGroup
{
    std::optional<Id> agentId; // none: the records of nobody
    QString sortText;
};

// The agent sort's groups in order: nobody's records, then each agent by name (then id).
QList<AgentGroup> agentGroups(const QSqlDatabase &db, bool descending)
{
    QList<AgentGroup> groups;
    Query agents(db, u"SELECT id, display_name FROM agents"_s);
    while (agents.next())
        groups.append({ agents.value(0).toLongLong(), agents.value(1).toString().toCaseFolded() });
    std::sort(groups.begin(), groups.end(), [](const AgentGroup &a, const AgentGroup &b) {
        return std::pair(a.sortText, *a.agentId) < std::pair(b.sortText, *b.agentId);
    });
    groups.prepend({ std::nullopt, QString() });
    if (descending)
        std::reverse(groups.begin(), groups.end());
    return groups;
}

} // namespace

RecordsPage RecordsRepository::page(const RecordsQuery &query) const
{
    RecordsPage page;
    const QSqlDatabase db = m_workspace.database();
    const auto cursorAfter
        = [](const RecordRow &row) { return RecordsCursor { row.sortText, row.sortGroup, row.at, row.type, row.id }; };
    if (query.sort.key != RecordsSortKey::Agent) {
        Reading reading;
        reading.filterOnly = m_workspace.dialect().filterOnlyMarker();
        reading.byCustomer = query.sort.key == RecordsSortKey::Customer;
        page.rows = readRows(db, query, reading);
        if (page.rows.size() > query.limit) {
            page.rows.resize(query.limit);
            page.next = cursorAfter(page.rows.constLast());
        }
    } else {
        const QList<AgentGroup> groups = agentGroups(db, query.sort.descending);
        qsizetype first = 0;
        if (query.after) {
            for (qsizetype i = 0; i < groups.size(); ++i) {
                if (groups.at(i).agentId.value_or(0) == query.after->group)
                    first = i;
            }
        }
        for (qsizetype i = first; i < groups.size(); ++i) {
            const AgentGroup &group = groups.at(i);
            RecordsQuery part = query;
            part.limit = query.limit - int(page.rows.size());
            if (i != first)
                part.after.reset();
            Reading reading;
            reading.filterOnly = m_workspace.dialect().filterOnlyMarker();
            reading.agentGroup = true;
            reading.agentId = group.agentId;
            QList<RecordRow> rows = readRows(db, part, reading);
            for (RecordRow &row : rows) {
                row.sortText = group.sortText;
                row.sortGroup = group.agentId.value_or(0);
            }
            const bool more = rows.size() > part.limit;
            page.rows += rows.mid(0, part.limit);
            if (more) {
                page.next = cursorAfter(page.rows.constLast());
                break;
            }
        }
    }

    QVariantList reviewed;
    for (const RecordRow &row : std::as_const(page.rows)) {
        if (row.type == RecordType::Interaction)
            reviewed.append(row.id);
    }
    if (!reviewed.isEmpty()) {
        SqlStatement reviews;
        reviews.add(u"SELECT interaction_id, listen + empathize + apologize + solve + thank + accuracy + tone"
                    " FROM qa_reviews WHERE interaction_id IN ("_s
                + SqlStatement::placeholders(reviewed.size()) + u") ORDER BY id"_s,
            reviewed);
        Query scores(db, reviews);
        QHash<Id, double> newest;
        while (scores.next())
            newest.insert(scores.value(0).toLongLong(), scores.value(1).toDouble() / QaRubric::criterionCount);
        for (RecordRow &row : page.rows) {
            if (row.type == RecordType::Interaction && newest.contains(row.id))
                row.qaAverage = newest.value(row.id);
        }
    }
    return page;
}

qint64 RecordsRepository::count(const RecordsFilter &filter, Millis now) const
{
    const QSqlDatabase db = m_workspace.database();
    qint64 total = 0;
    if (includesInteractions(filter)) {
        SqlStatement statement;
        statement.add(u"SELECT count(*) FROM interactions i"_s);
        addInteractionConditions(statement, filter);
        Query query(db, statement);
        total += query.next() ? query.value(0).toLongLong() : 0;
    }
    if (includesEscalations(filter)) {
        SqlStatement statement;
        statement.add(u"SELECT count(*) FROM escalations e LEFT JOIN interactions src ON src.id = e.interaction_id"_s);
        addEscalationConditions(statement, filter, now);
        Query query(db, statement);
        total += query.next() ? query.value(0).toLongLong() : 0;
    }
    return total;
}

} // namespace tandem
