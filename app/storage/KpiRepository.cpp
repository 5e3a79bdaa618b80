// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/KpiRepository.h"

#include "domain/EscalationStateMachine.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"
#include "storage/SqlStatement.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Every count reads only current records: an interaction superseded by its correction (superseded_by set)
// is counted through the correction instead.

// The week of a time column, counted from the period's start: 0, 1, 2, ...
SqlStatement weekOf(const QString &column, Millis from)
{
    return SqlStatement(u"("_s + column + u" - ?) / "_s + QString::number(Kpi::week), { from });
}

// "column belongs to the scope": one agent, the agents of one role, or anyone.
SqlStatement inScope(const QString &column, const KpiScope &scope)
{
    if (scope.agentId)
        return SqlStatement(column + u" = ?"_s, { *scope.agentId });
    if (scope.role)
        return SqlStatement(column + u" IN (SELECT id FROM agents WHERE role = ?)"_s, { keyOf(*scope.role) });
    return SqlStatement(u"1 = 1"_s);
}

// A conversation with the customer: a message, call or complaint either way, not an internal note. Naming
// the directions lets the (kind, direction, time) index answer with one range per pair.
SqlStatement isContact(const QString &alias)
{
    return SqlStatement(alias + u".kind IN (?, ?, ?) AND "_s + alias + u".direction IN (?, ?)"_s,
        { keyOf(InteractionKind::Message), keyOf(InteractionKind::Call), keyOf(InteractionKind::Complaint),
            keyOf(Direction::Inbound), keyOf(Direction::Outbound) });
}

bool scoped(const KpiScope &scope)
{
    return scope.agentId || scope.role;
}

// Runs a query whose first column is the week and hands every row in range to `add`.
template<typename Add>
void forEachWeek(const QSqlDatabase &db, const SqlStatement &statement, QList<KpiCounts> &weeks, Add add)
{
    Query query(db, statement);
    while (query.next()) {
        const qint64 week = query.value(0).toLongLong();
        if (week >= 0 && week < weeks.size())
            add(weeks[week], query);
    }
}

void tallySurveys(const QSqlDatabase &db, const KpiScope &scope, QList<KpiCounts> &weeks)
{
    SqlStatement statement(u"SELECT "_s);
    statement.add(weekOf(u"s.answered_at"_s, scope.from));
    statement.add(u", s.kind, count(*), sum(CASE WHEN s.score >= ? THEN 1 ELSE 0 END),"
                  " sum(CASE WHEN s.score >= ? THEN 1 ELSE 0 END), sum(CASE WHEN s.score <= ? THEN 1 ELSE 0 END),"
                  " sum(s.score) FROM survey_responses s"_s,
        { Kpi::csatSatisfiedFrom, Kpi::npsPromoterFrom, Kpi::npsDetractorUpTo });
    if (scoped(scope)) {
        statement.add(u" JOIN interactions i ON i.id = s.interaction_id AND "_s);
        statement.add(inScope(u"i.agent_id"_s, scope));
    }
    // An interaction is superseded exactly when a correction names it: asked of the small index of
    // corrections, not of each answer's interaction row (SQLite read a table page per answer: 46 ms of the
    // dashboard at the large size).
    statement.add(u" WHERE s.answered_at >= ? AND s.answered_at < ? AND NOT EXISTS (SELECT 1 FROM interactions"
                  " correction WHERE correction.corrects_id = s.interaction_id) GROUP BY 1, 2"_s,
        { scope.from, scope.to });
    forEachWeek(db, statement, weeks, [](KpiCounts &counts, const Query &row) {
        const std::optional<SurveyKind> kind = fromKey<SurveyKind>(row.value(1).toString());
        const qint64 answers = row.value(2).toLongLong();
        if (kind == SurveyKind::Csat) {
            counts.csatAnswers += answers;
            counts.csatSatisfied += row.value(3).toLongLong();
        } else if (kind == SurveyKind::Nps) {
            counts.npsAnswers += answers;
            counts.npsPromoters += row.value(4).toLongLong();
            counts.npsDetractors += row.value(5).toLongLong();
        } else if (kind == SurveyKind::Ces) {
            counts.cesAnswers += answers;
            counts.cesScoreSum += row.value(6).toLongLong();
        }
    });
}

