// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/QuotedTail.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {

namespace {

bool isQuoteLine(const QString &line)
{
    return line.startsWith(u'>');
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// "On 1 Dec 2026, Ann Baker <ann@example.com> wrote:" in the languages our customers write in; mail
// programs wrap long ones, so it may end on the following line.
bool isAttribution(const QString &line)
{
    static const QRegularExpression attribution(
        u"(wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef)\\s*:\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return attribution.match(line).hasMatch();
}

bool isOriginalMessageMarker(const QString &line)
{
    static const QRegularExpression marker(
        u"^\\s*-{3,}\\s*(original message|ursprüngliche nachricht|message d'origine|forwarded message|"
        "weitergeleitete nachricht)\\s*-{3,}\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return marker.match(line).hasMatch();
}

// Outlook quotes the earlier mail under a header block: "From: ..." then "Sent: ..." (or Date, Gesendet).
bool startsHeaderBlock(const QStringList &lines, qsizetype index)
{
    static const QRegularExpression from(
        u"^\\s*\\*?(from|von|de)\\s*:\\*?\\s"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sent(
        u"^\\s*\\*?(sent|date|gesendet|envoyé)\\s*:"_s, QRegularExpression::CaseInsensitiveOption);
    return index + 1 < lines.size() && from.match(lines.at(index)).hasMatch()
        && sent.match(lines.at(index + 1)).hasMatch();
}

} // namespace

QuotedTailSplit splitQuotedTail(const QString &body)
{
    const QStringList lines = body.split(u'\n');
    qsizetype tailStart = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        // Everything under a signature separator or an Outlook-style quote header is the earlier mail.
        if (line == u"-- "_s || line == u"--"_s || isOriginalMessageMarker(line) || startsHeaderBlock(lines, i)) {
            tailStart = i;
            break;
        }
    }
    // A block of quote lines (and blank lines) ending the text, with the attribution above it.
    qsizetype quoteStart = tailStart;
    while (quoteStart > 0 && (isQuoteLine(lines.at(quoteStart - 1)) || isBlank(lines.at(quoteStart - 1))))
        --quoteStart;
    const bool quotesEnd = std::any_of(lines.cbegin() + quoteStart, lines.cbegin() + tailStart, isQuoteLine);
    if (quotesEnd) {
        if (quoteStart > 0 && isAttribution(lines.at(quoteStart - 1))) {
            --quoteStart;
            if (quoteStart > 0 && !isBlank(lines.at(quoteStart - 1)) && !isAttribution(lines.at(quoteStart - 1))
                && lines.at(quoteStart - 1).startsWith(u"On "_s, Qt::CaseInsensitive))
                --quoteStart;
        }
        tailStart = quoteStart;
    }
    QuotedTailSplit split;
    const QString text = lines.mid(0, tailStart).join(u'\n').trimmed();
    if (text.isEmpty() || tailStart >= lines.size()) {
        split.text = body;
        return split;
    }
    split.text = text;
    split.tail = lines.mid(tailStart).join(u'\n').trimmed();
    return split;
}

} // namespace tandem
