// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowDelegate.h"

namespace tandem {

// Draws a queue row: a severity badge, the summary, customer · category · state · who has it, and on
// the right the SLA countdown, plain while on track, amber from 75% of the target, red once breached,
// with a thin bar of the target used.
class EscalationQueueDelegate : public RowDelegate
{
    Q_OBJECT

public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colours of the countdowns and severity badges, shared with the hand-off card.
    static QColor slaColor(int slaLevel);
    static QColor severityColor(int severity);

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
        const RowState &row) const override;
};

} // namespace tandem
