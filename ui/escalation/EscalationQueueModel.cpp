// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationQueueModel.h"

#include "ModelRoles.h"
#include "domain/Error.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The queue's sort key; a row whose key changed has moved.
std::pair<Millis, Id> sortKeyOf(const EscalationListItem &item)
{
    return { SlaPolicy::queueDueAt(item.escalation), item.escalation.id };
}

bool sameContent(const EscalationListItem &a, const EscalationListItem &b)
{
    return a.escalation.version == b.escalation.version && a.assigneeName == b.assigneeName
        && a.customerName == b.customerName && a.creatorName == b.creatorName;
}

} // namespace

EscalationQueueModel::EscalationQueueModel(EscalationService &service, Actor actor, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_actor(std::move(actor))
{
    connect(&m_service, &EscalationService::changed, this, &EscalationQueueModel::refresh);
    connect(&m_countdownTimer, &QTimer::timeout, this, &EscalationQueueModel::refreshCountdowns);
    m_countdownTimer.start(countdownIntervalMs);
    setFilter(defaultFilterFor(m_actor));
}

EscalationQueueFilter EscalationQueueModel::defaultFilterFor(const Actor &actor)
{
    EscalationQueueFilter filter;
    filter.queue = actor.role == Role::ServiceRep ? EscalationQueue::EscalatedByMe : EscalationQueue::Support;
    return filter;
}

EscalationPage EscalationQueueModel::loadPage(const std::optional<EscalationCursor> &after, int limit)
{
    try {
        return m_service.queue(m_actor, m_filter, after, limit);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return {};
    }
}

int EscalationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant EscalationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EscalationListItem &item = m_items.at(index.row());
    const Escalation &e = item.escalation;
    switch (role) {
    case Qt::DisplayRole:
    case EscalationRoles::Summary:
        return e.summary;
    case Qt::ToolTipRole:
        return QString(displayName(e.severity) + u" · "_s + displayName(e.category) + u" · "_s + displayName(e.state)
            + u"\n"_s + SlaPolicy::describeStatus(m_service.slaStatus(e)));
    case EscalationRoles::Id:
        return e.id;
    case EscalationRoles::State:
        return int(e.state);
    case EscalationRoles::StateName:
        return displayName(e.state);
    case EscalationRoles::Severity:
        return int(e.severity);
    case EscalationRoles::SeverityName:
        return displayName(e.severity);
    case EscalationRoles::Category:
        return int(e.category);
    case EscalationRoles::CategoryName:
        return displayName(e.category);
    case EscalationRoles::CustomerId:
        return e.customerId;
    case EscalationRoles::CustomerName:
        return item.customerName;
    case EscalationRoles::CreatorName:
        return item.creatorName;
    case EscalationRoles::AssigneeName:
        return item.assigneeName;
    case EscalationRoles::CreatedAt:
        return QDateTime::fromMSecsSinceEpoch(e.createdAt).toLocalTime();
    case EscalationRoles::SlaDueAt:
        return QDateTime::fromMSecsSinceEpoch(m_service.slaStatus(e).dueAt).toLocalTime();
    case EscalationRoles::SlaLevel:
        return int(m_service.slaStatus(e).level);
    case EscalationRoles::SlaText:
        return SlaPolicy::describeStatus(m_service.slaStatus(e));
    case EscalationRoles::SlaProgress: {
        const SlaStatus status = m_service.slaStatus(e);
        const Millis target = status.dueAt - status.startedAt;
        if (target <= 0)
            return 1.0;
        return double(target - status.remaining) / double(target);
    }
    case EscalationRoles::Version:
        return e.version;
    default:
        return {};
    }
}

bool EscalationQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_changing;
}

void EscalationQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next || m_changing)
        return;
    const EscalationPage page = loadPage(m_next, pageSize);
    m_next = page.next;
    if (page.items.isEmpty())
        return;
    const int first = int(m_items.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.items.size()) - 1);
    m_items.append(page.items);
    endInsertRows();
    m_changing = false;
}

