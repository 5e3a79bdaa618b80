#pragma once

#include <QStyledItemDelegate>

namespace tandem {

// Draws a timeline event as a card: a coloured channel mark, direction, kind, channel, time and agent
// on the first line, the subject, then the start of the body; a day separator above each day's first.
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
