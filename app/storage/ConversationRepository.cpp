// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ConversationRepository.h"

#include "domain/InboxOrder.h"
#include "storage/InteractionRepository.h"
#include "storage/Query.h"
#include "storage/SqlStatement.h"
#include "storage/Workspace.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Binds the agent whose unread markers the rows carry.
const QString selectRows = u"SELECT c.id, c.customer_id, c.channel, c.subject, c.status, c.snoozed_until,"
                           " c.assignee_id, c.queue_id, c.priority, c.waiting_since, c.due_at,"
                           " c.first_response_due_at, c.first_response_at, c.last_message_at, c.last_inbound_at,"
                           " c.created_at, c.closed_at, c.version, cu.first_name, cu.last_name, cu.tier,"
                           " a.display_name, q.name,"
                           " CASE WHEN c.last_inbound_at IS NOT NULL AND (r.read_at IS NULL"
                           " OR c.last_inbound_at > r.read_at) THEN 1 ELSE 0 END"
                           " FROM conversations c JOIN customers cu ON cu.id = c.customer_id"
                           " LEFT JOIN agents a ON a.id = c.assignee_id LEFT JOIN team_queues q ON q.id = c.queue_id"
                           " LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.agent_id = ? "_s;

std::optional<qint64> optionalInteger(const Query &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.integer(column));
}

ConversationRow rowFrom(const Query &row)
{
    ConversationRow result;
    Conversation &c = result.conversation;
    c.id = row.integer(0);
    c.customerId = row.integer(1);
    c.channel = fromKey<Channel>(row.text(2)).value_or(Channel::Email);
    c.subject = row.text(3);
    c.status = fromKey<ConversationStatus>(row.text(4)).value_or(ConversationStatus::Open);
    c.snoozedUntil = optionalInteger(row, 5);
    c.assigneeId = optionalInteger(row, 6);
    c.queueId = optionalInteger(row, 7);
    c.priority = fromKey<ConversationPriority>(row.text(8)).value_or(ConversationPriority::Normal);
    c.waitingSince = optionalInteger(row, 9);
    c.dueAt = optionalInteger(row, 10);
    c.firstResponseDueAt = optionalInteger(row, 11);
    c.firstResponseAt = optionalInteger(row, 12);
    c.lastMessageAt = row.integer(13);
    c.lastInboundAt = optionalInteger(row, 14);
    c.createdAt = row.integer(15);
    c.closedAt = optionalInteger(row, 16);
    c.version = int(row.integer(17));
    Customer customer;
    customer.firstName = row.text(18);
    customer.lastName = row.text(19);
    result.customerName = customer.displayName();
    result.customerTier = fromKey<Tier>(row.text(20)).value_or(Tier::Standard);
    result.assigneeName = row.text(21);
    result.queueName = row.text(22);
    result.unread = row.integer(23) != 0;
    return result;
}

// One ordered stretch of a folder (InboxOrder): the rows meeting `condition`, by `column` and the id.
struct Part
{
    QString condition;
    QString column;
    bool descending = false;
};

// The rows nobody waits on are read by the recent-message index in its order: their condition is marked
// as a filter only, or SQLite would fetch them by the waiting index and sort them.
QList<Part> partsOf(const InboxFolder &folder, const SqlDialect &dialect)
{
    QList<Part> parts;
    switch (folder.kind) {
    case InboxFolderKind::Snoozed:
        parts = { { u"status = 'snoozed'"_s, u"c.snoozed_until"_s } };
        break;
    case InboxFolderKind::Closed:
        parts = { { u"status = 'closed'"_s, u"c.closed_at"_s } };
        break;
    default: {
        const QString waiting = folder.sort == InboxSort::ResponseDue ? u"c.due_at"_s : u"c.waiting_since"_s;
        parts = { { waiting + u" IS NOT NULL"_s, waiting },
            { dialect.filterOnlyMarker() + waiting + u" IS NULL"_s, u"c.last_message_at"_s } };
    }
    }
    Q_ASSERT(parts.size() == InboxOrder::partCount(folder));
    for (int part = 0; part < parts.size(); ++part)
        parts[part].descending = InboxOrder::descending(folder, part);
    return parts;
}