// Customer contacts: the kinds that are a conversation with the customer.
void tallyContacts(const QSqlDatabase &db, const KpiScope &scope, QList<KpiCounts> &weeks)
{
    SqlStatement statement(u"SELECT "_s);
    statement.add(weekOf(u"i.occurred_at"_s, scope.from));
    statement.add(u", count(*) FROM interactions i WHERE "_s);
    statement.add(isContact(u"i"_s));
    statement.add(u" AND i.superseded_by IS NULL"_s);
    statement.add(u" AND i.occurred_at >= ? AND i.occurred_at < ? AND "_s, { scope.from, scope.to });
    statement.add(inScope(u"i.agent_id"_s, scope));
    statement.add(u" GROUP BY 1"_s);
    forEachWeek(db, statement, weeks,
        [](KpiCounts &counts, const Query &row) { counts.contacts += row.value(1).toLongLong(); });
}

void tallyReferrals(const QSqlDatabase &db, const KpiScope &scope, QList<KpiCounts> &weeks)
{
    SqlStatement statement(u"SELECT "_s);
    statement.add(weekOf(u"i.occurred_at"_s, scope.from));
    statement.add(u", i.direction, count(*) FROM interactions i"
                  " LEFT JOIN interactions asked ON asked.id = i.referral_request_id"
                  " WHERE i.kind = ? AND i.direction IN (?, ?) AND i.occurred_at >= ? AND i.occurred_at < ?"
                  " AND i.superseded_by IS NULL AND ((i.direction = ? AND "_s,
        { keyOf(InteractionKind::Referral), keyOf(Direction::Inbound), keyOf(Direction::Outbound), scope.from, scope.to,
            keyOf(Direction::Outbound) });
    statement.add(inScope(u"i.agent_id"_s, scope));
    statement.add(u") OR (i.direction = ? AND "_s, { keyOf(Direction::Inbound) });
    statement.add(inScope(u"COALESCE(asked.agent_id, i.agent_id)"_s, scope));
    statement.add(u")) GROUP BY 1, 2"_s);
    forEachWeek(db, statement, weeks, [](KpiCounts &counts, const Query &row) {
        if (fromKey<Direction>(row.value(1).toString()) == Direction::Outbound)
            counts.referralRequests += row.value(2).toLongLong();
        else
            counts.referralsReceived += row.value(2).toLongLong();
    });
}

// The messages and complaints customers sent in the period that a first response is counted for.
SqlStatement awaitingAnswer(const QString &alias, const KpiScope &scope)
{
    return SqlStatement(u"%1.kind IN (?, ?) AND %1.direction = ? AND %1.occurred_at >= ? AND %1.occurred_at < ?"
                        " AND %1.superseded_by IS NULL"_s.arg(alias),
        { keyOf(InteractionKind::Message), keyOf(InteractionKind::Complaint), keyOf(Direction::Inbound), scope.from,
            scope.to });
}

// Each inbound message or complaint and its answer, asked per message: the customer's next outbound
// interaction (at the same moment or later; the first written of several in one millisecond). One row per
// answered message: when it was sent, its answer's time and agent, and 0 for "not an answer itself".
SqlStatement answersOneByOne(const KpiScope &scope)
{
    SqlStatement statement(u"SELECT m.at, r.occurred_at AS answered_at, r.agent_id AS answered_by, 0 AS outbound"
                           " FROM (SELECT i.occurred_at AS at, (SELECT o.id FROM interactions o"
                           " WHERE o.customer_id = i.customer_id AND o.direction = ? AND o.occurred_at >= i.occurred_at"
                           " AND o.superseded_by IS NULL ORDER BY o.occurred_at, o.id LIMIT 1) AS answer_id"
                           " FROM interactions i WHERE "_s,
        { keyOf(Direction::Outbound) });
    statement.add(awaitingAnswer(u"i"_s, scope));
    statement.add(u") m JOIN interactions r ON r.id = m.answer_id"_s);
    return statement;
}

