// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RowDelegate.h"

namespace tandem {

// Draws an inbox row: the channel's icon, the customer (bold with a dot while a message is unread) and on
// the right the reply countdown in the escalation queue's colours; below, the priority when it is not
// normal, the subject, how long the customer has waited and who has it.
class InboxDelegate : public RowDelegate
{
    Q_OBJECT

public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const RowState &row) const override;
};

} // namespace tandem
