// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace tandem {

// The categories of the default template library. They are stored in English, as written in
// resources/templates/default-library.json, and shown translated; categories people make up are shown
// as they wrote them.
class TemplateCategories
{
public:
    // The stored names, in the order the library presents them.
    [[nodiscard]] static QStringList defaults();
    // Translated for a default category; anything else unchanged.
    [[nodiscard]] static QString displayName(const QString &storedName);
    // The stored name for text a person typed or picked, which may be a translated default.
    [[nodiscard]] static QString storedNameFor(const QString &typed);
};

} // namespace tandem
