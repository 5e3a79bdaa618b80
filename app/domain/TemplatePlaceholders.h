// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tandem {

// The placeholder names a reply template may use. resources/syntax/tandem-template.xml lists the same
// names so the editor can mark unknown ones; a test keeps the two in step.
class TemplatePlaceholders
{
public:
    struct Info
    {
        QString name; // "customer.first_name"
        QString description; // translated, for completion lists and messages
        QString example; // translated sample value, for previews
    };

    // Marks where the caret goes after insertion; never has a value.
    static constexpr QStringView cursorName { u"cursor" };

    // Every known name, grouped as the editor offers them, `cursor` last.
    [[nodiscard]] static QList<Info> all();
    [[nodiscard]] static QStringList names();
    [[nodiscard]] static bool isKnown(QStringView name);
    // Translated description; empty for an unknown name.
    [[nodiscard]] static QString description(QStringView name);
    // The known name a misspelt one most likely meant ("Customer.FirstName", "first_name"), or empty.
    [[nodiscard]] static QString suggestionFor(QStringView unknownName);
};

} // namespace tandem
