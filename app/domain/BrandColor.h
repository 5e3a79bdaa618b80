// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace tandem::BrandColor {

// The colour the self-service site's header is painted in when the workspace names none.
inline constexpr QStringView fallback = u"#1f4e79";

// A brand colour as stored: "#rrggbb" in lower case, from "#RRGGBB", "rrggbb" or "#rgb" with spaces around;
// nothing for anything else (names, rgb(), transparency), so whatever reaches a style sheet is a plain colour.
[[nodiscard]] std::optional<QString> normalized(const QString &text);

// WCAG 2 contrast ratio of two "#rrggbb" colours, from 1 (the same) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QString &a, const QString &b);

// Black or white, whichever reads better on `background` ("#rrggbb"). The better of the two always has a
// contrast of at least 4.58, above WCAG AA's 4.5 for text, whatever colour a company picks.
[[nodiscard]] QString textOn(const QString &background);

// A colour for links and outlines on a white page: the brand colour itself when it has AA contrast on
// white, else the fallback, so a light brand colour never makes links unreadable.
[[nodiscard]] QString accentOnWhite(const QString &brand);

} // namespace tandem::BrandColor
