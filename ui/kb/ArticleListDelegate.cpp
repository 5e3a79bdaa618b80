// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kb/ArticleListDelegate.h"

#include "ModelRoles.h"
#include "ThemeColors.h"

#include <QPainter>

namespace tandem {

QString ArticleListDelegate::detailLine(const QModelIndex &index) const
{
    return index.data(ArticleRoles::Details).toString();
}

void ArticleListDelegate::paintContent(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const RowState &row) const
{
    QString flag;
    if (index.data(ArticleRoles::NeedsCheck).toBool())
        flag = tr("Check first");
    else if (index.data(ArticleRoles::Stale).toBool())
        flag = tr("Review due");
    if (flag.isEmpty()) {
        TwoLineDelegate::paintContent(painter, option, index, row);
        return;
    }
    QFont badgeFont = option.font;
    badgeFont.setWeight(QFont::Bold);
    badgeFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics badgeMetrics(badgeFont);
    const QRect area = option.rect.adjusted(8, 4, -8, -4);
    const int width = badgeMetrics.horizontalAdvance(flag) + 12;
    const QRect badge(area.right() - width, area.top() + 1, width, badgeMetrics.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ThemeColors::warning(option.palette));
    painter->drawRoundedRect(badge, 3, 3);
    painter->setFont(badgeFont);
    // Dark text on amber reads on the light and the dark palette alike.
    painter->setPen(QColor(0x20, 0x16, 0x00));
    painter->drawText(badge, Qt::AlignCenter, flag);

    QStyleOptionViewItem rest = option;
    rest.rect.setRight(badge.left() - 4);
    TwoLineDelegate::paintContent(painter, rest, index, row);
}

} // namespace tandem
