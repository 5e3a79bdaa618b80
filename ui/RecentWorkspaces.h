// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace tandem {

// The workspaces this user opened lately, newest first, kept in the user's settings. Addresses are
// stored without passwords.
class RecentWorkspaces
{
public:
    static constexpr int maxEntries = 8;

    static QStringList list();
    static void remember(const QString &spec);
    // The address as it may be stored and shown: a URL's password removed.
    static QString withoutPassword(const QString &spec);
};

} // namespace tandem