// Which rows of the workspace a folder holds (before its parts split them).
SqlStatement folderCondition(const InboxFolder &folder, Id agentId)
{
    const QString active = ConversationRepository::activeCondition();
    switch (folder.kind) {
    case InboxFolderKind::Mine:
        return SqlStatement(u"c.assignee_id = ? AND "_s + active, { agentId });
    case InboxFolderKind::Unassigned:
        return SqlStatement(u"c.assignee_id IS NULL AND "_s + active);
    case InboxFolderKind::AllOpen:
        return SqlStatement(active);
    case InboxFolderKind::Queue:
        return SqlStatement(u"c.queue_id = ? AND "_s + active, { folder.queueId.value_or(0) });
    case InboxFolderKind::Agent:
        return SqlStatement(u"c.assignee_id = ? AND "_s + active, { folder.agentId.value_or(0) });
    case InboxFolderKind::Snoozed:
        return SqlStatement(u"status = 'snoozed'"_s);
    case InboxFolderKind::Closed:
        return SqlStatement(u"status = 'closed'"_s);
    }
    return SqlStatement(active);
}

} // namespace

QString ConversationRepository::activeCondition()
{
    return u"status IN ('open', 'pending')"_s;
}

ConversationPage ConversationRepository::page(
    const InboxFolder &folder, Id agentId, const std::optional<ConversationCursor> &after, int limit) const
{
    const QList<Part> parts = partsOf(folder, m_workspace.dialect());
    ConversationPage page;
    for (int index = after ? after->part : 0; index < parts.size(); ++index) {
        const Part &part = parts.at(index);
        const int wanted = limit - int(page.rows.size());
        SqlStatement statement(selectRows, { agentId });
        statement.add(u"WHERE "_s);
        statement.add(folderCondition(folder, agentId));
        statement.add(u" AND "_s + part.condition);
        // A cursor with no id stands at the start of its part.
        if (after && after->part == index && after->id != 0) {
            statement.add(u" AND (%1, c.id) %2 (?, ?)"_s.arg(part.column, part.descending ? u"<"_s : u">"_s),
                { after->key, after->id });
        }
        const QString direction = part.descending ? u" DESC"_s : u" ASC"_s;
        statement.add(u" ORDER BY "_s + part.column + direction + u", c.id"_s + direction + u" LIMIT ?"_s,
            { wanted + 1 }); // one more tells whether more follow
        Query rows(m_workspace.database(), statement);
        while (rows.next()) {
            if (page.rows.size() == limit) {
                const Conversation &last = page.rows.constLast().conversation;
                page.next = wanted == 0 ? ConversationCursor { index, 0, 0 } : InboxOrder::positionOf(folder, last);
                break;
            }
            page.rows.append(rowFrom(rows));
        }
        if (page.next)
            break;
    }

    attachTags(page.rows);
    return page;
}

QList<ConversationRow> ConversationRepository::rowsIn(const InboxFolder &folder, Id agentId, const QList<Id> &ids) const
{
    QList<ConversationRow> rows;
    if (ids.isEmpty())
        return rows;
    SqlStatement statement(selectRows, { agentId });
    statement.add(u"WHERE "_s);
    statement.add(folderCondition(folder, agentId));
    QVariantList values;
    values.reserve(ids.size());
    for (const Id id : ids)
        values.append(id);
    statement.add(u" AND c.id IN (%1)"_s.arg(SqlStatement::placeholders(values.size())), values);
    Query found(m_workspace.database(), statement);
    while (found.next())
        rows.append(rowFrom(found));
    attachTags(rows);
    std::sort(rows.begin(), rows.end(), [&folder](const ConversationRow &a, const ConversationRow &b) {
        return InboxOrder::before(
            folder, InboxOrder::positionOf(folder, a.conversation), InboxOrder::positionOf(folder, b.conversation));
    });
    return rows;
}

