// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/KbSiteSearchIndex.h"

#include "domain/TextFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tandem::KbSiteSearchIndex {
namespace {

// The words a visitor may look for: folded as every Tandem search box folds, each once, in order.
QString distinctWords(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QSet<QString> seen;
    QStringList words;
    for (const QString &word : foldText(text).split(separators, Qt::SkipEmptyParts)) {
        if (!seen.contains(word)) {
            seen.insert(word);
            words.append(word);
        }
    }
    return words.join(u' ');
}

} // namespace

QByteArray script(const QList<KbSiteArticle> &articles)
{
    QJsonArray entries;
    for (const KbSiteArticle &entry : articles) {
        entries.append(QJsonObject { { u"t"_s, entry.article.title }, { u"c"_s, entry.article.category },
            { u"g"_s, entry.article.tags.join(u' ') },
            { u"u"_s, ArticleRules::sitePath(entry.article).section(u'/', 1) },
            { u"s"_s, KbSitePages::summary(entry.text) }, { u"w"_s, distinctWords(entry.text) } });
    }
    // JSON is a JavaScript expression; the file is loaded with <script src>, so no HTML parser reads it.
    return "// Written by Tandem with the site; the site's search reads it.\nwindow.TANDEM_SEARCH_INDEX = "
        + QJsonDocument(entries).toJson(QJsonDocument::Compact) + ";\n";
}

} // namespace tandem::KbSiteSearchIndex
