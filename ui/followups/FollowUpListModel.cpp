// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "followups/FollowUpListModel.h"

#include "ModelRoles.h"
#include "domain/Error.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tandem {

FollowUpListModel::FollowUpListModel(FollowUpService &service, Actor actor, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_actor(std::move(actor))
{
    if (const std::optional<FollowUpPage> first = loadPage(std::nullopt, pageSize)) {
        m_items = first->items;
        m_next = first->next;
    }
    connect(&m_service, &FollowUpService::changed, this, &FollowUpListModel::reload);
}

std::optional<FollowUpPage> FollowUpListModel::loadPage(const std::optional<FollowUpCursor> &after, int limit)
{
    try {
        return m_service.myFollowUps(m_actor, after, limit);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return std::nullopt;
    }
}

int FollowUpListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant FollowUpListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpItem &item = m_items.at(index.row());
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(item.followUp.dueAt).toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        return item.customerName;
    case Qt::ToolTipRole:
        return item.followUp.note;
    case Qt::AccessibleDescriptionRole:
        return item.overdue ? tr("Overdue since %1").arg(QLocale().toString(due, QLocale::ShortFormat))
                            : tr("Due %1").arg(QLocale().toString(due, QLocale::ShortFormat));
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

bool FollowUpListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_changing;
}

void FollowUpListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next || m_changing)
        return;
    const std::optional<FollowUpPage> page = loadPage(m_next, pageSize);
    if (!page)
        return;
    m_next = page->next;
    if (page->items.isEmpty())
        return;
    const int first = int(m_items.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page->items.size()) - 1);
    m_items.append(page->items);
    endInsertRows();
    m_changing = false;
}

void FollowUpListModel::reload()
{
    // As many rows as were loaded, so a reload does not scroll the view back to the top.
    const int wanted = int(qMax<qsizetype>(pageSize, m_items.size()));
    const std::optional<FollowUpPage> page = loadPage(std::nullopt, wanted);
    if (!page)
        return;
    m_changing = true;
    beginResetModel();
    m_items = page->items;
    m_next = page->next;
    endResetModel();
    m_changing = false;
}

const FollowUpItem *FollowUpListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int FollowUpListModel::rowOf(Id followUpId) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).followUp.id == followUpId)
            return int(row);
    }
    return -1;
}

} // namespace tandem
