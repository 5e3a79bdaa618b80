// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationQueueModel.h"

#include "ModelRoles.h"
#include "domain/Error.h"

#include <QDateTime>
#include <QHash>

#include <tuple>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The queue's sort key (what waits on the agent first, then by due time); a row whose key changed has moved.
std::tuple<bool, Millis, Id> sortKeyOf(const EscalationListItem &item)
{
    return { !item.waitsOnMe, SlaPolicy::queueDueAt(item.escalation), item.escalation.id };
}

bool sameContent(const EscalationListItem &a, const EscalationListItem &b)
{
    return a.escalation.version == b.escalation.version && a.assigneeName == b.assigneeName
        && a.customerName == b.customerName && a.creatorName == b.creatorName;
}

} // namespace

EscalationQueueModel::EscalationQueueModel(EscalationService &service, Actor actor, QObject *parent)
    : KeysetPagedModel(pageSize, parent), m_service(service), m_actor(std::move(actor))
{
    connect(&m_service, &EscalationService::queueChanged, this, &EscalationQueueModel::refresh);
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

EscalationQueueModel::Page EscalationQueueModel::fetchPage(const std::optional<EscalationCursor> &after, int limit)
{
    EscalationPage page = m_service.queue(m_actor, m_filter, after, limit);
    return { std::move(page.items), page.next };
}

QVariant EscalationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EscalationListItem &item = rows().at(index.row());
    const Escalation &e = item.escalation;
    switch (role) {
    case Qt::DisplayRole:
    case EscalationRoles::Summary:
        return e.summary;
    case Qt::ToolTipRole:
        return QString((item.waitsOnMe ? QString(tr("Waiting for you") + u"\n"_s) : QString()) + displayName(e.severity)
            + u" · "_s + displayName(e.category) + u" · "_s + displayName(e.state) + u"\n"_s
            + SlaPolicy::describeStatus(m_service.slaStatus(e)));
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
    case EscalationRoles::WaitsOnMe:
        return item.waitsOnMe;
    default:
        return {};
    }
}

void EscalationQueueModel::setFilter(const EscalationQueueFilter &filter)
{
    m_filter = filter;
    resetToFirstPage();
}

void EscalationQueueModel::refresh()
{
    reloadLoaded();
}

// Both lists are sorted by sortKeyOf(). Rows that vanished or moved go first; what stays is then an
// ordered part of `fresh`, so one merge inserts the newcomers in place.
void EscalationQueueModel::replaceLoaded(const QList<EscalationListItem> &fresh)
{
    QList<EscalationListItem> &items = mutableRows();
    QHash<Id, std::tuple<bool, Millis, Id>> freshKeys;
    freshKeys.reserve(fresh.size());
    for (const EscalationListItem &item : fresh)
        freshKeys.insert(item.escalation.id, sortKeyOf(item));
    const auto stays = [&](int row) {
        const auto found = freshKeys.constFind(items.at(row).escalation.id);
        return found != freshKeys.constEnd() && *found == sortKeyOf(items.at(row));
    };
    for (int row = int(items.size()) - 1; row >= 0; --row) {
        if (stays(row))
            continue;
        const int last = row;
        while (row > 0 && !stays(row - 1))
            --row;
        beginRemoveRows({}, row, last);
        items.remove(row, last - row + 1);
        endRemoveRows();
    }

    int row = 0;
    qsizetype next = 0;
    while (next < fresh.size()) {
        if (row < items.size() && items.at(row).escalation.id == fresh.at(next).escalation.id) {
            if (!sameContent(items.at(row), fresh.at(next))) {
                items[row] = fresh.at(next);
                emit dataChanged(index(row), index(row));
            }
            ++row;
            ++next;
            continue;
        }
        const qsizetype start = next;
        while (
            next < fresh.size() && !(row < items.size() && items.at(row).escalation.id == fresh.at(next).escalation.id))
            ++next;
        const int count = int(next - start);
        beginInsertRows({}, row, row + count - 1);
        for (int i = 0; i < count; ++i)
            items.insert(row + i, fresh.at(start + i));
        endInsertRows();
        row += count;
    }
    if (row < items.size()) {
        beginRemoveRows({}, row, int(items.size()) - 1);
        items.remove(row, items.size() - row);
        endRemoveRows();
    }
}

void EscalationQueueModel::refreshCountdowns()
{
    if (rows().isEmpty())
        return;
    emit dataChanged(index(0), index(int(rows().size()) - 1),
        { EscalationRoles::SlaLevel, EscalationRoles::SlaText, EscalationRoles::SlaProgress, Qt::ToolTipRole });
}

Id EscalationQueueModel::escalationIdAt(int row) const
{
    const EscalationListItem *item = rowPointer(row);
    return item ? item->escalation.id : 0;
}

int EscalationQueueModel::rowOf(Id escalationId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).escalation.id == escalationId)
            return row;
    }
    return -1;
}

std::optional<EscalationListItem> EscalationQueueModel::itemAt(int row) const
{
    const EscalationListItem *item = rowPointer(row);
    return item ? std::optional(*item) : std::nullopt;
}

} // namespace tandem