// The same pairs found by sorting: the period's inbound messages and every outbound interaction since its start,
// in one list per customer by time (a message before an answer sent in the same millisecond, which answers it).
// Counting the outbound rows up to each row numbers the answers; a message waits for the answer numbered one
// more than those before it, and the window over that number hands it the answer's time and agent. On
// PostgreSQL one index probe per message cost 300 ms for the 30,000 of 90 days at the large size; the sort
// costs a fraction of that. SQLite's probes are cheaper than its sort.
SqlStatement answersBySorting(const KpiScope &scope)
{
    SqlStatement statement(
        u"SELECT n.at, max(CASE WHEN n.outbound = 1 THEN n.at END) OVER answer AS answered_at,"
        " max(CASE WHEN n.outbound = 1 THEN n.agent_id END) OVER answer AS answered_by, n.outbound FROM"
        " (SELECT e.customer_id, e.at, e.outbound, e.agent_id, sum(e.outbound) OVER (PARTITION BY e.customer_id"
        " ORDER BY e.at, e.outbound, e.id ROWS UNBOUNDED PRECEDING) + 1 - e.outbound AS answer_number FROM"
        " (SELECT i.customer_id, i.occurred_at AS at, 0 AS outbound, i.id, NULL AS agent_id FROM interactions i"
        " WHERE "_s);
    statement.add(awaitingAnswer(u"i"_s, scope));
    QVariantList kinds;
    for (const InteractionKind kind : allValues<InteractionKind>())
        kinds.append(keyOf(kind));
    // Every kind named, so that the (kind, direction, time) index answers with one range per kind. (The column
    // takes any text, but the app writes only these keys; a foreign kind would count as an answer on SQLite
    // and not here.)
    statement.add(u" UNION ALL SELECT o.customer_id, o.occurred_at, 1, o.id, o.agent_id FROM interactions o"
                  " WHERE o.kind IN ("_s
            + SqlStatement::placeholders(kinds.size())
            + u") AND o.direction = ? AND o.occurred_at >= ? AND o.superseded_by IS NULL) e) n"
              " WINDOW answer AS (PARTITION BY n.customer_id, n.answer_number)"_s,
        kinds + QVariantList { keyOf(Direction::Outbound), scope.from });
    return statement;
}

void tallyFirstResponses(
    const QSqlDatabase &db, const SqlDialect &dialect, const KpiScope &scope, QList<KpiCounts> &weeks)
{
    SqlStatement statement(u"SELECT "_s);
    statement.add(weekOf(u"x.at"_s, scope.from));
    statement.add(u", count(x.answered_at), CAST(sum(x.answered_at - x.at) AS BIGINT) FROM ("_s);
    statement.add(dialect.pairsAnswersBySorting() ? answersBySorting(scope) : answersOneByOne(scope));
    statement.add(u") x WHERE x.outbound = 0 AND "_s);
    statement.add(inScope(u"x.answered_by"_s, scope));
    statement.add(u" GROUP BY 1"_s);
    forEachWeek(db, statement, weeks, [](KpiCounts &counts, const Query &row) {
        counts.firstResponses += row.value(1).toLongLong();
        counts.firstResponseTotal += row.value(2).toLongLong();
    });
}

// An escalation counts for the agents who created it and who were assigned it.
SqlStatement escalationInScope(const KpiScope &scope)
{
    SqlStatement statement(u"("_s);
    statement.add(inScope(u"e.created_by"_s, scope));
    statement.add(u" OR "_s);
    statement.add(inScope(u"e.assigned_to"_s, scope));
    statement.add(u")"_s);
    return statement;
}

