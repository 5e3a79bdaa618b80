// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "services/Actor.h"

#include <QJsonArray>

#include <optional>

namespace tandem {

class Workspace;

// Articles that went into a reply are counted when the reply is sent or logged, in its transaction, wherever
// it is written (a conversation's reply box, the timeline's compose panel, from a template): what the customer
// got is what counts, an article inserted into a draft that was thrown away or edited out does not, and a
// count never exists without its reply. Whether the reply carried the article's link is read from its text:
// an inserted link that was deleted again is not counted, and a template's {{article.url}} counts as a link.
// Articles that are gone or no longer published are left out. Returns what was recorded, for the reply's
// audit entry ([{article, how, link}]).
QJsonArray recordArticleUses(Workspace &workspace, const Actor &actor, const QList<ArticleUse> &uses, Id interactionId,
    std::optional<Id> conversationId, const QString &replyText, Millis now);

} // namespace tandem
