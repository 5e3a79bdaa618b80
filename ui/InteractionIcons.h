// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QPainter;
class QPalette;
class QRect;

namespace tandem {

// The icons of channels, interaction kinds and directions (resources/icons, drawn in plain black on a
// 16 px grid). They are recoloured when drawn, so one drawing serves the light and the dark palette, the
// selected row and a kind's accent colour; rendered pixmaps are cached by path, size, pixel ratio and colour.
class InteractionIcons
{
public:
    // ":/tandem/icons/channel-email.svg" and so on: the storage key with '-' for '_'.
    [[nodiscard]] static QString path(Channel channel);
    [[nodiscard]] static QString path(InteractionKind kind);
    [[nodiscard]] static QString path(Direction direction);

    // For buttons, combo boxes and menus: drawn in the application palette's text colours for each mode.
    [[nodiscard]] static QIcon icon(Channel channel);
    [[nodiscard]] static QIcon icon(InteractionKind kind);
    [[nodiscard]] static QIcon icon(Direction direction);

    // The icon at `path` drawn at `size` logical pixels for a `devicePixelRatio` screen in `color`;
    // a null pixmap if the path holds no drawing.
    [[nodiscard]] static QPixmap pixmap(const QString &path, int size, qreal devicePixelRatio, const QColor &color);
    // Draws it centred in `rect` (as large as its shorter side) at the painter's device pixel ratio.
    static void paint(QPainter *painter, const QRect &rect, const QString &path, const QColor &color);
    static void paint(
        QPainter *painter, const QRect &rect, const QString &path, const QColor &color, qreal devicePixelRatio);

    // The colour a kind is marked with, made to stand out (3:1, as for graphics) against `palette`'s base.
    [[nodiscard]] static QColor accent(InteractionKind kind, const QPalette &palette);
};

} // namespace tandem
