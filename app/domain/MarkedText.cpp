// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/MarkedText.h"

using namespace Qt::StringLiterals;

namespace tandem {

QList<MarkedText::Span> MarkedText::spans(const QString &markedText)
{
    QList<Span> result;
    Span current;
    for (const QChar ch : markedText) {
        const bool isStart = ch == startMark;
        if (!isStart && ch != endMark) {
            current.text.append(ch);
            continue;
        }
        if (current.marked == isStart)
            continue;
        if (!current.text.isEmpty())
            result.append(current);
        current = Span { QString(), isStart };
    }
    if (!current.text.isEmpty())
        result.append(current);
    return result;
}

QString MarkedText::plain(const QString &markedText)
{
    QString text = markedText;
    text.remove(startMark);
    text.remove(endMark);
    return text;
}

QString MarkedText::toHtml(const QString &markedText)
{
    QString html;
    for (const Span &span : spans(markedText)) {
        if (span.marked)
            html += u"<b>"_s + span.text.toHtmlEscaped() + u"</b>"_s;
        else
            html += span.text.toHtmlEscaped();
    }
    return html;
}

bool MarkedText::hasMarks(const QString &markedText)
{
    return markedText.contains(startMark);
}

QString MarkedText::oneLine(const QString &markedText)
{
    QString text = markedText;
    for (QChar &ch : text) {
        if (ch.category() == QChar::Other_Control)
            ch = u' ';
    }
    return text.simplified();
}

} // namespace tandem
