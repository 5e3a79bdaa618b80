// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RowDelegate.h"

#include "ItemFocusFrame.h"

#include <QApplication>
#include <QPainter>

namespace tandem {

void RowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    RowState row;
    row.displayText = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool focused = ItemFocusFrame::takeFocus(opt);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    row.selected = opt.state.testFlag(QStyle::State_Selected);
    row.group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    row.text = opt.palette.color(row.group, row.selected ? QPalette::HighlightedText : QPalette::Text);
    row.quiet = opt.palette.color(row.group, row.selected ? QPalette::HighlightedText : QPalette::PlaceholderText);

    painter->save();
    paintContent(painter, opt, index, row);
    painter->restore();

    QStyleOptionViewItem frame = opt;
    frame.rect = focusFrameRect(opt, index);
    ItemFocusFrame::paint(painter, frame, focused);
}

QRect RowDelegate::focusFrameRect(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return option.rect;
}

} // namespace tandem
