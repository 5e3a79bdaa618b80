// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Article.h"

#include "domain/TextFolding.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem::ArticleRules {
namespace {

// Words as the full-text indexes split them: letters, digits and marks; anything else separates.
QStringList wordsIn(const QString &folded)
{
    QStringList words;
    QString current;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber() || ch.isMark()) {
            current.append(ch);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// Words nearly every message holds, folded. Without them "I have a problem with the app" would rank
// articles by how often they say "have" and "with".
const QSet<QString> &commonWords()
{
    static const QSet<QString> words {
        // English
        u"the"_s,
        u"and"_s,
        u"for"_s,
        u"are"_s,
        u"but"_s,
        u"not"_s,
        u"you"_s,
        u"your"_s,
        u"all"_s,
        u"any"_s,
        u"can"_s,
        u"had"_s,
        u"her"_s,
        u"was"_s,
        u"one"_s,
        u"our"_s,
        u"out"_s,
        u"has"_s,
        u"have"_s,
        u"his"_s,
        u"how"_s,
        u"its"_s,
        u"may"_s,
        u"now"_s,
        u"own"_s,
        u"say"_s,
        u"she"_s,
        u"too"_s,
        u"use"_s,
        u"way"_s,
        u"who"_s,
        u"why"_s,
        u"did"_s,
        u"does"_s,
        u"get"_s,
        u"got"_s,
        u"him"_s,
        u"this"_s,
        u"that"_s,
        u"with"_s,
        u"from"_s,
        u"they"_s,
        u"them"_s,
        u"then"_s,
        u"than"_s,
        u"there"_s,
        u"their"_s,
        u"what"_s,
        u"when"_s,
        u"where"_s,
        u"which"_s,
        u"will"_s,
        u"would"_s,
        u"could"_s,
        u"should"_s,
        u"been"_s,
        u"being"_s,
        u"were"_s,
        u"into"_s,
        u"just"_s,
        u"also"_s,
        u"some"_s,
        u"about"_s,
        u"after"_s,
        u"again"_s,
        u"still"_s,
        u"only"_s,
        u"very"_s,
        u"much"_s,
        u"more"_s,
        u"here"_s,
        u"please"_s,
        u"thanks"_s,
        u"thank"_s,
        u"hello"_s,
        u"dear"_s,
        u"regards"_s,
        u"best"_s,
        u"hi"_s,
        u"need"_s,
        u"help"_s,
        u"know"_s,
        u"like"_s,
        u"want"_s,
        u"since"_s,
        u"yesterday"_s,
        u"today"_s,
        u"dont"_s,
        u"doesnt"_s,
        u"cant"_s,
        u"isnt"_s,
        // German
        u"der"_s,
        u"die"_s,
        u"das"_s,
        u"und"_s,
        u"ich"_s,
        u"ist"_s,
        u"nicht"_s,
        u"mit"_s,
        u"ein"_s,
        u"eine"_s,
        u"einen"_s,
        u"mein"_s,
        u"meine"_s,
        u"sie"_s,
        u"wir"_s,
        u"auf"_s,
        u"fur"_s,
        u"von"_s,
        u"den"_s,
        u"dem"_s,
        u"des"_s,
        u"bei"_s,
        u"aus"_s,
        u"auch"_s,
        u"noch"_s,
        u"wie"_s,
        u"was"_s,
        u"hallo"_s,
        u"bitte"_s,
        u"danke"_s,
        u"gruss"_s,
        u"grusse"_s,
        u"habe"_s,
        u"hat"_s,
        u"kann"_s,
        // French
        u"les"_s,
        u"des"_s,
        u"une"_s,
        u"est"_s,
        u"pas"_s,
        u"pour"_s,
        u"que"_s,
        u"qui"_s,
        u"dans"_s,
        u"sur"_s,
        u"avec"_s,
        u"mon"_s,
        u"mes"_s,
        u"vous"_s,
        u"nous"_s,
        u"mais"_s,
        u"bonjour"_s,
        u"merci"_s,
        u"cordialement"_s,
        u"ai"_s,
        u"je"_s,
    };
    return words;
}

constexpr qsizetype shortestKeyword = 3;

// Short words say little, except codes that mix letters and digits ("E4", "S1").
bool isKeyword(const QString &word)
{
    if (commonWords().contains(word))
        return false;
    if (word.size() >= shortestKeyword)
        return true;
    const bool digit = std::any_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isDigit(); });
    const bool letter = std::any_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isLetter(); });
    return digit && letter;
}

} // namespace

QStringList normalizedTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString clean = tag.simplified().toLower();
        if (!clean.isEmpty() && !result.contains(clean))
            result.append(clean);
    }
    result.sort();
    return result;
}

