// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TwoLineDelegate.h"

#include <QPainter>

namespace tandem {

void TwoLineDelegate::paintContent(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const RowState &row) const
{
    const QRect area = option.rect.adjusted(8, 4, -8, -4);
    const QFontMetrics metrics(option.font);

    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(row.text);
    const QRect nameRect(area.left(), area.top(), area.width(), metrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(row.displayText, Qt::ElideRight, nameRect.width()));

    painter->setFont(option.font);
    painter->setPen(row.quiet);
    const QRect detailRect(area.left(), nameRect.bottom() + 2, area.width(), metrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(detailLine(index), Qt::ElideRight, detailRect.width()));
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 200, metrics.height() * 2 + 12 };
}

} // namespace tandem
