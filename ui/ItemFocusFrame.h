// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QPainter;
class QStyleOptionViewItem;

namespace tandem {

// The keyboard focus on a list row: a 2px outline that reads on a selected row as well as on a plain
// one. Styles draw a thin focus rectangle in the highlight colour, which vanishes on the highlighted
// (selected) current row of a single-selection list; custom delegates draw this instead.
class ItemFocusFrame
{
public:
    // Clears the style's own focus state, so the style does not draw its faint rectangle as well; call
    // before CE_ItemViewItem with the option that is drawn, and pass what it returns to paint().
    [[nodiscard]] static bool takeFocus(QStyleOptionViewItem &option);
    // Draws the outline when `hasFocus` (the row is the view's current index and the view has focus).
    static void paint(QPainter *painter, const QStyleOptionViewItem &option, bool hasFocus);
};

} // namespace tandem
