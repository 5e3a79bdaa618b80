// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/SearchService.h"

#include "storage/ChangeFeed.h"
#include "storage/Workspace.h"

namespace tandem {

SearchService::SearchService(Workspace &workspace, QObject *parent) : QObject(parent), m_search(workspace)
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &SearchService::changed);
}

SearchPage SearchService::search(
    const Actor &, const QString &text, SearchOrder order, const std::optional<SearchCursor> &after, int limit) const
{
    return m_search.search(text, order, after, qBound(1, limit, maxPageSize));
}

bool SearchService::isSearchable(const QString &text) const
{
    return m_search.isSearchable(text);
}

} // namespace tandem