void ConversationRepository::attachTags(QList<ConversationRow> &rows) const
{
    if (rows.isEmpty())
        return;
    QHash<Id, qsizetype> positions;
    QVariantList ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        positions.insert(rows.at(i).conversation.id, i);
        ids.append(rows.at(i).conversation.id);
    }
    Query tags(m_workspace.database(),
        u"SELECT conversation_id, tag FROM conversation_tags WHERE conversation_id IN (%1) ORDER BY tag"_s.arg(
            SqlStatement::placeholders(ids.size())),
        ids);
    while (tags.next())
        rows[positions.value(tags.integer(0))].conversation.tags.append(tags.text(1));
}

qint64 ConversationRepository::count(const InboxFolder &folder, Id agentId) const
{
    SqlStatement statement(u"SELECT count(*) FROM conversations c WHERE "_s);
    statement.add(folderCondition(folder, agentId));
    Query row(m_workspace.database(), statement);
    return row.next() ? row.integer(0) : 0;
}

namespace {

// "count(*) up to the cap" of the rows meeting `condition`: the folder's own index, read no further than the
// cap, however many rows there are.
SqlStatement cappedCount(const SqlStatement &condition)
{
    SqlStatement statement(u"(SELECT count(*) FROM (SELECT 1 FROM conversations c WHERE "_s);
    statement.add(condition);
    statement.add(u" LIMIT ?) capped)"_s, { InboxCounts::cap });
    return statement;
}

} // namespace

InboxCounts ConversationRepository::counts(Id agentId, const QList<Id> &queueIds) const
{
    QList<InboxFolder> folders { InboxFolder::of(InboxFolderKind::Mine), InboxFolder::of(InboxFolderKind::Unassigned),
        InboxFolder::of(InboxFolderKind::AllOpen), InboxFolder::of(InboxFolderKind::Snoozed) };
    for (const Id queueId : queueIds)
        folders.append(InboxFolder::queue(queueId));
    // One statement for the whole sidebar: one round trip to a team server.
    SqlStatement statement(u"SELECT "_s);
    for (qsizetype i = 0; i < folders.size(); ++i) {
        if (i > 0)
            statement.add(u", "_s);
        statement.add(cappedCount(folderCondition(folders.at(i), agentId)));
    }
    Query row(m_workspace.database(), statement);
    InboxCounts counts;
    if (!row.next())
        return counts;
    counts.mine = row.integer(0);
    counts.unassigned = row.integer(1);
    counts.allOpen = row.integer(2);
    counts.snoozed = row.integer(3);
    for (qsizetype i = 0; i < queueIds.size(); ++i)
        counts.perQueue.insert(queueIds.at(i), row.integer(int(4 + i)));
    return counts;
}

QList<AgentLoad> ConversationRepository::agentLoads(Millis now) const
{
    QList<AgentLoad> loads;
    Query agents(
        m_workspace.database(), u"SELECT id, display_name FROM agents WHERE active = 1 ORDER BY display_name, id"_s);
    while (agents.next())
        loads.append({ agents.integer(0), agents.text(1), 0, 0, 0 });
    if (loads.isEmpty())
        return loads;
    // Three capped counts per agent, each a range of the assignee's own index, all in one statement.
    SqlStatement statement(u"SELECT "_s);
    for (qsizetype i = 0; i < loads.size(); ++i) {
        const InboxFolder theirs = InboxFolder::agent(loads.at(i).agentId);
        SqlStatement waiting = folderCondition(theirs, 0);
        waiting.add(u" AND c.due_at IS NOT NULL"_s);
        SqlStatement overdue = folderCondition(theirs, 0);
        overdue.add(u" AND c.due_at <= ?"_s, { now });
        statement.add(i > 0 ? u", "_s : QString());
        statement.add(cappedCount(folderCondition(theirs, 0)));
        statement.add(u", "_s);
        statement.add(cappedCount(waiting));
        statement.add(u", "_s);
        statement.add(cappedCount(overdue));
    }
    Query row(m_workspace.database(), statement);
    if (row.next()) {
        for (qsizetype i = 0; i < loads.size(); ++i) {
            loads[i].active = row.integer(int(3 * i));
            loads[i].waiting = row.integer(int(3 * i + 1));
            loads[i].overdue = row.integer(int(3 * i + 2));
        }
    }
    return loads;
}