void EscalationQueueModel::setFilter(const EscalationQueueFilter &filter)
{
    m_changing = true;
    beginResetModel();
    m_filter = filter;
    const EscalationPage first = loadPage(std::nullopt, pageSize);
    m_items = first.items;
    m_next = first.next;
    endResetModel();
    m_changing = false;
}

void EscalationQueueModel::refresh()
{
    if (m_changing)
        return;
    // As many rows as are loaded (at least a page), so nothing the view shows falls away; a queue that was
    // loaded to its end stays complete.
    const bool complete = !m_next.has_value();
    const qsizetype wanted = qMax<qsizetype>(pageSize, m_items.size());
    QList<EscalationListItem> fresh;
    std::optional<EscalationCursor> cursor;
    try {
        do {
            const qsizetype limit = complete ? pageSize : qMin<qsizetype>(1000, wanted - fresh.size());
            const EscalationPage page = m_service.queue(m_actor, m_filter, cursor, int(limit));
            fresh.append(page.items);
            cursor = page.next;
        } while (cursor && (complete || fresh.size() < wanted));
    } catch (const Error &error) {
        emit loadFailed(error.message()); // the rows shown stay as they were
        return;
    }
    m_changing = true;
    apply(fresh);
    m_next = cursor;
    m_changing = false;
}

// Both lists are sorted by (due time, id). Rows that vanished or moved go first; what stays is then an
// ordered part of `fresh`, so one merge inserts the newcomers in place.
void EscalationQueueModel::apply(const QList<EscalationListItem> &fresh)
{
    QHash<Id, std::pair<Millis, Id>> freshKeys;
    freshKeys.reserve(fresh.size());
    for (const EscalationListItem &item : fresh)
        freshKeys.insert(item.escalation.id, sortKeyOf(item));
    const auto stays = [&](int row) {
        const auto found = freshKeys.constFind(m_items.at(row).escalation.id);
        return found != freshKeys.constEnd() && *found == sortKeyOf(m_items.at(row));
    };
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (stays(row))
            continue;
        const int last = row;
        while (row > 0 && !stays(row - 1))
            --row;
        beginRemoveRows({}, row, last);
        m_items.remove(row, last - row + 1);
        endRemoveRows();
    }

    int row = 0;
    qsizetype next = 0;
    while (next < fresh.size()) {
        if (row < m_items.size() && m_items.at(row).escalation.id == fresh.at(next).escalation.id) {
            if (!sameContent(m_items.at(row), fresh.at(next))) {
                m_items[row] = fresh.at(next);
                emit dataChanged(index(row), index(row));
            }
            ++row;
            ++next;
            continue;
        }
        const qsizetype start = next;
        while (next < fresh.size()
            && !(row < m_items.size() && m_items.at(row).escalation.id == fresh.at(next).escalation.id))
            ++next;
        const int count = int(next - start);
        beginInsertRows({}, row, row + count - 1);
        for (int i = 0; i < count; ++i)
            m_items.insert(row + i, fresh.at(start + i));
        endInsertRows();
        row += count;
    }
    if (row < m_items.size()) {
        beginRemoveRows({}, row, int(m_items.size()) - 1);
        m_items.remove(row, m_items.size() - row);
        endRemoveRows();
    }
}

void EscalationQueueModel::refreshCountdowns()
{
    if (m_items.isEmpty())
        return;
    emit dataChanged(index(0), index(int(m_items.size()) - 1),
        { EscalationRoles::SlaLevel, EscalationRoles::SlaText, EscalationRoles::SlaProgress, Qt::ToolTipRole });
}

Id EscalationQueueModel::escalationIdAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).escalation.id : 0;
}

int EscalationQueueModel::rowOf(Id escalationId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).escalation.id == escalationId)
            return row;
    }
    return -1;
}

std::optional<EscalationListItem> EscalationQueueModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items.at(row);
}

} // namespace tandem
