#pragma once

#include <QStyledItemDelegate>

namespace tandem {

// Draws a timeline event as a card: a coloured channel mark, kind, channel and direction, time and
// agent on the first line, the subject, then the start of the body.
class TimelineCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tandem