std::optional<ConversationRow> ConversationRepository::find(Id id, Id agentId) const
{
    Query row(m_workspace.database(), selectRows + u"WHERE c.id = ?"_s, { agentId, id });
    if (!row.next())
        return std::nullopt;
    ConversationRow result = rowFrom(row);
    Query tags(
        m_workspace.database(), u"SELECT tag FROM conversation_tags WHERE conversation_id = ? ORDER BY tag"_s, { id });
    while (tags.next())
        result.conversation.tags.append(tags.text(0));
    return result;
}

QList<ThreadMessage> ConversationRepository::thread(Id conversationId) const
{
    constexpr int threadLength = 500;
    QList<ThreadMessage> messages;
    QHash<Id, qsizetype> positions;
    for (const Interaction &interaction :
        InteractionRepository(m_workspace).inConversation(conversationId, threadLength)) {
        positions.insert(interaction.id, messages.size());
        messages.append({ interaction, std::nullopt, QString(), 0 });
    }
    Query outbox(m_workspace.database(),
        u"SELECT interaction_id, state, last_error, id, permanent, bounced, maybe_sent FROM outbox"
        " WHERE conversation_id = ?"_s,
        { conversationId });
    while (outbox.next()) {
        const auto position = positions.constFind(outbox.integer(0));
        if (position == positions.constEnd())
            continue;
        ThreadMessage &message = messages[*position];
        message.outboxState = fromKey<OutboxState>(outbox.text(1));
        message.outboxError = outbox.text(2);
        message.outboxId = outbox.integer(3);
        message.outboxPermanent = outbox.integer(4) != 0;
        message.outboxBounced = outbox.integer(5) != 0;
        message.outboxMaybeSent = outbox.integer(6) != 0;
    }
    return messages;
}

QList<ConversationRepository::LaterMessage> ConversationRepository::messagesAfter(
    Id conversationId, Id interactionId) const
{
    Query rows(m_workspace.database(),
        u"SELECT i.id, i.direction, a.display_name FROM interactions i LEFT JOIN agents a ON a.id = i.agent_id"
        " WHERE i.conversation_id = ? AND i.id > ? AND i.direction IN (?, ?) ORDER BY i.id"_s,
        { conversationId, interactionId, keyOf(Direction::Inbound), keyOf(Direction::Outbound) });
    QList<LaterMessage> later;
    while (rows.next())
        later.append({ rows.integer(0), fromKey<Direction>(rows.text(1)).value_or(Direction::Inbound), rows.text(2) });
    return later;
}

Id ConversationRepository::insert(const Conversation &c)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO conversations (customer_id, channel, subject, status, snoozed_until, assignee_id, queue_id,"
        " priority, waiting_since, due_at, first_response_due_at, first_response_at, last_message_at,"
        " last_inbound_at, created_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { c.customerId, keyOf(c.channel), c.subject, keyOf(c.status), sql::nullable(c.snoozedUntil),
            sql::nullable(c.assigneeId), sql::nullable(c.queueId), keyOf(c.priority), sql::nullable(c.waitingSince),
            sql::nullable(c.dueAt), sql::nullable(c.firstResponseDueAt), sql::nullable(c.firstResponseAt),
            c.lastMessageAt, sql::nullable(c.lastInboundAt), c.createdAt, sql::nullable(c.closedAt) });
}