void tallyEscalations(const QSqlDatabase &db, const KpiScope &scope, QList<KpiCounts> &weeks)
{
    SqlStatement created(u"SELECT "_s);
    created.add(weekOf(u"e.created_at"_s, scope.from));
    created.add(
        u", count(*) FROM escalations e WHERE e.created_at >= ? AND e.created_at < ? AND "_s, { scope.from, scope.to });
    created.add(inScope(u"e.created_by"_s, scope));
    created.add(u" GROUP BY 1"_s);
    forEachWeek(db, created, weeks,
        [](KpiCounts &counts, const Query &row) { counts.escalations += row.value(1).toLongLong(); });

    SqlStatement resolved(u"SELECT "_s);
    resolved.add(weekOf(u"e.resolved_at"_s, scope.from));
    resolved.add(u", count(*), CAST(sum(e.resolved_at - e.created_at) AS BIGINT) FROM escalations e"
                 " WHERE e.resolved_at >= ? AND e.resolved_at < ? AND "_s,
        { scope.from, scope.to });
    resolved.add(escalationInScope(scope));
    resolved.add(u" GROUP BY 1"_s);
    forEachWeek(db, resolved, weeks, [](KpiCounts &counts, const Query &row) {
        counts.resolutions += row.value(1).toLongLong();
        counts.resolutionTotal += row.value(2).toLongLong();
    });

    // Due in the period and already decided: resolved, or past its due time.
    SqlStatement due(u"SELECT "_s);
    due.add(weekOf(u"e.resolve_due_at"_s, scope.from));
    due.add(u", count(*), sum(CASE WHEN e.claimed_at IS NOT NULL AND e.claimed_at <= e.claim_due_at"
            " AND e.resolved_at IS NOT NULL AND e.resolved_at <= e.resolve_due_at THEN 1 ELSE 0 END)"
            " FROM escalations e WHERE e.resolve_due_at >= ? AND e.resolve_due_at < ?"
            " AND (e.resolved_at IS NOT NULL OR e.resolve_due_at <= ?) AND "_s,
        { scope.from, scope.to, scope.now });
    due.add(escalationInScope(scope));
    due.add(u" GROUP BY 1"_s);
    forEachWeek(db, due, weeks, [](KpiCounts &counts, const Query &row) {
        counts.slaDue += row.value(1).toLongLong();
        counts.slaMet += row.value(2).toLongLong();
    });

    SqlStatement reopened(u"SELECT "_s);
    reopened.add(weekOf(u"r.occurred_at"_s, scope.from));
    reopened.add(u", count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM escalation_events later"
                 " WHERE later.escalation_id = r.escalation_id AND later.action = ? AND later.id > r.id)"
                 " THEN 1 ELSE 0 END) FROM escalation_events r"
                 " WHERE r.action = ? AND r.occurred_at >= ? AND r.occurred_at < ? AND "_s,
        { keyOf(EscalationAction::Reopen), keyOf(EscalationAction::Resolve), scope.from, scope.to });
    reopened.add(inScope(u"r.actor_id"_s, scope));
    reopened.add(u" GROUP BY 1"_s);
    forEachWeek(db, reopened, weeks, [](KpiCounts &counts, const Query &row) {
        counts.resolveEvents += row.value(1).toLongLong();
        counts.reopened += row.value(2).toLongLong();
    });
}

// Answers conversations still owe past their due time (`dueColumn`, where `owed` holds), as breaches of
// their assignees'.
void tallyOwed(const QSqlDatabase &db, const KpiScope &scope, QList<KpiCounts> &weeks, const QString &dueColumn,
    const QString &owed, bool nextAnswers)
{
    SqlStatement statement(u"SELECT "_s);
    statement.add(weekOf(dueColumn, scope.from));
    statement.add(
        u", count(*) FROM conversations c WHERE %1 AND %2 >= ? AND %2 < ? AND %2 <= ? AND "_s.arg(owed, dueColumn),
        { scope.from, scope.to, scope.now });
    statement.add(inScope(u"c.assignee_id"_s, scope));
    statement.add(u" GROUP BY 1"_s);
    forEachWeek(db, statement, weeks, [nextAnswers](KpiCounts &counts, const Query &row) {
        counts.repliesDue += row.value(1).toLongLong();
        if (nextAnswers)
            counts.nextRepliesDue += row.value(1).toLongLong();
    });
}

// Every answer a conversation owed counts in the week it was due: a reply's for the agent who sent it, in
// time or late; one still owed only once its due time has passed, as a breach of its assignee's. Owed first
// answers are read from the conversations' first-response columns (a conversation closed unanswered past
// its due time stays a breach), owed next answers from the wait still running.
void tallyReplies(const QSqlDatabase &db, const KpiScope &scope, QList<KpiCounts> &weeks)
{
    SqlStatement answered(u"SELECT "_s);
    answered.add(weekOf(u"r.due_at"_s, scope.from));
    answered.add(u", r.first_response, count(*), sum(CASE WHEN r.answered_at <= r.due_at THEN 1 ELSE 0 END)"
                 " FROM conversation_responses r WHERE r.due_at >= ? AND r.due_at < ? AND "_s,
        { scope.from, scope.to });
    answered.add(inScope(u"r.agent_id"_s, scope));
    answered.add(u" GROUP BY 1, 2"_s);
    forEachWeek(db, answered, weeks, [](KpiCounts &counts, const Query &row) {
        const qint64 due = row.value(2).toLongLong();
        const qint64 inTime = row.value(3).toLongLong();
        counts.repliesDue += due;
        counts.repliesInTime += inTime;
        if (row.value(1).toLongLong() == 0) {
            counts.nextRepliesDue += due;
            counts.nextRepliesInTime += inTime;
        }
    });

    tallyOwed(db, scope, weeks, u"c.first_response_due_at"_s, u"c.first_response_at IS NULL"_s, false);
    // Spelled as the partial index conversations_next_response_due.
    tallyOwed(
        db, scope, weeks, u"c.due_at"_s, u"c.waiting_since IS NOT NULL AND c.first_response_at IS NOT NULL"_s, true);
}

