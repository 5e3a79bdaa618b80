// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/KbSitePages.h"

#include "domain/BrandColor.h"
#include "services/EmbeddedResources.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem::KbSitePages {
namespace {

constexpr qsizetype summaryLength = 180;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString languageName(const QString &code)
{
    // English's own name is its American variant's ("American English"); a site says just "English".
    QString name = code == u"en"_s ? u"English"_s : QLocale(code).nativeLanguageName();
    if (name.isEmpty() || QLocale(code).language() == QLocale::C)
        return code;
    return name.left(1).toUpper() + name.mid(1);
}

QString word(const KbSitePageContext &context, const QString &key)
{
    return context.words.value(key, key);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString longDate(const QString &language, QDate date)
{
    return u"<time datetime=\"%1\">%2</time>"_s.arg(
        isoDate(date), escaped(QLocale(language).toString(date, QLocale::LongFormat)));
}

QString categoryOf(const KbSitePageContext &context, const Article &article)
{
    return article.category.isEmpty() ? word(context, u"general"_s) : article.category;
}

// The top of every page up to <main>: the language, title, style sheet, skip link, the company's name and
// the language switcher (when there is more than one language) leading to each language's index page.
QString pageStart(const KbSitePageContext &context, const QString &title, const QString &root, const QString &folder)
{
    const QString home = folder + u"index.html"_s;
    QString html = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"Tandem\">\n<title>%2</title>\n"
                   "<link rel=\"stylesheet\" href=\"%3assets/site.css\">\n</head>\n<body>\n"
                   "<a class=\"skip-link\" href=\"#main\">%4</a>\n"
                   "<header class=\"site-header\">\n<div class=\"wrap\">\n"
                   "<p class=\"site-name\"><a href=\"%5\">%6</a> <span class=\"section\">%7</span></p>\n"_s.arg(
                       escaped(context.language), escaped(title), root, escaped(word(context, u"skip"_s)), home,
                       escaped(context.companyName), escaped(word(context, u"help_centre"_s)));
    if (context.languages.size() > 1) {
        html += u"<nav aria-label=\"%1\">\n<ul class=\"languages\">\n"_s.arg(escaped(word(context, u"languages"_s)));
        for (const QString &language : context.languages) {
            const QString name = escaped(languageName(language));
            if (language == context.language)
                html += u"<li><a href=\"%1\" aria-current=\"page\" lang=\"%2\">%3</a></li>\n"_s.arg(
                    home, language, name);
            else
                html += u"<li><a href=\"%1%2/index.html\" hreflang=\"%2\" lang=\"%2\">%3</a></li>\n"_s.arg(
                    root, escaped(language), name);
        }
        html += u"</ul>\n</nav>\n"_s;
    }
    html += u"</div>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n<div class=\"wrap\">\n"_s;
    return html;
}

QString pageEnd(const KbSitePageContext &context, const QString &scripts)
{
    return u"</div>\n</main>\n<footer class=\"site-footer\">\n<div class=\"wrap\">\n<p>%1 · %2 %3</p>\n</div>\n"
           "</footer>\n%4</body>\n</html>\n"_s.arg(escaped(context.companyName), escaped(word(context, u"updated"_s)),
               longDate(context.language, context.updated), scripts);
}

QString searchSection(const KbSitePageContext &context, const QString &folder)
{
    return u"<form class=\"search\" id=\"search\" role=\"search\" action=\"%1index.html\" method=\"get\">\n"
           "<label for=\"search-input\">%2</label>\n<div class=\"search-row\">\n"
           "<input type=\"search\" id=\"search-input\" name=\"q\" autocomplete=\"off\">\n"
           "<button type=\"submit\">%3</button>\n</div>\n</form>\n"
           "<noscript><p>%4</p></noscript>\n"
           "<section id=\"results\" aria-labelledby=\"results-heading\" hidden data-base=\"%1\" data-none=\"%5\" "
           "data-one=\"%6\" data-many=\"%7\">\n<h2 id=\"results-heading\">%8</h2>\n"
           "<p class=\"result-count\" id=\"result-count\" role=\"status\"></p>\n"
           "<ol class=\"results\" id=\"result-list\"></ol>\n</section>\n"_s.arg(folder,
               escaped(word(context, u"search_label"_s)), escaped(word(context, u"search_button"_s)),
               escaped(word(context, u"noscript"_s)), escaped(word(context, u"none"_s)),
               escaped(word(context, u"one"_s)), escaped(word(context, u"many"_s)),
               escaped(word(context, u"results"_s)));
}

} // namespace

QString summary(const QString &text)
{
    if (text.size() <= summaryLength)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', summaryLength);
    if (cut < summaryLength / 2)
        cut = summaryLength;
    return text.left(cut).trimmed() + u"…"_s;
}

QHash<QString, QString> wordsFor(const QString &language)
{
    static const QJsonObject all = [] {
        ensureEmbeddedResources();
        QFile file(u":/tandem/kb/site/words.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    QHash<QString, QString> words;
    const QJsonObject english = all.value(u"en"_s).toObject();
    for (auto it = english.begin(); it != english.end(); ++it)
        words.insert(it.key(), it.value().toString());
    const QJsonObject own = all.value(language).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        words.insert(it.key(), it.value().toString());
    return words;
}

QHash<QString, QString> topicAnchors(const QList<KbSiteArticle> &articles)
{
    QMap<QString, QString> sorted; // folded for the order, as written for the key
    for (const KbSiteArticle &entry : articles)
        sorted.insert(entry.article.category.toCaseFolded() + u'\x01' + entry.article.category, entry.article.category);
    QHash<QString, QString> anchors;
    int number = 0;
    for (const QString &category : std::as_const(sorted))
        anchors.insert(category, u"topic-%1"_s.arg(++number));
    return anchors;
}

QString indexPage(
    const KbSitePageContext &context, const QList<KbSiteArticle> &articles, const QString &root, const QString &folder)
{
    QString html = pageStart(context, word(context, u"help_centre"_s) + u" – "_s + context.companyName, root, folder);
    html += u"<h1>%1</h1>\n"_s.arg(escaped(word(context, u"heading"_s)));
    html += searchSection(context, folder);

    const QHash<QString, QString> anchors = topicAnchors(articles);
    QMap<QString, QList<const KbSiteArticle *>> byTopic; // keyed by anchor number, zero-padded for order
    for (const KbSiteArticle &entry : articles)
        byTopic[anchors.value(entry.article.category).mid(6).rightJustified(6, u'0')].append(&entry);

    html += u"<section aria-labelledby=\"browse\">\n<h2 id=\"browse\">%1</h2>\n"_s.arg(
        escaped(word(context, u"browse"_s)));
    if (articles.isEmpty())
        html += u"<p>%1</p>\n"_s.arg(escaped(word(context, u"empty"_s)));
    else {
        html += u"<nav aria-label=\"%1\">\n<ul class=\"topics\">\n"_s.arg(escaped(word(context, u"topics"_s)));
        for (const QList<const KbSiteArticle *> &topic : std::as_const(byTopic)) {
            const Article &first = topic.first()->article;
            html += u"<li><a href=\"#%1\">%2</a></li>\n"_s.arg(
                anchors.value(first.category), escaped(categoryOf(context, first)));
        }
        html += u"</ul>\n</nav>\n"_s;
    }
    for (QList<const KbSiteArticle *> topic : std::as_const(byTopic)) {
        std::sort(topic.begin(), topic.end(), [](const KbSiteArticle *a, const KbSiteArticle *b) {
            return a->article.title.localeAwareCompare(b->article.title) < 0;
        });
        const Article &first = topic.first()->article;
        const QString anchor = anchors.value(first.category);
        html += u"<section class=\"topic\" aria-labelledby=\"%1\">\n<h3 id=\"%1\">%2</h3>\n<ul class=\"articles\">\n"_s
                    .arg(anchor, escaped(categoryOf(context, first)));
        for (const KbSiteArticle *entry : std::as_const(topic)) {
            const QString page = ArticleRules::sitePath(entry->article).section(u'/', 1);
            html += u"<li><a href=\"%1%2\">%3</a><p class=\"summary\">%4</p></li>\n"_s.arg(
                folder, page, escaped(entry->article.title), escaped(summary(entry->text)));
        }
        html += u"</ul>\n</section>\n"_s;
    }
    html += u"</section>\n"_s;
    const QString scripts
        = u"<script src=\"%1search-index.js\"></script>\n<script src=\"%2assets/search.js\"></script>\n"_s.arg(
            folder, root);
    return html + pageEnd(context, scripts);
}

QString articlePage(const KbSitePageContext &context, const KbSiteArticle &entry, const QString &topicAnchor)
{
    const Article &article = entry.article;
    QString html = pageStart(context, article.title + u" – "_s + context.companyName, u"../"_s, QString());
    html += u"<nav class=\"breadcrumb\" aria-label=\"%1\">\n<ol>\n<li><a href=\"index.html\">%2</a></li>\n"
            "<li><a href=\"index.html#%3\">%4</a></li>\n<li aria-current=\"page\">%5</li>\n</ol>\n</nav>\n"_s.arg(
                escaped(word(context, u"breadcrumb"_s)), escaped(word(context, u"help_centre"_s)), topicAnchor,
                escaped(categoryOf(context, article)), escaped(article.title));
    html += u"<article>\n<h1>%1</h1>\n"_s.arg(escaped(article.title));
    if (article.lastReviewed)
        html += u"<p class=\"meta\">%1 %2</p>\n"_s.arg(
            escaped(word(context, u"reviewed"_s)), longDate(context.language, *article.lastReviewed));
    // The page has its own h1: headings inside the text start one level below it.
    QString body = entry.html;
    body.replace(u"<h1>"_s, u"<h2>"_s).replace(u"</h1>"_s, u"</h2>"_s);
    html += u"<div class=\"article-body\">\n%1</div>\n"_s.arg(body);
    if (!article.tags.isEmpty()) {
        html += u"<ul class=\"tags\" aria-label=\"%1\">\n"_s.arg(escaped(word(context, u"tags"_s)));
        for (const QString &tag : article.tags)
            html += u"<li>%1</li>\n"_s.arg(escaped(tag));
        html += u"</ul>\n"_s;
    }
    html += u"</article>\n<p><a href=\"index.html\">%1</a></p>\n"_s.arg(escaped(word(context, u"back"_s)));
    return html + pageEnd(context, QString());
}

QString styleSheet(const QString &brandColor)
{
    ensureEmbeddedResources();
    QFile file(u":/tandem/kb/site/site.css"_s);
    const QByteArray fixed = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return u":root { --brand: %1; --on-brand: %2; --accent: %3; }\n\n"_s.arg(
               brandColor, BrandColor::textOn(brandColor), BrandColor::accentOnWhite(brandColor))
        + QString::fromUtf8(fixed);
}

} // namespace tandem::KbSitePages