bool ConversationRepository::update(const Conversation &c, int expectedVersion)
{
    Query update(m_workspace.database(),
        u"UPDATE conversations SET subject = ?, status = ?, snoozed_until = ?, assignee_id = ?, queue_id = ?,"
        " priority = ?, waiting_since = ?, due_at = ?, first_response_due_at = ?, first_response_at = ?,"
        " last_message_at = ?, last_inbound_at = ?, closed_at = ?, version = version + 1"
        " WHERE id = ? AND version = ?"_s,
        { c.subject, keyOf(c.status), sql::nullable(c.snoozedUntil), sql::nullable(c.assigneeId),
            sql::nullable(c.queueId), keyOf(c.priority), sql::nullable(c.waitingSince), sql::nullable(c.dueAt),
            sql::nullable(c.firstResponseDueAt), sql::nullable(c.firstResponseAt), c.lastMessageAt,
            sql::nullable(c.lastInboundAt), sql::nullable(c.closedAt), c.id, expectedVersion });
    return update.rowsAffected() == 1;
}

void ConversationRepository::setTags(Id conversationId, const QStringList &tags)
{
    Query::run(
        m_workspace.database(), u"DELETE FROM conversation_tags WHERE conversation_id = ?"_s, { conversationId });
    for (const QString &tag : tags) {
        Query::run(m_workspace.database(),
            u"INSERT INTO conversation_tags (conversation_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
            { conversationId, tag });
    }
}

void ConversationRepository::markRead(Id conversationId, Id agentId, Millis at)
{
    Query::run(m_workspace.database(),
        u"INSERT INTO conversation_reads (conversation_id, agent_id, read_at) VALUES (?, ?, ?)"
        " ON CONFLICT (conversation_id, agent_id) DO UPDATE SET read_at = excluded.read_at"_s,
        { conversationId, agentId, at });
}

void ConversationRepository::markUnread(Id conversationId, Id exceptAgentId)
{
    Query::run(m_workspace.database(), u"DELETE FROM conversation_reads WHERE conversation_id = ? AND agent_id <> ?"_s,
        { conversationId, exceptAgentId });
}

std::optional<Id> ConversationRepository::findContinued(
    Id customerId, Channel channel, const QString &threadSubject, std::optional<Millis> lastMessageFrom) const
{
    SqlStatement statement(
        u"SELECT id FROM conversations WHERE customer_id = ? AND channel = ? AND status <> 'closed'"_s,
        { customerId, keyOf(channel) });
    if (!threadSubject.isEmpty())
        statement.add(u" AND subject = ?"_s, { threadSubject });
    if (lastMessageFrom)
        statement.add(u" AND last_message_at >= ?"_s, { *lastMessageFrom });
    statement.add(u" ORDER BY last_message_at DESC, id DESC LIMIT 1"_s);
    Query row(m_workspace.database(), statement);
    return row.next() ? std::optional<Id>(row.integer(0)) : std::nullopt;
}

std::optional<Id> ConversationRepository::findByExternalIds(Channel channel, const QStringList &externalIds) const
{
    if (externalIds.isEmpty())
        return std::nullopt;
    QVariantList values { keyOf(channel) };
    for (const QString &externalId : externalIds)
        values.append(externalId);
    Query row(m_workspace.database(),
        u"SELECT conversation_id FROM channel_messages WHERE channel = ? AND external_id IN (%1)"
        " ORDER BY interaction_id DESC LIMIT 1"_s.arg(SqlStatement::placeholders(externalIds.size())),
        values);
    return row.next() ? std::optional<Id>(row.integer(0)) : std::nullopt;
}

std::optional<ConversationRepository::RecordedMessage> ConversationRepository::recordedMessage(
    Channel channel, const QString &externalId) const
{
    Query row(m_workspace.database(),
        u"SELECT interaction_id, conversation_id FROM channel_messages WHERE channel = ? AND external_id = ?"_s,
        { keyOf(channel), externalId });
    if (!row.next())
        return std::nullopt;
    return RecordedMessage { row.integer(0), row.integer(1) };
}

bool ConversationRepository::recordExternalId(
    Channel channel, const QString &externalId, Id interactionId, Id conversationId)
{
    Query insert(m_workspace.database(),
        u"INSERT INTO channel_messages (channel, external_id, interaction_id, conversation_id) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING"_s,
        { keyOf(channel), externalId, interactionId, conversationId });
    return insert.rowsAffected() == 1;
}