// Conversations closed in the period (and closed still), by when; and of those, the ones a reply carried an
// article into before the close.
void tallyArticleAnswers(const QSqlDatabase &db, const KpiScope &scope, QList<KpiCounts> &weeks)
{
    const auto closedInPeriod = [&scope](SqlStatement &statement) {
        statement.add(u" c.status = ? AND c.closed_at >= ? AND c.closed_at < ? AND "_s,
            { keyOf(ConversationStatus::Closed), scope.from, scope.to });
        statement.add(inScope(u"c.assignee_id"_s, scope));
        statement.add(u" GROUP BY 1"_s);
    };
    SqlStatement closed(u"SELECT "_s);
    closed.add(weekOf(u"c.closed_at"_s, scope.from));
    closed.add(u", count(*) FROM conversations c WHERE"_s);
    closedInPeriod(closed);
    forEachWeek(db, closed, weeks,
        [](KpiCounts &counts, const Query &row) { counts.closedConversations += row.value(1).toLongLong(); });
    // A join rather than a test per closed conversation: the planner starts from whichever side is smaller (few
    // articles used: PostgreSQL probed 40,000 conversations one by one, 90 ms at 1,000,000 interactions).
    SqlStatement withArticle(u"SELECT "_s);
    withArticle.add(weekOf(u"c.closed_at"_s, scope.from));
    withArticle.add(u", count(DISTINCT c.id) FROM article_uses u JOIN conversations c ON c.id = u.conversation_id"
                    " WHERE u.used_at <= c.closed_at AND"_s);
    closedInPeriod(withArticle);
    forEachWeek(db, withArticle, weeks,
        [](KpiCounts &counts, const Query &row) { counts.closedWithArticle += row.value(1).toLongLong(); });
}

// The customers churn is counted over: everyone who is or was a customer (not prospects, not merged away),
// or of those the ones the scope talked with in the window before the period.
SqlStatement customerBase(const KpiScope &scope)
{
    SqlStatement statement(u"c.lifecycle IN (?, ?) AND c.merged_into IS NULL"_s,
        { keyOf(Lifecycle::Customer), keyOf(Lifecycle::Churned) });
    if (scoped(scope)) {
        statement.add(u" AND c.id IN (SELECT i.customer_id FROM interactions i WHERE "_s);
        statement.add(isContact(u"i"_s));
        statement.add(u" AND i.superseded_by IS NULL"_s);
        statement.add(u" AND i.occurred_at >= ? AND i.occurred_at < ? AND "_s,
            { scope.from - Kpi::churnServiceWindow, scope.from });
        statement.add(inScope(u"i.agent_id"_s, scope));
        statement.add(u")"_s);
    }
    return statement;
}

// One pass over the customers that matter to the period (there before it ends, not gone before it began),
// counted by the week they joined (-1: before the period) and the week they left (-1: not during it); who was
// a customer when each week began, and who of them left that week, follow from that table.
void tallyChurn(const QSqlDatabase &db, const KpiScope &scope, KpiTally &tally)
{
    SqlStatement statement(u"SELECT CASE WHEN c.created_at < ? THEN -1 ELSE "_s, { scope.from });
    statement.add(weekOf(u"c.created_at"_s, scope.from));
    statement.add(u" END, CASE WHEN c.churned_at IS NULL OR c.churned_at >= ? THEN -1 ELSE "_s, { scope.to });
    statement.add(weekOf(u"c.churned_at"_s, scope.from));
    statement.add(
        u" END, count(*) FROM customers c WHERE c.created_at < ? AND (c.churned_at IS NULL OR c.churned_at >= ?)"
        " AND "_s,
        { scope.to, scope.from });
    statement.add(customerBase(scope));
    statement.add(u" GROUP BY 1, 2"_s);
    struct Cohort
    {
        qint64 joined;
        qint64 left;
        qint64 customers;
    };
    QList<Cohort> cohorts;
    Query rows(db, statement);
    while (rows.next())
        cohorts.append({ rows.value(0).toLongLong(), rows.value(1).toLongLong(), rows.value(2).toLongLong() });
    for (const Cohort &cohort : std::as_const(cohorts)) {
        if (cohort.joined >= 0)
            continue;
        tally.total.customersAtStart += cohort.customers;
        if (cohort.left >= 0)
            tally.total.customersLost += cohort.customers;
    }
    for (qsizetype week = 0; week < tally.weeks.size(); ++week) {
        for (const Cohort &cohort : std::as_const(cohorts)) {
            if (cohort.joined >= week)
                continue;
            if (cohort.left < 0 || cohort.left >= week)
                tally.weeks[week].customersAtStart += cohort.customers;
            if (cohort.left == week)
                tally.weeks[week].customersLost += cohort.customers;
        }
    }
}

