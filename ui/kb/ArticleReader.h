// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "inbox/SafeTextBrowser.h"

namespace tandem {

// An article as the team reads it: title, what it is (category, language, who may read it, its state), a
// warning when it is due for a review or waits for a check, and the Markdown rendered (ArticleMarkdown).
// Read-only and loads nothing: an image an article names is not fetched. A link is opened in the system's
// browser only when clicked, and only an http, https or mailto one (the only ones the renderer keeps).
class ArticleReader : public SafeTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleReader(QWidget *parent = nullptr);

    // `today` decides whether it is due for a review.
    void showArticle(const Article &article, QDate today);
    // A title and Markdown only, as a version or a preview shows them.
    void showText(const QString &title, const QString &markdown, const QString &note = {});
    // A quiet sentence where the article would be ("Choose an article").
    void showPlaceholder(const QString &sentence);
};

} // namespace tandem
