// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/FollowUpRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto selectFollowUps = u"SELECT f.id, f.customer_id, f.agent_id, f.due_at, f.note, f.done_at, c.first_name,"
                             " c.last_name, a.display_name FROM follow_ups f JOIN customers c ON c.id = f.customer_id"
                             " JOIN agents a ON a.id = f.agent_id "_s;

FollowUpItem itemFrom(const Query &query)
{
    FollowUpItem item;
    item.followUp.id = query.value(0).toLongLong();
    item.followUp.customerId = query.value(1).toLongLong();
    item.followUp.agentId = query.value(2).toLongLong();
    item.followUp.dueAt = query.value(3).toLongLong();
    item.followUp.note = query.value(4).toString();
    if (!query.value(5).isNull())
        item.followUp.doneAt = query.value(5).toLongLong();
    Customer customer;
    customer.firstName = query.value(6).toString();
    customer.lastName = query.value(7).toString();
    item.customerName = customer.displayName();
    item.agentName = query.value(8).toString();
    return item;
}

} // namespace

Id FollowUpRepository::insert(const FollowUp &followUp, Millis createdAt)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO follow_ups (customer_id, agent_id, due_at, note, done_at, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        { followUp.customerId, followUp.agentId, followUp.dueAt, followUp.note, sql::nullable(followUp.doneAt),
            createdAt });
}

std::optional<FollowUpItem> FollowUpRepository::find(Id id) const
{
    Query query(m_workspace.database(), selectFollowUps + u"WHERE f.id = ?"_s, { id });
    if (!query.next())
        return std::nullopt;
    return itemFrom(query);
}

bool FollowUpRepository::markDone(Id id, Millis doneAt)
{
    Query query(m_workspace.database(), u"UPDATE follow_ups SET done_at = ? WHERE id = ? AND done_at IS NULL"_s,
        { doneAt, id });
    return query.rowsAffected() == 1;
}

FollowUpPage FollowUpRepository::openForAgent(Id agentId, const std::optional<FollowUpCursor> &after, int limit) const
{
    QString statement = selectFollowUps + u"WHERE f.agent_id = ? AND f.done_at IS NULL"_s;
    if (after)
        statement += u" AND (f.due_at, f.id) > (?, ?)"_s;
    statement += u" ORDER BY f.due_at, f.id LIMIT ?"_s;
    QVariantList values { agentId };
    if (after)
        values << after->dueAt << after->id;
    values.append(limit + 1);
    Query query(m_workspace.database(), statement, values);

    FollowUpPage page;
    while (query.next()) {
        if (page.items.size() == limit) {
            const FollowUp &last = page.items.constLast().followUp;
            page.next = FollowUpCursor { last.dueAt, last.id };
            break;
        }
        page.items.append(itemFrom(query));
    }
    return page;
}

QList<FollowUpItem> FollowUpRepository::openForCustomer(Id customerId, int limit) const
{
    Query query(m_workspace.database(),
        selectFollowUps
            + u"WHERE f.customer_id = ? AND f.done_at IS NULL"
              " ORDER BY f.due_at, f.id LIMIT ?"_s,
        { customerId, limit });
    QList<FollowUpItem> items;
    while (query.next())
        items.append(itemFrom(query));
    return items;
}

qint64 FollowUpRepository::openCountForAgent(Id agentId) const
{
    return Query::scalar(m_workspace.database(),
        u"SELECT count(*) FROM follow_ups WHERE agent_id = ? AND done_at IS NULL"_s, { agentId })
        .toLongLong();
}

qint64 FollowUpRepository::overdueCountForAgent(Id agentId, Millis now) const
{
    return Query::scalar(m_workspace.database(),
        u"SELECT count(*) FROM follow_ups WHERE agent_id = ? AND done_at IS NULL AND due_at < ?"_s, { agentId, now })
        .toLongLong();
}

} // namespace tandem
