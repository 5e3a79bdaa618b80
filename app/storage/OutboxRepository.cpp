// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/OutboxRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const QString selectEntries = u"SELECT o.id, o.interaction_id, o.conversation_id, o.channel, cu.first_name,"
                              " cu.last_name, i.subject, o.state, o.attempts, o.last_error, o.permanent, o.queued_at,"
                              " o.next_attempt_at, i.agent_id, c.assignee_id, o.bounced, o.maybe_sent"
                              " FROM outbox o JOIN interactions i ON i.id = o.interaction_id"
                              " JOIN conversations c ON c.id = o.conversation_id"
                              " JOIN customers cu ON cu.id = c.customer_id "_s;

OutboxEntry entryFrom(const Query &row)
{
    OutboxEntry entry;
    entry.id = row.integer(0);
    entry.interactionId = row.integer(1);
    entry.conversationId = row.integer(2);
    entry.channel = fromKey<Channel>(row.text(3)).value_or(Channel::Email);
    entry.customerName = QString(row.text(4) + u' ' + row.text(5)).trimmed();
    entry.subject = row.text(6);
    entry.state = fromKey<OutboxState>(row.text(7)).value_or(OutboxState::Queued);
    entry.attempts = int(row.integer(8));
    entry.lastError = row.text(9);
    entry.permanent = row.integer(10) != 0;
    entry.queuedAt = row.integer(11);
    entry.nextAttemptAt = row.integer(12);
    if (!row.isNull(13))
        entry.authorId = row.integer(13);
    if (!row.isNull(14))
        entry.assigneeId = row.integer(14);
    entry.bounced = row.integer(15) != 0;
    entry.maybeSent = row.integer(16) != 0;
    return entry;
}

// Runs a conditional update; whether it changed the one entry it names.
bool changedOne(Workspace &workspace, const QString &sql, const QVariantList &values)
{
    return Query(workspace.database(), sql, values).rowsAffected() == 1;
}

} // namespace

QString OutboxRepository::keyDomain() const
{
    return m_workspace.metaValue(u"outbox_domain"_s);
}

std::optional<Id> OutboxRepository::claim(const QList<Channel> &channels, Millis now, Millis staleBefore)
{
    if (channels.isEmpty())
        return std::nullopt;
    constexpr int candidates = 8;
    QVariantList values;
    QStringList marks;
    for (const Channel channel : channels) {
        values.append(keyOf(channel));
        marks.append(u"?"_s);
    }
    values << now << staleBefore << candidates;
    Query due(m_workspace.database(),
        u"SELECT id, state, COALESCE(claimed_at, 0) FROM outbox WHERE channel IN (%1) AND"
        " ((state IN ('queued', 'failed') AND permanent = 0 AND next_attempt_at <= ?)"
        " OR (state = 'sending' AND claimed_at <= ?)) ORDER BY next_attempt_at, id LIMIT ?"_s.arg(marks.join(u", "_s)),
        values);
    struct Candidate
    {
        Id id;
        QString state;
        Millis claimedAt;
    };
    QList<Candidate> found;
    while (due.next())
        found.append({ due.integer(0), due.text(1), due.integer(2) });
    for (const Candidate &candidate : found) {
        // Only if it is still as it was read: a rival who claimed it first changed its state or claim time.
        Query claim(m_workspace.database(),
            u"UPDATE outbox SET state = 'sending', claimed_at = ? WHERE id = ? AND state = ?"
            " AND COALESCE(claimed_at, 0) = ?"_s,
            { now, candidate.id, candidate.state, candidate.claimedAt });
        if (claim.rowsAffected() == 1)
            return candidate.id;
    }
    return std::nullopt;
}

std::optional<OutgoingMessage> OutboxRepository::message(Id outboxId, const QString &keyDomain) const
{
    Query row(m_workspace.database(),
        u"SELECT o.channel, o.conversation_id, cu.first_name, cu.last_name, cu.email, cu.phone, i.subject, i.body,"
        " i.body_format, o.automatic, c.queue_id, o.message_token, o.hand_over_at FROM outbox o"
        " JOIN interactions i ON i.id = o.interaction_id"
        " JOIN conversations c ON c.id = o.conversation_id JOIN customers cu ON cu.id = c.customer_id"
        " WHERE o.id = ?"_s,
        { outboxId });
    if (!row.next())
        return std::nullopt;
    OutgoingMessage message;
    message.outboxId = outboxId;
    message.deliveryKey = OutgoingMessage::deliveryKeyFor(outboxId, keyDomain, row.text(11));
    message.channel = fromKey<Channel>(row.text(0)).value_or(Channel::Email);
    message.conversationId = row.integer(1);
    message.customerName = QString(row.text(2) + u' ' + row.text(3)).trimmed();
    const QString email = row.text(4);
    const QString phone = row.text(5);
    const bool byMail = message.channel == Channel::Email || message.channel == Channel::SelfService;
    message.customerAddress = (byMail && !email.isEmpty()) || phone.isEmpty() ? email : phone;
    message.subject = row.text(6);
    message.body = row.text(7);
    message.bodyFormat = fromKey<BodyFormat>(row.text(8)).value_or(BodyFormat::Plain);
    message.automatic = row.integer(9) != 0;
    if (!row.isNull(10))
        message.queueId = row.integer(10);
    message.handOverStarted = !row.isNull(12);
    Query ids(m_workspace.database(),
        u"SELECT m.external_id FROM channel_messages m JOIN interactions i ON i.id = m.interaction_id"
        " WHERE m.conversation_id = ? AND i.direction = 'inbound' ORDER BY m.interaction_id"_s,
        { message.conversationId });
    while (ids.next())
        message.inReplyTo.append(ids.text(0));
    return message;
}

