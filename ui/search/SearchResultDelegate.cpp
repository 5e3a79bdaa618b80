// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "search/SearchResultDelegate.h"

#include "DateTimeText.h"
#include "InteractionIcons.h"
#include "ModelRoles.h"
#include "domain/MarkedText.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tandem {

void SearchResultDelegate::drawMarkedLine(QPainter *painter, const QRect &rect, const QString &markedText,
    const QFont &font, const QFont &markFont, const QColor &color, const QColor &markColor)
{
    QList<MarkedText::Span> spans = MarkedText::spans(markedText);
    const QFontMetrics plainMetrics(font);
    const QFontMetrics markMetrics(markFont);
    const auto widthOf = [&](const MarkedText::Span &span) {
        return (span.marked ? markMetrics : plainMetrics).horizontalAdvance(span.text);
    };

    // Keep the first match in view: cut the text before it from the left, leaving some context.
    int before = 0;
    qsizetype firstMark = 0;
    while (firstMark < spans.size() && !spans.at(firstMark).marked)
        before += widthOf(spans.at(firstMark++));
    if (firstMark < spans.size() && before + widthOf(spans.at(firstMark)) > rect.width() && firstMark > 0) {
        const int keep = rect.width() / 3;
        QString lead;
        for (qsizetype i = 0; i < firstMark; ++i)
            lead += spans.at(i).text;
        lead = plainMetrics.elidedText(lead, Qt::ElideLeft, keep);
        spans.remove(0, firstMark);
        spans.prepend(MarkedText::Span { lead, false });
    }

    int x = rect.left();
    for (const MarkedText::Span &span : std::as_const(spans)) {
        const int room = rect.right() - x;
        if (room <= 0)
            break;
        const QFontMetrics &metrics = span.marked ? markMetrics : plainMetrics;
        QString text = span.text;
        int width = metrics.horizontalAdvance(text);
        if (width > room) {
            text = metrics.elidedText(text, Qt::ElideRight, room);
            width = metrics.horizontalAdvance(text);
        }
        painter->setFont(span.marked ? markFont : font);
        painter->setPen(span.marked ? markColor : color);
        painter->drawText(QRect(x, rect.top(), width + 1, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width;
    }
}

void SearchResultDelegate::paintContent(
    QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index, const RowState &row) const
{
    const bool selected = row.selected;
    const QColor &text = row.text;
    const QColor &quiet = row.quiet;
    const QFontMetrics metrics(opt.font);
    const int line = metrics.height();
    const QRect area = opt.rect.adjusted(10, 5, -10, -5);

    QFont bold = opt.font;
    bold.setWeight(QFont::Bold);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    QFont smallBold = small;
    smallBold.setWeight(QFont::DemiBold);

    const QDateTime when = index.data(SearchRoles::OccurredAt).toDateTime();
    const QString whenText = shortDateTimeText(when);
    const QFontMetrics smallMetrics(small);
    const int whenWidth = smallMetrics.horizontalAdvance(whenText) + 12;
    const auto kind = InteractionKind(index.data(SearchRoles::Kind).toInt());
    const int iconSize = 16;
    InteractionIcons::paint(painter, QRect(area.left(), area.top() + (line - iconSize) / 2, iconSize, iconSize),
        InteractionIcons::path(kind), selected ? text : InteractionIcons::accent(kind, opt.palette));
    const QRect headerRect(area.left() + iconSize + 4, area.top(), area.width() - iconSize - 4, line);
    const QString name = index.data(SearchRoles::CustomerName).toString();
    const QString summary = u"  ·  "_s + index.data(SearchRoles::Summary).toString();
    // Advances are rounded; a little room keeps a name that fits from being elided.
    const int nameWidth = qMin(QFontMetrics(smallBold).horizontalAdvance(name) + 4, headerRect.width() - whenWidth);
    painter->setFont(smallBold);
    painter->setPen(text);
    painter->drawText(QRect(headerRect.left(), headerRect.top(), nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(smallBold).elidedText(name, Qt::ElideRight, nameWidth));
    painter->setFont(small);
    painter->setPen(quiet);
    const QRect summaryRect(
        headerRect.left() + nameWidth, headerRect.top(), headerRect.width() - nameWidth - whenWidth, line);
    painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(summary, Qt::ElideRight, qMax(0, summaryRect.width())));
    painter->drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, whenText);

    const QRect subjectRect(area.left(), headerRect.bottom() + 3, area.width(), line);
    drawMarkedLine(painter, subjectRect, index.data(SearchRoles::MarkedSubject).toString(), opt.font, bold, text, text);

    const QRect snippetRect(area.left(), subjectRect.bottom() + 2, area.width(), line);
    drawMarkedLine(painter, snippetRect, index.data(SearchRoles::Snippet).toString(), opt.font, bold, quiet, text);
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // One height for every row keeps long result lists cheap to lay out.
    const QFontMetrics metrics(option.font);
    return { 360, metrics.height() * 3 + 17 };
}

} // namespace tandem