Id ConversationRepository::queueOutbound(
    Id interactionId, Id conversationId, Channel channel, Millis at, const QString &messageToken, bool automatic)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO outbox (interaction_id, conversation_id, channel, state, queued_at, next_attempt_at, automatic,"
        " message_token) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?)"_s,
        { interactionId, conversationId, keyOf(channel), at, at, automatic ? 1 : 0, messageToken });
}

QList<TeamQueue> ConversationRepository::queues() const
{
    Query rows(
        m_workspace.database(), u"SELECT id, name, survey FROM team_queues WHERE active = 1 ORDER BY name, id"_s);
    QList<TeamQueue> queues;
    while (rows.next())
        queues.append({ rows.integer(0), rows.text(1), fromKey<SurveyKind>(rows.text(2)) });
    return queues;
}

std::optional<TeamQueue> ConversationRepository::queue(Id queueId) const
{
    Query row(m_workspace.database(), u"SELECT id, name, survey FROM team_queues WHERE id = ?"_s, { queueId });
    if (!row.next())
        return std::nullopt;
    return TeamQueue { row.integer(0), row.text(1), fromKey<SurveyKind>(row.text(2)) };
}

void ConversationRepository::setQueueSurvey(Id queueId, std::optional<SurveyKind> survey)
{
    Query::run(m_workspace.database(), u"UPDATE team_queues SET survey = ? WHERE id = ?"_s,
        { survey ? keyOf(*survey) : u"none"_s, queueId });
}

bool ConversationRepository::answers(Id interactionId, const QStringList &externalIds) const
{
    if (externalIds.isEmpty())
        return false;
    QVariantList values { interactionId };
    for (const QString &externalId : externalIds)
        values.append(externalId);
    Query row(m_workspace.database(),
        u"SELECT 1 FROM channel_messages WHERE interaction_id = ? AND external_id IN (%1)"_s.arg(
            SqlStatement::placeholders(externalIds.size())),
        values);
    return row.next();
}

std::optional<ConversationRepository::SentSurvey> ConversationRepository::survey(Id conversationId) const
{
    Query row(m_workspace.database(),
        u"SELECT kind, interaction_id, response_id FROM conversation_surveys WHERE conversation_id = ?"_s,
        { conversationId });
    if (!row.next())
        return std::nullopt;
    SentSurvey survey;
    survey.kind = fromKey<SurveyKind>(row.text(0)).value_or(SurveyKind::Csat);
    survey.interactionId = row.integer(1);
    if (!row.isNull(2))
        survey.responseId = row.integer(2);
    return survey;
}

bool ConversationRepository::recordSurveySent(Id conversationId, SurveyKind kind, Id interactionId, Millis at)
{
    Query insert(m_workspace.database(),
        u"INSERT INTO conversation_surveys (conversation_id, kind, interaction_id, sent_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING"_s,
        { conversationId, keyOf(kind), interactionId, at });
    return insert.rowsAffected() == 1;
}

void ConversationRepository::recordSurveyAnswer(Id conversationId, Id responseId)
{
    Query::run(m_workspace.database(),
        u"UPDATE conversation_surveys SET response_id = ? WHERE conversation_id = ? AND response_id IS NULL"_s,
        { responseId, conversationId });
}

Id ConversationRepository::addQueue(const QString &name)
{
    return Query::insert(m_workspace.database(), u"INSERT INTO team_queues (name) VALUES (?)"_s, { name });
}

QList<Id> ConversationRepository::dueToWake(Millis now, int limit) const
{
    Query rows(m_workspace.database(),
        u"SELECT id FROM conversations c WHERE status = 'snoozed' AND c.snoozed_until <= ?"
        " ORDER BY c.snoozed_until, c.id LIMIT ?"_s,
        { now, limit });
    QList<Id> ids;
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

} // namespace tandem
