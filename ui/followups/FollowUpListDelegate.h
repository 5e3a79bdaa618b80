// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowDelegate.h"

namespace tandem {

// Two lines per follow-up: the customer with the due time (in red once overdue), and the note.
class FollowUpListDelegate : public RowDelegate
{
    Q_OBJECT

public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
        const RowState &row) const override;
};

} // namespace tandem
