// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ArticleUse.h"

#include "services/ArticleService.h"
#include "storage/ArticleRepository.h"
#include "storage/ArticleUsageRepository.h"
#include "storage/Workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tandem {

QJsonArray recordArticleUses(Workspace &workspace, const Actor &actor, const QList<ArticleUse> &uses, Id interactionId,
    std::optional<Id> conversationId, const QString &replyText, Millis now)
{
    QJsonArray recorded;
    if (uses.isEmpty())
        return recorded;
    const ArticleRepository articles(workspace);
    ArticleUsageRepository usage(workspace);
    const QString siteAddress = workspace.metaValue(ArticleService::siteAddressKey.toString());
    QList<ArticleUse> done;
    for (const ArticleUse &use : uses) {
        if (done.contains(use))
            continue;
        done.append(use);
        const std::optional<Article> article = articles.find(use.articleId);
        if (!article || article->state != ArticleState::Published)
            continue;
        const QUrl url = ArticleService::siteUrlOf(*article, siteAddress);
        const bool withLink = !url.isEmpty() && replyText.contains(url.toString());
        if (use.how == ArticleInsertion::Link && !withLink)
            continue;
        usage.record(interactionId, conversationId, actor.agentId > 0 ? std::optional(actor.agentId) : std::nullopt,
            use, withLink, now);
        recorded.append(QJsonObject {
            { u"article"_s, use.articleId }, { u"how"_s, ArticleRules::keyOf(use.how) }, { u"link"_s, withLink } });
    }
    return recorded;
}

} // namespace tandem
