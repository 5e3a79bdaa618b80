// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/BrandColor.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tandem::BrandColor {
namespace {

constexpr double aaText = 4.5;
const auto white = u"#ffffff"_s;
const auto black = u"#000000"_s;

// WCAG 2's relative luminance of one sRGB channel (0..255).
double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QString &color)
{
    const std::array<int, 3> rgb { color.mid(1, 2).toInt(nullptr, 16), color.mid(3, 2).toInt(nullptr, 16),
        color.mid(5, 2).toInt(nullptr, 16) };
    return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
}

} // namespace

std::optional<QString> normalized(const QString &text)
{
    static const QRegularExpression hex(u"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$"_s);
    const QRegularExpressionMatch match = hex.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(1).toLower();
    if (digits.size() == 3) {
        QString doubled;
        for (const QChar digit : std::as_const(digits))
            doubled += QString(2, digit);
        digits = doubled;
    }
    return u'#' + digits;
}

double contrastRatio(const QString &a, const QString &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString textOn(const QString &background)
{
    return contrastRatio(background, white) >= contrastRatio(background, black) ? white : black;
}

QString accentOnWhite(const QString &brand)
{
    return contrastRatio(brand, white) >= aaText ? brand : fallback.toString();
}

} // namespace tandem::BrandColor
