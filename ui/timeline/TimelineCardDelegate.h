// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowDelegate.h"

namespace tandem {

// Draws a timeline event as a card: a bar in the kind's colour; kind, channel and direction icons with
// their words, the agent and the time on the first line; the subject, then the start of the body; a day
// separator above each day's first card, and a focus frame round the current card of a focused view. A
// corrected card is greyed and marked "Corrected", a dotted line joining it to its correction above.
class TimelineCardDelegate : public RowDelegate
{
    Q_OBJECT

public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
        const RowState &row) const override;
    [[nodiscard]] QRect focusFrameRect(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int dayBandHeight(const QStyleOptionViewItem &option);
    // The card below the day separator, if the row has one.
    static QRect cardRect(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace tandem
