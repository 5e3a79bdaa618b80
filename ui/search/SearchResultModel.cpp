// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "search/SearchResultModel.h"

#include "ModelRoles.h"
#include "domain/Error.h"
#include "domain/MarkedText.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace tandem {

SearchResultModel::SearchResultModel(SearchService &service, QObject *parent)
    : KeysetPagedModel(SearchService::pageSize, parent), m_service(service)
{ }

SearchResultModel::Page SearchResultModel::fetchPage(const std::optional<SearchCursor> &after, int limit)
{
    if (!m_hasQuery)
        return {};
    SearchPage page = m_service.search(m_text, m_order, after, limit);
    return { std::move(page.hits), page.next };
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = rows().at(index.row());
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

void SearchResultModel::setQuery(const QString &text, SearchOrder order)
{
    m_text = text;
    m_order = order;
    m_hasQuery = m_service.isSearchable(text);
    resetToFirstPage();
}

} // namespace tandem
