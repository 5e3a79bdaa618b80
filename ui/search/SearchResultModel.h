// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/SearchService.h"

#include <QAbstractListModel>

namespace tandem {

// Hits of a global search, a page at a time as the view scrolls (keyset paging), so a word found in
// half the workspace costs no more than the rows on screen. The results are a snapshot of the moment
// the query ran; setQuery() runs it again.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    SearchResultModel(SearchService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Runs the search (the first page); text without a word empties the list.
    void setQuery(const QString &text, SearchOrder order);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] SearchOrder order() const { return m_order; }
    // Whether the text holds a word, so the list shows results rather than nothing to search for.
    [[nodiscard]] bool hasQuery() const { return m_hasQuery; }
    // Whether more hits follow the ones loaded.
    [[nodiscard]] bool hasMore() const { return m_next.has_value(); }
    // The hit at a row, or nullptr.
    [[nodiscard]] const SearchHit *hitAt(int row) const;

signals:
    // A page could not be read; the list keeps what it has.
    void loadFailed(const QString &message);

private:
    SearchPage loadPage(const std::optional<SearchCursor> &after);

    SearchService &m_service;
    Actor m_actor;
    QString m_text;
    SearchOrder m_order = SearchOrder::Newest;
    bool m_hasQuery = false;
    QList<SearchHit> m_hits;
    std::optional<SearchCursor> m_next;
    // Views and testers call fetchMore() from inside our own change signals; such calls wait for the next one.
    bool m_changing = false;
};

} // namespace tandem
