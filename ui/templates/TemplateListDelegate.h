#pragma once

#include <QStyledItemDelegate>

namespace tandem {

// Two lines per template: its name, and beneath it the shortcode, category and channel, which is what
// an agent types and scans for.
class TemplateListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tandem