QList<ComplaintCauseCount> topCauses(const QSqlDatabase &db, const KpiScope &scope)
{
    // The kind is written out, not bound: PostgreSQL picks a partial index (migration 33) only for a condition
    // it can see implies the index's own, whatever plan it keeps for the statement.
    SqlStatement statement(u"SELECT cc.id, cc.name, count(*) FROM interactions i"
                           " JOIN complaint_causes cc ON cc.id = i.complaint_cause_id WHERE i.kind = '%1'"
                           " AND i.direction IN (?, ?, ?) AND i.occurred_at >= ? AND i.occurred_at < ?"
                           " AND i.superseded_by IS NULL AND "_s.arg(keyOf(InteractionKind::Complaint)),
        { keyOf(Direction::Inbound), keyOf(Direction::Outbound), keyOf(Direction::Internal), scope.from, scope.to });
    statement.add(inScope(u"i.agent_id"_s, scope));
    statement.add(u" GROUP BY cc.id, cc.name ORDER BY 3 DESC, cc.name LIMIT ?"_s, { KpiRepository::topCauseCount });
    Query query(db, statement);
    QList<ComplaintCauseCount> causes;
    while (query.next())
        causes.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong() });
    return causes;
}

void addUp(KpiCounts &total, const KpiCounts &week)
{
    total.csatAnswers += week.csatAnswers;
    total.csatSatisfied += week.csatSatisfied;
    total.npsAnswers += week.npsAnswers;
    total.npsPromoters += week.npsPromoters;
    total.npsDetractors += week.npsDetractors;
    total.cesAnswers += week.cesAnswers;
    total.cesScoreSum += week.cesScoreSum;
    total.firstResponses += week.firstResponses;
    total.firstResponseTotal += week.firstResponseTotal;
    total.resolutions += week.resolutions;
    total.resolutionTotal += week.resolutionTotal;
    total.contacts += week.contacts;
    total.escalations += week.escalations;
    total.slaDue += week.slaDue;
    total.slaMet += week.slaMet;
    total.repliesDue += week.repliesDue;
    total.repliesInTime += week.repliesInTime;
    total.nextRepliesDue += week.nextRepliesDue;
    total.nextRepliesInTime += week.nextRepliesInTime;
    total.resolveEvents += week.resolveEvents;
    total.reopened += week.reopened;
    total.closedConversations += week.closedConversations;
    total.closedWithArticle += week.closedWithArticle;
    total.referralRequests += week.referralRequests;
    total.referralsReceived += week.referralsReceived;
}

} // namespace

int KpiRepository::weekCount(Millis from, Millis to)
{
    if (to <= from)
        return 0;
    return int(qMin<qint64>(maximumWeeks, (to - from + Kpi::week - 1) / Kpi::week));
}

KpiTally KpiRepository::tally(const KpiScope &scope) const
{
    KpiTally tally;
    const int weeks = weekCount(scope.from, scope.to);
    if (weeks == 0)
        return tally;
    KpiScope bounded = scope;
    bounded.to = qMin(scope.to, scope.from + weeks * Kpi::week);
    tally.weeks = QList<KpiCounts>(weeks);
    // A replica, when the workspace names one: a lead's dashboard must not slow the desks' server.
    const QSqlDatabase db = m_workspace.reportingDatabase();
    tallySurveys(db, bounded, tally.weeks);
    tallyContacts(db, bounded, tally.weeks);
    tallyReferrals(db, bounded, tally.weeks);
    tallyFirstResponses(db, m_workspace.dialect(), bounded, tally.weeks);
    tallyEscalations(db, bounded, tally.weeks);
    tallyReplies(db, bounded, tally.weeks);
    tallyArticleAnswers(db, bounded, tally.weeks);
    for (const KpiCounts &week : std::as_const(tally.weeks))
        addUp(tally.total, week);
    tallyChurn(db, bounded, tally);
    tally.topCauses = topCauses(db, bounded);
    return tally;
}

} // namespace tandem
