// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowDelegate.h"

namespace tandem {

// Draws a queue row: a severity badge, the summary, state · customer · category · who has it (a row that
// waits on the agent marked at its left edge, its state in bold), and on the right the SLA countdown, plain while on
// track, amber from 75% of the target, red once breached, with a thin bar of the target used.
class EscalationQueueDelegate : public RowDelegate
{
    Q_OBJECT

public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colours of the countdowns and severity badges, shared with the hand-off card.
    static QColor slaColor(int slaLevel);
    static QColor severityColor(int severity);
    // The mark of a row that waits on the agent.
    static QColor waitsOnMeColor();

    // The state as a row of this size shows it (whole, unless the row is too narrow for it).
    [[nodiscard]] QString shownState(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
        const RowState &row) const override;

private:
    // The second line of a row: its state, then customer · category · who has it, cut to fit.
    struct DetailsLine
    {
        QFont font;
        QString state;
        QRect stateRect;
        QString rest;
        QRect restRect;
    };
    [[nodiscard]] DetailsLine detailsLine(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace tandem
