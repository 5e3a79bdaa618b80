// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

class QLocale;
class QObject;
class QTranslator;

namespace tandem {

// Tandem's own catalogue (compiled into the services library under :/i18n, so the app and tandemctl both
// have it) and Qt's catalogue for a locale.
class AppTranslations
{
public:
    // Installs the catalogues there are for `locale` into the application, as children of `owner`;
    // returns the translators installed, so a caller can remove them again.
    static QList<QTranslator *> install(const QLocale &locale, QObject *owner);
    // True when Tandem ships its own catalogue for `locale`.
    [[nodiscard]] static bool hasCatalogue(const QLocale &locale);
};

} // namespace tandem
