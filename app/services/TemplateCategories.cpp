// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/TemplateCategories.h"

#include <QCoreApplication>

#include <array>

namespace tandem {
namespace {

// Source texts for lupdate; resources/templates/categories.txt lists the same names.
constexpr std::array defaultCategories {
    QT_TRANSLATE_NOOP("tandem::TemplateCategories", "Referral requests"),
    QT_TRANSLATE_NOOP("tandem::TemplateCategories", "Complaints"),
    QT_TRANSLATE_NOOP("tandem::TemplateCategories", "Billing"),
    QT_TRANSLATE_NOOP("tandem::TemplateCategories", "Follow-ups"),
    QT_TRANSLATE_NOOP("tandem::TemplateCategories", "Feedback"),
    QT_TRANSLATE_NOOP("tandem::TemplateCategories", "Onboarding"),
    QT_TRANSLATE_NOOP("tandem::TemplateCategories", "Technical support"),
};

QString translated(const char *source)
{
    return QCoreApplication::translate("tandem::TemplateCategories", source);
}

} // namespace

QStringList TemplateCategories::defaults()
{
    QStringList names;
    names.reserve(qsizetype(defaultCategories.size()));
    for (const char *source : defaultCategories)
        names.append(QString::fromUtf8(source));
    return names;
}

QString TemplateCategories::displayName(const QString &storedName)
{
    for (const char *source : defaultCategories) {
        if (storedName == QLatin1StringView(source))
            return translated(source);
    }
    return storedName;
}

QString TemplateCategories::storedNameFor(const QString &typed)
{
    QString trimmed = typed.trimmed();
    for (const char *source : defaultCategories) {
        if (trimmed.compare(translated(source), Qt::CaseInsensitive) == 0
            || trimmed.compare(QLatin1StringView(source), Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(source);
    }
    return trimmed;
}

} // namespace tandem
