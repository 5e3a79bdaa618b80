// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/TextFolding.h"

namespace tandem {
namespace {

// Letters NFKD leaves whole although readers see a Latin letter with a stroke or without its dot.
// Lower case only: they are looked up after case folding.
char16_t plainLatinOf(char16_t ch)
{
    switch (ch) {
    case u'ı': // dotless i (Turkish, Azerbaijani)
        return u'i';
    case u'ø':
        return u'o';
    case u'đ':
        return u'd';
    case u'ł':
        return u'l';
    case u'ħ':
        return u'h';
    case u'ŧ':
        return u't';
    default:
        return 0;
    }
}

} // namespace

QString foldText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString unmarked;
    unmarked.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (!ch.isMark())
            unmarked.append(ch);
    }
    // QString folds case one letter for one letter, so "ß" (the one full folding search meets in
    // practice) becomes "ss" here.
    const QString simplyFolded = unmarked.toCaseFolded();
    QString folded;
    folded.reserve(simplyFolded.size());
    for (const QChar ch : simplyFolded) {
        if (ch == u'ß')
            folded.append(u"ss");
        else if (const char16_t plain = plainLatinOf(ch.unicode()))
            folded.append(QChar(plain));
        else
            folded.append(ch);
    }
    return folded;
}

} // namespace tandem
