// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "search/SearchResultModel.h"

#include "ModelRoles.h"
#include "domain/Error.h"
#include "domain/MarkedText.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace tandem {

SearchResultModel::SearchResultModel(SearchService &service, Actor actor, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_actor(std::move(actor))
{ }

SearchPage SearchResultModel::loadPage(const std::optional<SearchCursor> &after)
{
    try {
        return m_service.search(m_text, m_order, after);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return {};
    }
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.subject.isEmpty() ? MarkedText::plain(hit.snippet) : hit.subject;
    case Qt::ToolTipRole:
        return QString(hit.customerName + u" · "_s + MarkedText::plain(hit.snippet));
    case Qt::AccessibleDescriptionRole:
        return QString(hit.customerName + u", "_s + displayName(hit.kind) + u", "_s + MarkedText::plain(hit.snippet));
    case SearchRoles::InteractionId:
        return hit.interactionId;
    case SearchRoles::CustomerId:
        return hit.customerId;
    case SearchRoles::CustomerName:
        return hit.customerName;
    case SearchRoles::Kind:
        return int(hit.kind);
    case SearchRoles::Channel:
        return int(hit.channel);
    case SearchRoles::Direction:
        return int(hit.direction);
    case SearchRoles::OccurredAt:
        return QDateTime::fromMSecsSinceEpoch(hit.occurredAt).toLocalTime();
    case SearchRoles::Subject:
        return hit.subject;
    case SearchRoles::MarkedSubject:
        return hit.markedSubject;
    case SearchRoles::Snippet:
        return hit.snippet;
    case SearchRoles::Summary:
        return QString(displayName(hit.kind) + u" · "_s + displayName(hit.channel));
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_changing;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next || m_changing)
        return;
    const SearchPage page = loadPage(m_next);
    m_next = page.next;
    if (page.hits.isEmpty())
        return;
    const int first = int(m_hits.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.hits.size()) - 1);
    m_hits.append(page.hits);
    endInsertRows();
    m_changing = false;
}

void SearchResultModel::setQuery(const QString &text, SearchOrder order)
{
    m_changing = true;
    beginResetModel();
    m_text = text;
    m_order = order;
    m_hasQuery = m_service.isSearchable(text);
    m_hits.clear();
    m_next.reset();
    if (m_hasQuery) {
        const SearchPage first = loadPage(std::nullopt);
        m_hits = first.hits;
        m_next = first.next;
    }
    endResetModel();
    m_changing = false;
}

const SearchHit *SearchResultModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

} // namespace tandem
