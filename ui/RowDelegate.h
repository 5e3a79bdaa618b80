// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace tandem {

// A list row drawn by hand over the style's own item background: the style draws the selection and hover
// (without its text, and without its faint focus rectangle, which vanishes on a selected row), the
// subclass draws the content, and the row gets ItemFocusFrame's outline when it has the keyboard focus.
class RowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const final;

protected:
    // What every row's content is drawn with.
    struct RowState
    {
        // The model's display text (the option's text is cleared so the style does not draw it).
        QString displayText;
        bool selected = false;
        QPalette::ColorGroup group = QPalette::Active;
        // The main text, and the quieter one for details; both the highlighted text on a selected row.
        QColor text;
        QColor quiet;
    };

    // Draws the content; the painter's state is restored afterwards.
    virtual void paintContent(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const RowState &row) const
        = 0;
    // Where the focus outline goes: by default round the whole row.
    [[nodiscard]] virtual QRect focusFrameRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace tandem
