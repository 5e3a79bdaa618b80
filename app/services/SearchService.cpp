// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/SearchService.h"

#include "storage/ChangeFeed.h"
#include "storage/SearchRepository.h"
#include "storage/Workspace.h"

namespace tandem {

struct SearchService::Private
{
    explicit Private(Workspace &workspace) : search(workspace) { }

    SearchRepository search;
};

SearchService::SearchService(Workspace &workspace, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &SearchService::changed);
}

SearchService::~SearchService() = default;

SearchPage SearchService::search(
    const QString &text, SearchOrder order, const std::optional<SearchCursor> &after, int limit) const
{
    return d->search.search(text, order, after, qBound(1, limit, maxPageSize));
}

bool SearchService::isSearchable(const QString &text) const
{
    return d->search.isSearchable(text);
}

} // namespace tandem
