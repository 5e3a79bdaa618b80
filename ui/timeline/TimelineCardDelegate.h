// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace tandem {

// Draws a timeline event as a card: a bar in the kind's colour; kind, channel and direction icons with
// their words, the agent and the time on the first line; the subject, then the start of the body; a day
// separator above each day's first card, and a focus frame round the current card of a focused view.
class TimelineCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int dayBandHeight(const QStyleOptionViewItem &option);
};

} // namespace tandem
