// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

// One article as the site shows it: the article, its body as HTML (ArticleMarkdown) and as plain text.
struct KbSiteArticle
{
    Article article;
    QString html;
    QString text;
};

// What every page of one language shares.
struct KbSitePageContext
{
    QString companyName;
    QString language; // of the page's articles
    QStringList languages; // every language with articles, for the switcher; sorted
    QDate updated;
    // The site's own words in the page's language (resources/kb/site-words.json), English where missing.
    QHash<QString, QString> words;
};

// The self-service site's HTML pages (KbSiteService writes them). Semantic and accessible: a lang
// attribute, a skip link, header, nav, main and footer landmarks, one h1, a labelled search form; every
// text from the workspace is HTML-escaped, and article bodies come from ArticleMarkdown, which never
// passes raw HTML on.
namespace KbSitePages {

// The first sentences of the text, at most about 180 characters, cut at a word.
[[nodiscard]] QString summary(const QString &text);
// The site's words for `language` (English for those missing).
[[nodiscard]] QHash<QString, QString> wordsFor(const QString &language);
// The anchor of a topic (category) on its language's index page: "topic-" and the category's place among
// the language's categories, sorted; an empty category is the general topic.
[[nodiscard]] QHash<QString, QString> topicAnchors(const QList<KbSiteArticle> &articles);

// A language's index page: search, topics and every article by topic. `root` leads from the page to the
// site's root ("../" in a language's folder, "" for the site's own index.html) and `folder` from the page
// to the language's folder ("" or "en/").
[[nodiscard]] QString indexPage(
    const KbSitePageContext &context, const QList<KbSiteArticle> &articles, const QString &root, const QString &folder);
// An article's page, at ArticleRules::sitePath().
[[nodiscard]] QString articlePage(
    const KbSitePageContext &context, const KbSiteArticle &article, const QString &topicAnchor);
// The style sheet with the brand colour ("#rrggbb") and the colours derived from it.
[[nodiscard]] QString styleSheet(const QString &brandColor);

} // namespace KbSitePages

} // namespace tandem
