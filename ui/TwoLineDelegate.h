// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowDelegate.h"

namespace tandem {

// Two lines per row: the display text in bold, and a quieter detail line that subclasses provide.
// Every row has the same height, so long lists scroll without measuring rows.
class TwoLineDelegate : public RowDelegate
{
    Q_OBJECT

public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const RowState &row) const override;
    [[nodiscard]] virtual QString detailLine(const QModelIndex &index) const = 0;
};

} // namespace tandem
