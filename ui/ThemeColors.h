// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>

class QPalette;

namespace tandem {

// Colours that carry meaning (red for a problem, amber for a warning, green for done) chosen so they
// stay readable on both the light and the dark palette: the hue is kept and the lightness moved until
// the contrast with the background reaches the WCAG AA ratio.
namespace ThemeColors {

// The WCAG 2 contrast ratio, from 1 (same) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);
// `accent` lightened (on a dark background) or darkened (on a light one) until it reads on `background`.
[[nodiscard]] QColor readableOn(const QColor &accent, const QColor &background, double minimumRatio = 4.5);
// Text colours for messages on the window background of `palette`.
[[nodiscard]] QColor error(const QPalette &palette);
[[nodiscard]] QColor warning(const QPalette &palette);
[[nodiscard]] QColor success(const QPalette &palette);
// Whether the palette is a dark one (light text on a dark base).
[[nodiscard]] bool isDark(const QPalette &palette);

} // namespace ThemeColors
} // namespace tandem
