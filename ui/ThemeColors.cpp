// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ThemeColors.h"

#include <QPalette>

#include <cmath>

namespace tandem::ThemeColors {
namespace {

double channel(float value)
{
    const double v = double(value);
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor readableOn(const QColor &accent, const QColor &background, double minimumRatio)
{
    const bool darkBackground = luminance(background) < 0.18;
    QColor color = accent.toHsl();
    for (int step = 0; step < 40 && contrastRatio(color, background) < minimumRatio; ++step) {
        const int lightness = color.lightness();
        const int next = darkBackground ? std::min(255, lightness + 8) : std::max(0, lightness - 8);
        if (next == lightness)
            break;
        color.setHsl(color.hslHue(), color.hslSaturation(), next, color.alpha());
    }
    return color.toRgb();
}

QColor error(const QPalette &palette)
{
    return readableOn(QColor(0xb3, 0x26, 0x1e), palette.color(QPalette::Window));
}

QColor warning(const QPalette &palette)
{
    return readableOn(QColor(0xb2, 0x6a, 0x00), palette.color(QPalette::Window));
}

QColor success(const QPalette &palette)
{
    return readableOn(QColor(0x1b, 0x6e, 0x34), palette.color(QPalette::Window));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace tandem::ThemeColors
