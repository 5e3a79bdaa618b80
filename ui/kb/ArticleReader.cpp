// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kb/ArticleReader.h"

#include "ThemeColors.h"
#include "services/ArticleMarkdown.h"

#include <QDesktopServices>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tandem {

ArticleReader::ArticleReader(QWidget *parent) : SafeTextBrowser(parent)
{
    setObjectName(u"articleReader"_s);
    setAccessibleName(tr("Article"));
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s)
            QDesktopServices::openUrl(url);
    });
}

void ArticleReader::showText(const QString &title, const QString &markdown, const QString &note)
{
    QString html = u"<h1>"_s + title.toHtmlEscaped() + u"</h1>"_s;
    if (!note.isEmpty())
        html += note;
    html += ArticleMarkdown::toHtml(markdown);
    setHtml(html);
}

void ArticleReader::showArticle(const Article &article, QDate today)
{
    const QLocale locale;
    QStringList facts;
    if (!article.category.isEmpty())
        facts.append(article.category);
    const QString language = QLocale::languageToString(QLocale(article.language).language());
    facts.append(language.isEmpty() ? article.language.toUpper() : language);
    facts.append(article.visibility == ArticleVisibility::Public ? tr("Public: on the self-service site")
                                                                 : tr("Internal: the team only"));
    if (article.state == ArticleState::Draft)
        facts.append(article.editOf ? tr("Suggested change, not published") : tr("Draft, not published"));
    else if (article.state == ArticleState::Archived)
        facts.append(tr("Archived"));
    else
        facts.append(tr("Version %1").arg(article.publishedVersion));
    if (article.lastReviewed)
        facts.append(tr("reviewed %1").arg(locale.toString(*article.lastReviewed, QLocale::ShortFormat)));
    if (!article.tags.isEmpty())
        facts.append(u"#"_s + article.tags.join(u" #"_s));
    const QString quiet = palette().color(QPalette::PlaceholderText).name();
    QString note = u"<p style=\"color:%1\">%2</p>"_s.arg(quiet, facts.join(u" · "_s).toHtmlEscaped());

    const QString warning = ThemeColors::warning(palette()).name();
    const auto warn = [&note, &warning](const QString &sentence) {
        note += u"<p style=\"color:%1\"><b>%2</b></p>"_s.arg(warning, sentence.toHtmlEscaped());
    };
    if (ArticleRules::isStale(article, today)) {
        const std::optional<QDate> due = ArticleRules::staleFrom(article.lastReviewed, article.staleAfterMonths);
        warn(due && due->isValid() && article.lastReviewed
                ? tr("Due for a review since %1: check that it is still right, then mark it reviewed.")
                      .arg(locale.toString(*due, QLocale::ShortFormat))
                : tr("Due for a review: check that it is still right, then mark it reviewed."));
    }
    if (article.needsCheck) {
        warn(tr("Made from escalation #%1: check it for customer data before it is published.")
                .arg(article.fromEscalation.value_or(0)));
    }
    showText(article.title, article.body, note);
}

void ArticleReader::showPlaceholder(const QString &sentence)
{
    const QString quiet = palette().color(QPalette::PlaceholderText).name();
    setHtml(u"<p style=\"color:%1\">%2</p>"_s.arg(quiet, sentence.toHtmlEscaped()));
}

} // namespace tandem