std::optional<QDate> staleFrom(const std::optional<QDate> &lastReviewed, int staleAfterMonths)
{
    if (staleAfterMonths <= 0)
        return std::nullopt;
    if (!lastReviewed || !lastReviewed->isValid())
        return QDate(1, 1, 1);
    return lastReviewed->addMonths(staleAfterMonths);
}

bool isStale(const Article &article, QDate today)
{
    if (article.state != ArticleState::Published)
        return false;
    const std::optional<QDate> from = staleFrom(article.lastReviewed, article.staleAfterMonths);
    return from && today >= *from;
}

QString keyOf(ArticleInsertion how)
{
    switch (how) {
    case ArticleInsertion::Link:
        return u"link"_s;
    case ArticleInsertion::Text:
        return u"text"_s;
    case ArticleInsertion::Placeholder:
        return u"placeholder"_s;
    }
    return {};
}

std::optional<ArticleInsertion> insertionFromKey(const QString &key)
{
    for (const ArticleInsertion how :
        { ArticleInsertion::Link, ArticleInsertion::Text, ArticleInsertion::Placeholder }) {
        if (keyOf(how) == key)
            return how;
    }
    return std::nullopt;
}

QString likelyLanguage(const QString &text)
{
    // Short words each language uses in nearly every sentence and the others hardly ever, folded.
    struct Markers
    {
        QString language;
        QSet<QString> words;
    };
    static const QList<Markers> markers {
        { u"en"_s,
            { u"the"_s, u"and"_s, u"is"_s, u"my"_s, u"it"_s, u"to"_s, u"of"_s, u"with"_s, u"this"_s, u"does"_s,
                u"doesn"_s, u"have"_s, u"can"_s, u"not"_s } },
        { u"de"_s,
            { u"der"_s, u"die"_s, u"das"_s, u"und"_s, u"ist"_s, u"ich"_s, u"nicht"_s, u"mein"_s, u"meine"_s, u"mit"_s,
                u"ein"_s, u"eine"_s, u"kein"_s, u"habe"_s, u"geht"_s } },
        { u"fr"_s,
            { u"le"_s, u"la"_s, u"les"_s, u"et"_s, u"est"_s, u"je"_s, u"pas"_s, u"mon"_s, u"ma"_s, u"une"_s, u"avec"_s,
                u"ne"_s, u"plus"_s, u"mais"_s } },
    };
    constexpr int fewestHits = 2;
    QList<int> hits(markers.size(), 0);
    for (const QString &word : wordsIn(foldText(text))) {
        for (qsizetype i = 0; i < markers.size(); ++i)
            hits[i] += markers.at(i).words.contains(word) ? 1 : 0;
    }
    qsizetype best = 0;
    for (qsizetype i = 1; i < hits.size(); ++i)
        best = hits.at(i) > hits.at(best) ? i : best;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (i != best && hits.at(i) >= hits.at(best))
            return {};
    }
    return hits.at(best) >= fewestHits ? markers.at(best).language : QString();
}

QStringList keywords(const QString &text, qsizetype limit)
{
    QStringList result;
    for (const QString &word : wordsIn(foldText(text))) {
        if (result.size() >= limit)
            break;
        if (!isKeyword(word) || result.contains(word))
            continue;
        result.append(word);
    }
    return result;
}

int matchScore(const QStringList &keywords, const Article &article)
{
    const auto wordSet = [](const QString &text) {
        const QStringList words = wordsIn(foldText(text));
        return QSet<QString>(words.cbegin(), words.cend());
    };
    const QSet<QString> title = wordSet(article.title);
    const QSet<QString> labels = wordSet(article.tags.join(u' ') + u' ' + article.category);
    const QSet<QString> body = wordSet(article.body);
    int score = 0;
    for (const QString &keyword : keywords) {
        score += title.contains(keyword) ? 3 : 0;
        score += labels.contains(keyword) ? 2 : 0;
        score += body.contains(keyword) ? 1 : 0;
    }
    return score;
}

QString sitePath(const Article &article)
{
    // Long enough to read, short enough that a link in a reply stays on one line.
    constexpr qsizetype longestSlug = 60;
    QString slug;
    bool pendingDash = false;
    for (const QChar c : foldText(article.title)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !slug.isEmpty())
                slug += u'-';
            pendingDash = false;
            slug += c;
            if (slug.size() >= longestSlug)
                break;
        } else {
            pendingDash = true;
        }
    }
    const QString language = article.language.isEmpty() ? u"en"_s : article.language;
    return language + u'/' + QString::number(article.id) + (slug.isEmpty() ? QString() : u'-' + slug) + u".html"_s;
}

} // namespace tandem::ArticleRules
