// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

// Which articles went into which replies (table article_uses), and what became of them.
class ArticleUsageRepository
{
public:
    explicit ArticleUsageRepository(Workspace &workspace) : m_workspace(workspace) { }

    // One article in one reply; the same article the same way in the same reply is recorded once.
    void record(Id interactionId, std::optional<Id> conversationId, std::optional<Id> agentId, const ArticleUse &use,
        bool withLink, Millis at);
    // Every published article with its uses in [from, to); the conversations' outcome is judged as of `now`.
    // By id.
    [[nodiscard]] QList<ArticleUsage> usage(Millis from, Millis to, Millis now) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
