// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tandem {

// The look of the application: the system's own style and colours, or Fusion with a light or a dark
// palette. The agent's choice is kept in the settings; `tandem --palette` overrides it for one run.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Appearance)

public:
    enum class Theme { System, Light, Dark };

    // "system", "light", "dark".
    [[nodiscard]] static QString keyOf(Theme theme);
    [[nodiscard]] static std::optional<Theme> fromKey(const QString &key);
    [[nodiscard]] static QString displayName(Theme theme);

    [[nodiscard]] static Theme stored();
    static void store(Theme theme);
    // Applies the theme to the whole application; System brings back the style and palette it started with.
    static void apply(Theme theme);
    [[nodiscard]] static Theme current();
};

} // namespace tandem
