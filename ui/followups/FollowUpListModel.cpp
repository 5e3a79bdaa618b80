// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "followups/FollowUpListModel.h"

#include "DateTimeText.h"
#include "ModelRoles.h"
#include "domain/Error.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tandem {

FollowUpListModel::FollowUpListModel(FollowUpService &service, Actor actor, QObject *parent)
    : KeysetPagedModel(pageSize, parent), m_service(service), m_actor(std::move(actor))
{
    resetToFirstPage();
    connect(&m_service, &FollowUpService::changed, this, &FollowUpListModel::reload);
}

FollowUpListModel::Page FollowUpListModel::fetchPage(const std::optional<FollowUpCursor> &after, int limit)
{
    FollowUpPage page = m_service.myFollowUps(m_actor, after, limit);
    return { std::move(page.items), page.next };
}

QVariant FollowUpListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpItem &item = rows().at(index.row());
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(item.followUp.dueAt).toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        return item.customerName;
    case Qt::ToolTipRole:
        return item.followUp.note;
    case Qt::AccessibleDescriptionRole:
        return item.overdue ? tr("Overdue since %1").arg(shortDateTimeText(due))
                            : tr("Due %1").arg(shortDateTimeText(due));
    case FollowUpRoles::Id:
        return item.followUp.id;
    case FollowUpRoles::CustomerId:
        return item.followUp.customerId;
    case FollowUpRoles::CustomerName:
        return item.customerName;
    case FollowUpRoles::DueAt:
        return due;
    case FollowUpRoles::Note:
        return item.followUp.note;
    case FollowUpRoles::Overdue:
        return item.overdue;
    default:
        return {};
    }
}

void FollowUpListModel::reload()
{
    reloadLoaded();
}

const FollowUpItem *FollowUpListModel::itemAt(int row) const
{
    return rowPointer(row);
}

int FollowUpListModel::rowOf(Id followUpId) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (rows().at(row).followUp.id == followUpId)
            return int(row);
    }
    return -1;
}

} // namespace tandem
