// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/ArticleService.h"

#include <QAbstractListModel>

namespace tandem {

// The knowledge-base articles an agent may see, narrowed by the filter, found by the search text when there
// is one (best match first) or else by category and title. A knowledge base is written by people and a
// list holds at most ArticleService::listLimit of it, so the model holds the whole filtered list.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    ArticleListModel(ArticleService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const ArticleFilter &filter() const { return m_filter; }
    [[nodiscard]] const QString &searchText() const { return m_text; }
    // `onlyStale` keeps the published articles due for a review.
    void setFilter(const ArticleFilter &filter, bool onlyStale = false);
    void setSearchText(const QString &text);
    [[nodiscard]] const Article *articleAt(int row) const;
    // Row of a listed article, or -1.
    [[nodiscard]] int rowOf(Id articleId) const;
    // Reads the list again (after a change here or at another desk); the rows that stay keep their place.
    void reload();

signals:
    // The list could not be read; it keeps what it had.
    void loadFailed(const QString &message);

private:
    [[nodiscard]] std::optional<QList<Article>> load();
    [[nodiscard]] bool isStale(const Article &article) const;

    ArticleService &m_service;
    Actor m_actor;
    ArticleFilter m_filter;
    bool m_onlyStale = false;
    QString m_text;
    QList<Article> m_articles;
};

} // namespace tandem
