// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ItemFocusFrame.h"

#include <QPainter>
#include <QStyleOptionViewItem>

namespace tandem {

bool ItemFocusFrame::takeFocus(QStyleOptionViewItem &option)
{
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    option.state.setFlag(QStyle::State_HasFocus, false);
    return focused;
}

void ItemFocusFrame::paint(QPainter *painter, const QStyleOptionViewItem &option, bool hasFocus)
{
    if (!hasFocus)
        return;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    // On the highlight the text colour stands out; elsewhere the highlight itself does.
    const QColor color = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, 2));
    painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 3, 3);
    painter->restore();
}

} // namespace tandem