bool OutboxRepository::markSent(Id outboxId, Millis claimedAt, Millis now)
{
    Query update(m_workspace.database(),
        u"UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = '', bounced = 0,"
        " claimed_at = NULL, hand_over_at = NULL, maybe_sent = 0, permanent = 0"
        " WHERE id = ? AND state = 'sending' AND claimed_at = ?"_s,
        { now, outboxId, claimedAt });
    return update.rowsAffected() == 1;
}

bool OutboxRepository::markFailed(
    Id outboxId, Millis claimedAt, const QString &reason, Millis nextAttemptAt, bool permanent)
{
    Query update(m_workspace.database(),
        u"UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, bounced = 0,"
        " next_attempt_at = ?, permanent = ?, claimed_at = NULL, hand_over_at = NULL, maybe_sent = 0"
        " WHERE id = ? AND state = 'sending' AND claimed_at = ?"_s,
        { reason, nextAttemptAt, permanent ? 1 : 0, outboxId, claimedAt });
    return update.rowsAffected() == 1;
}

bool OutboxRepository::recordHandOver(Id outboxId, Millis claimedAt, Millis now)
{
    return changedOne(m_workspace,
        u"UPDATE outbox SET hand_over_at = ? WHERE id = ? AND state = 'sending' AND claimed_at = ?"_s,
        { now, outboxId, claimedAt });
}

bool OutboxRepository::markMaybeSent(Id outboxId, Millis claimedAt, const QString &reason)
{
    // hand_over_at stays: when the uncertain attempt began.
    return changedOne(m_workspace,
        u"UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, bounced = 0, permanent = 1,"
        " maybe_sent = 1, claimed_at = NULL WHERE id = ? AND state = 'sending' AND claimed_at = ?"_s,
        { reason, outboxId, claimedAt });
}

bool OutboxRepository::confirmSent(Id outboxId, Millis now)
{
    return changedOne(m_workspace,
        u"UPDATE outbox SET state = 'sent', sent_at = ?, last_error = '', permanent = 0, maybe_sent = 0,"
        " hand_over_at = NULL WHERE id = ? AND state = 'failed' AND maybe_sent = 1"_s,
        { now, outboxId });
}

bool OutboxRepository::requeue(Id outboxId, Millis now)
{
    return changedOne(m_workspace,
        u"UPDATE outbox SET state = 'queued', permanent = 0, maybe_sent = 0, hand_over_at = NULL, next_attempt_at = ?"
        " WHERE id = ? AND state = 'failed'"_s,
        { now, outboxId });
}

QString OutboxRepository::deliveryKey(Id outboxId) const
{
    Query row(m_workspace.database(), u"SELECT message_token FROM outbox WHERE id = ?"_s, { outboxId });
    return row.next() ? OutgoingMessage::deliveryKeyFor(outboxId, keyDomain(), row.text(0)) : QString();
}

std::optional<Id> OutboxRepository::markBounced(Id interactionId, const QString &reason)
{
    const QVariant id = Query::scalar(m_workspace.database(),
        u"UPDATE outbox SET state = 'failed', permanent = 1, bounced = 1, last_error = ? WHERE interaction_id = ?"
        " AND state = 'sent' RETURNING id"_s,
        { reason, interactionId });
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

std::optional<OutboxEntry> OutboxRepository::entry(Id outboxId) const
{
    Query row(m_workspace.database(), selectEntries + u"WHERE o.id = ?"_s, { outboxId });
    if (!row.next())
        return std::nullopt;
    return entryFrom(row);
}

QList<OutboxEntry> OutboxRepository::waiting(int limit) const
{
    Query rows(m_workspace.database(),
        selectEntries + u"WHERE o.state IN ('queued', 'sending', 'failed') ORDER BY o.queued_at, o.id LIMIT ?"_s,
        { limit });
    QList<OutboxEntry> entries;
    while (rows.next())
        entries.append(entryFrom(rows));
    return entries;
}

} // namespace tandem
