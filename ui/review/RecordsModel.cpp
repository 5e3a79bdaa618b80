// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "review/RecordsModel.h"

#include "DateTimeText.h"
#include "ModelRoles.h"
#include "domain/Error.h"
#include "services/RecordsService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tandem {

RecordsModel::RecordsModel(RecordsService &service, Actor actor, QObject *parent)
    : KeysetPagedModel(RecordsService::pageSize, parent), m_service(service), m_actor(std::move(actor))
{
    reload();
}

RecordsModel::Page RecordsModel::fetchPage(const std::optional<RecordsCursor> &after, int limit)
{
    RecordsPage page = m_service.page(m_actor, m_filter, m_sort, after, limit);
    return { std::move(page.rows), page.next };
}

void RecordsModel::reload()
{
    resetToFirstPage();
}

void RecordsModel::setFilter(const RecordsFilter &filter)
{
    m_filter = filter;
    reload();
}

std::optional<RecordsSortKey> RecordsModel::sortKeyOf(int column)
{
    switch (column) {
    case TimeColumn:
        return RecordsSortKey::Time;
    case CustomerColumn:
        return RecordsSortKey::Customer;
    case AgentColumn:
        return RecordsSortKey::Agent;
    default:
        return std::nullopt;
    }
}

int RecordsModel::columnOf(RecordsSortKey key)
{
    switch (key) {
    case RecordsSortKey::Time:
        return TimeColumn;
    case RecordsSortKey::Customer:
        return CustomerColumn;
    case RecordsSortKey::Agent:
        return AgentColumn;
    }
    return TimeColumn;
}

void RecordsModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<RecordsSortKey> key = sortKeyOf(column);
    if (!key)
        return;
    const RecordsSort wanted { *key, order == Qt::DescendingOrder };
    if (wanted == m_sort)
        return;
    m_sort = wanted;
    reload();
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordRow &row = rows().at(index.row());
    const bool escalation = row.type == RecordType::Escalation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return shortDateTimeText(QDateTime::fromMSecsSinceEpoch(row.at).toLocalTime());
        case KindColumn:
            if (escalation) {
                return row.state ? tr("Escalation #%1 · %2").arg(row.id).arg(displayName(*row.state))
                                 : tr("Escalation #%1").arg(row.id);
            }
            return row.direction && *row.direction != Direction::Internal
                ? QString(displayName(row.kind) + u" · "_s + displayName(*row.direction).toLower())
                : displayName(row.kind);
        case CustomerColumn:
            return row.customerName;
        case AgentColumn:
            if (escalation && !row.assigneeName.isEmpty())
                return tr("%1 → %2").arg(row.agentName, row.assigneeName);
            return row.agentName;
        case ChannelColumn:
            return row.channel ? displayName(*row.channel) : QString();
        case SubjectColumn:
            return row.subject;
        case CauseColumn:
            return row.complaintCause;
        case SlaColumn:
            if (!row.sla)
                return QString();
            return *row.sla == SlaOutcome::Met ? tr("Met") : tr("Breached");
        case QaColumn:
            return row.qaAverage ? QLocale().toString(*row.qaAverage, 'f', 1) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == QaColumn && row.qaAverage)
            return tr("Mean QA score of the newest review (1-5)");
        return row.subject;
    case Qt::ForegroundRole:
        if (index.column() == SlaColumn && row.sla == SlaOutcome::Breached)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QaColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordsRoles::Type:
        return int(row.type);
    case RecordsRoles::Id:
        return row.id;
    case RecordsRoles::CustomerId:
        return row.customerId;
    case RecordsRoles::InteractionId:
        return row.interactionId.value_or(0);
    case RecordsRoles::At:
        return QDateTime::fromMSecsSinceEpoch(row.at).toLocalTime();
    case RecordsRoles::Kind:
        return int(row.kind);
    case RecordsRoles::Sla:
        return row.sla ? int(*row.sla) : -1;
    case RecordsRoles::QaAverage:
        return row.qaAverage ? QVariant(*row.qaAverage) : QVariant();
    case RecordsRoles::AgentId:
        return row.agentId.value_or(0);
    default:
        return {};
    }
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Record");
    case CustomerColumn:
        return tr("Customer");
    case AgentColumn:
        return tr("Agent");
    case ChannelColumn:
        return tr("Channel");
    case SubjectColumn:
        return tr("Subject");
    case CauseColumn:
        return tr("Cause");
    case SlaColumn:
        return tr("SLA");
    case QaColumn:
        return tr("QA");
    default:
        return {};
    }
}

} // namespace tandem
