// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Installed catalogues (share/tandem/translations) win over the compiled-in ones, so a packager or
// translator can ship a newer one without rebuilding.
QStringList ownCatalogueFolders()
{
    QStringList folders = QStandardPaths::locateAll(
        QStandardPaths::GenericDataLocation, u"tandem/translations"_s, QStandardPaths::LocateDirectory);
    folders.append(u":/i18n"_s);
    return folders;
}

// Qt's own strings (standard buttons, context menus).
QList<QTranslator *> installQtCatalogue(const QLocale &locale, QObject *owner)
{
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        return { qt };
    }
    delete qt;
    return {};
}

} // namespace

QList<QTranslator *> AppTranslations::install(const QLocale &locale, QObject *owner)
{
    QList<QTranslator *> installed;
    const QStringList folders = ownCatalogueFolders();
    // The English plural forms, for every locale: the sources say "%n customer(s)", and a language without
    // a catalogue of its own shows the English text. Installed first, so the locale's catalogue wins.
    auto *english = new QTranslator(owner);
    if (std::any_of(folders.cbegin(), folders.cend(),
            [&](const QString &folder) { return english->load(u"tandem_en"_s, folder); })) {
        QCoreApplication::installTranslator(english);
        installed.append(english);
    } else {
        delete english;
    }
    if (locale.language() == QLocale::English)
        return installed + installQtCatalogue(locale, owner);
    auto *own = new QTranslator(owner);
    const bool ownLoaded = std::any_of(folders.cbegin(), folders.cend(),
        [&](const QString &folder) { return own->load(locale, u"tandem"_s, u"_"_s, folder); });
    if (ownLoaded) {
        QCoreApplication::installTranslator(own);
        installed.append(own);
    } else {
        delete own;
    }
    return installed + installQtCatalogue(locale, owner);
}

bool AppTranslations::hasCatalogue(const QLocale &locale)
{
    QTranslator translator;
    return translator.load(locale, u"tandem"_s, u"_"_s, u":/i18n"_s);
}

} // namespace tandem
