// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowDelegate.h"

namespace tandem {

// Three lines per hit: who and what (customer, kind, channel) with the date, the subject, and the
// passage that matched, with the matched words in bold. Text is drawn as text, never as markup.
class SearchResultDelegate : public RowDelegate
{
    Q_OBJECT

public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Draws MarkedText on one line in `rect`, marked words in `markFont` and `markColor`. When the first
    // marked word would not fit, text before it is cut so that it shows.
    static void drawMarkedLine(QPainter *painter, const QRect &rect, const QString &markedText, const QFont &font,
        const QFont &markFont, const QColor &color, const QColor &markColor);

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
        const RowState &row) const override;
};

} // namespace tandem
