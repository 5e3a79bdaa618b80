// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kb/ArticleListModel.h"

#include "IdRows.h"
#include "ModelRoles.h"
#include "domain/Error.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace tandem {

ArticleListModel::ArticleListModel(ArticleService &service, Actor actor, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_actor(std::move(actor))
{
    m_articles = load().value_or(QList<Article>());
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

bool ArticleListModel::isStale(const Article &article) const
{
    return ArticleRules::isStale(article, QDateTime::fromMSecsSinceEpoch(m_service.clock().now()).date());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return article.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case ArticleRoles::Details: {
        QStringList details;
        if (!article.category.isEmpty())
            details.append(article.category);
        details.append(article.language.toUpper());
        details.append(article.visibility == ArticleVisibility::Public ? tr("public") : tr("internal"));
        if (article.state == ArticleState::Draft)
            details.append(article.editOf ? tr("suggested change") : tr("draft"));
        else if (article.state == ArticleState::Archived)
            details.append(tr("archived"));
        else
            details.append(tr("version %1").arg(article.publishedVersion));
        if (role != ArticleRoles::Details && isStale(article))
            details.append(tr("due for review"));
        if (role != ArticleRoles::Details && article.needsCheck)
            details.append(tr("check before publishing"));
        return details.join(u" · "_s);
    }
    case ArticleRoles::Id:
        return article.id;
    case ArticleRoles::Category:
        return article.category;
    case ArticleRoles::Language:
        return article.language;
    case ArticleRoles::Visibility:
        return int(article.visibility);
    case ArticleRoles::State:
        return int(article.state);
    case ArticleRoles::Stale:
        return isStale(article);
    case ArticleRoles::SuggestedChange:
        return article.state == ArticleState::Draft && article.editOf.has_value();
    case ArticleRoles::NeedsCheck:
        return article.needsCheck;
    default:
        return {};
    }
}

void ArticleListModel::setFilter(const ArticleFilter &filter, bool onlyStale)
{
    m_filter = filter;
    m_onlyStale = onlyStale;
    reload();
}

void ArticleListModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    reload();
}

const Article *ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles.at(row) : nullptr;
}

int ArticleListModel::rowOf(Id articleId) const
{
    return IdRows::rowOf(m_articles, articleId);
}

std::optional<QList<Article>> ArticleListModel::load()
{
    try {
        QList<Article> articles;
        if (m_text.trimmed().isEmpty()) {
            articles = m_service.articles(m_actor, m_filter);
        } else {
            for (const ArticleHit &hit : m_service.search(m_actor, m_text, m_filter, ArticleService::listLimit))
                articles.append(hit.article);
        }
        if (m_onlyStale)
            articles.removeIf([this](const Article &article) { return !isStale(article); });
        return articles;
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return std::nullopt;
    }
}

void ArticleListModel::reload()
{
    std::optional<QList<Article>> loaded = load();
    if (!loaded)
        return;
    // Another desk's change that leaves the same rows must not reset the view under the agent's selection.
    if (IdRows::sameIds(m_articles, *loaded)) {
        m_articles = std::move(*loaded);
        if (!m_articles.isEmpty())
            emit dataChanged(index(0), index(int(m_articles.size()) - 1));
        return;
    }
    beginResetModel();
    m_articles = std::move(*loaded);
    endResetModel();
}

} // namespace tandem
