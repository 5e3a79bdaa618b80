#pragma once

#include <QStyledItemDelegate>

namespace tandem {

// Two lines per customer: the name, and the company or e-mail beneath it in a quieter colour.
class CustomerListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tandem
