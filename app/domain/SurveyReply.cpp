// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/SurveyReply.h"

#include "domain/QuotedTail.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The customer's own words: without the survey their mail program quoted below, or "> " lines within.
QString ownText(const QString &reply)
{
    const QuotedTailSplit split = splitQuotedTail(reply);
    QStringList lines;
    for (const QString &line : split.text.split(u'\n')) {
        if (!line.trimmed().startsWith(u'>'))
            lines.append(line);
    }
    return lines.join(u'\n').simplified().toLower();
}

const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words {
        { u"zero"_s, 0 },
        { u"two"_s, 2 },
        { u"three"_s, 3 },
        { u"four"_s, 4 },
        { u"five"_s, 5 },
        { u"six"_s, 6 },
        { u"seven"_s, 7 },
        { u"eight"_s, 8 },
        { u"nine"_s, 9 },
        { u"ten"_s, 10 },
        { u"null"_s, 0 },
        { u"eins"_s, 1 },
        { u"zwei"_s, 2 },
        { u"drei"_s, 3 },
        { u"vier"_s, 4 },
        { u"fünf"_s, 5 },
        { u"fuenf"_s, 5 },
        { u"sechs"_s, 6 },
        { u"sieben"_s, 7 },
        { u"acht"_s, 8 },
        { u"neun"_s, 9 },
        { u"zehn"_s, 10 },
        { u"zéro"_s, 0 },
        { u"deux"_s, 2 },
        { u"trois"_s, 3 },
        { u"quatre"_s, 4 },
        { u"cinq"_s, 5 },
        { u"sept"_s, 7 },
        { u"huit"_s, 8 },
        { u"neuf"_s, 9 },
        { u"dix"_s, 10 },
    };
    return words;
}

// "One", "un" and "une" are as often an article or a pronoun as a number: a score only on their own.
const QSet<QString> &loneNumberWords()
{
    static const QSet<QString> words { u"one"_s, u"un"_s, u"une"_s };
    return words;
}

} // namespace

std::pair<int, int> SurveyReply::scaleOf(SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Csat:
        return { 1, 5 };
    case SurveyKind::Nps:
        return { 0, 10 };
    case SurveyKind::Ces:
        return { 1, 7 };
    }
    return { 0, 0 };
}

std::optional<int> SurveyReply::score(const QString &reply, SurveyKind kind)
{
    QString text = ownText(reply);
    if (text.isEmpty() || text.split(u' ', Qt::SkipEmptyParts).size() > maxWords)
        return std::nullopt;
    static const QRegularExpression refusals(
        u"\\?|n't\\b|\\b(not|nicht|pas)\\b|\\d\\s*[.,:]\\s*\\d|\\d\\s*(%|-|–|bis|to|à|or|oder|ou)\\s*\\d"_s);
    if (refusals.match(text).hasMatch())
        return std::nullopt;
    const auto [lowest, highest] = scaleOf(kind);
    QSet<int> found;
    // "4/5", "3 out of 5", "4 von 5", "4 sur 5": the part after is the scale, which must be this one.
    static const QRegularExpression fraction(u"\\b(\\d{1,3})\\s*(?:/|out of|of|von|sur)\\s*(\\d{1,3})\\b"_s);
    for (const QRegularExpressionMatch &match : fraction.globalMatch(text)) {
        if (match.captured(2).toInt() != highest)
            return std::nullopt;
        found.insert(match.captured(1).toInt());
    }
    text.remove(fraction);
    static const QRegularExpression number(u"\\d+"_s);
    bool digits = !found.isEmpty();
    for (const QRegularExpressionMatch &match : number.globalMatch(text)) {
        digits = true;
        if (match.capturedLength() > 3)
            return std::nullopt; // an order or phone number, not a score
        found.insert(match.captured().toInt());
    }
    if (!digits) {
        static const QRegularExpression word(u"\\p{L}+"_s);
        QStringList words;
        for (const QRegularExpressionMatch &match : word.globalMatch(text))
            words.append(match.captured());
        for (const QString &candidate : std::as_const(words)) {
            if (const auto value = numberWords().constFind(candidate); value != numberWords().cend())
                found.insert(*value);
            else if (loneNumberWords().contains(candidate) && words.size() == 1)
                found.insert(1);
        }
    }
    if (found.size() != 1)
        return std::nullopt;
    const int score = *found.cbegin();
    if (score < lowest || score > highest)
        return std::nullopt;
    return score;
}

} // namespace tandem
