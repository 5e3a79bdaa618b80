// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tandem {

// A team server where the desks do not own the tables: one role owns them and runs the migrations, the app
// role the desks log in as reads and writes records but can neither change nor delete audit entries nor
// switch off the trigger that guards them (only a table's owner can).
class PostgresRoles
{
    Q_DECLARE_TR_FUNCTIONS(tandem::PostgresRoles)

public:
    // A role or schema name the script can use as it is: letters, digits and underscores, not a digit first.
    static bool isPlainName(const QString &name);
    // The whole set-up for psql, with comments; names must be plain.
    static QString script(const QString &ownerRole, const QString &appRole, const QString &schema);
    // The statements that give the app role its rights once the owner made the tables.
    static QStringList appRoleGrants(const QString &ownerRole, const QString &appRole, const QString &schema);
};

} // namespace tandem
