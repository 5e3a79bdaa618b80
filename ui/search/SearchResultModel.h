// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeysetPagedModel.h"
#include "services/Actor.h"
#include "services/SearchService.h"

#include <QAbstractListModel>

namespace tandem {

// Hits of a global search, a page at a time as the view scrolls (keyset paging), so a word found in
// half the workspace costs no more than the rows on screen. The results are a snapshot of the moment
// the query ran; setQuery() runs it again.
class SearchResultModel : public KeysetPagedModel<SearchResultModel, QAbstractListModel, SearchHit, SearchCursor>
{
    Q_OBJECT

public:
    explicit SearchResultModel(SearchService &service, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Runs the search (the first page); text without a word empties the list.
    void setQuery(const QString &text, SearchOrder order);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] SearchOrder order() const { return m_order; }
    // Whether the text holds a word, so the list shows results rather than nothing to search for.
    [[nodiscard]] bool hasQuery() const { return m_hasQuery; }
    // The hit at a row, or nullptr.
    [[nodiscard]] const SearchHit *hitAt(int row) const { return rowPointer(row); }

signals:
    // A page could not be read; the list keeps what it has.
    void loadFailed(const QString &message);

private:
    Page fetchPage(const std::optional<SearchCursor> &after, int limit) override;

    SearchService &m_service;
    QString m_text;
    SearchOrder m_order = SearchOrder::Newest;
    bool m_hasQuery = false;
};

} // namespace tandem
