// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppTranslations.h"

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

} // namespace

QList<QTranslator *> AppTranslations::install(const QLocale &locale, QObject *owner)
{
    QList<QTranslator *> installed;
    auto *own = new QTranslator(owner);
    const QStringList folders = ownCatalogueFolders();
    const bool ownLoaded = std::any_of(folders.cbegin(), folders.cend(),
        [&](const QString &folder) { return own->load(locale, u"tandem"_s, u"_"_s, folder); });
    if (ownLoaded) {
        QCoreApplication::installTranslator(own);
        installed.append(own);
    } else {
        delete own;
    }
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    } else {
        delete qt;
    }
    return installed;
}

bool AppTranslations::hasCatalogue(const QLocale &locale)
{
    QTranslator translator;
    return translator.load(locale, u"tandem"_s, u"_"_s, u":/i18n"_s);
}

} // namespace tandem
