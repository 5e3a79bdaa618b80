// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecentWorkspaces.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto settingsKey = u"workspaces/recent"_s;

} // namespace

QString RecentWorkspaces::withoutPassword(const QString &spec)
{
    if (!spec.startsWith(u"postgres"_s))
        return spec;
    return QUrl(spec).toString(QUrl::RemovePassword);
}

QStringList RecentWorkspaces::list()
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentWorkspaces::remember(const QString &spec)
{
    const QString entry = withoutPassword(spec);
    QStringList entries = list();
    entries.removeAll(entry);
    entries.prepend(entry);
    while (entries.size() > maxEntries)
        entries.removeLast();
    QSettings().setValue(settingsKey, entries);
}

} // namespace tandem
