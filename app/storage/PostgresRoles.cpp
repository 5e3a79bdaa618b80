// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PostgresRoles.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tandem {

bool PostgresRoles::isPlainName(const QString &name)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_]{0,62}$"_s);
    return plain.match(name).hasMatch();
}

QStringList PostgresRoles::appRoleGrants(const QString &ownerRole, const QString &appRole, const QString &schema)
{
    const QString table = u"%1.%2"_s.arg(schema);
    return {
        u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, appRole),
        u"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, appRole),
        // Removing a tag is the one deletion the app makes; records are corrected, never deleted.
        u"GRANT DELETE ON %1 TO %2"_s.arg(table.arg(u"customer_tags"_s), appRole),
        u"REVOKE UPDATE, DELETE, TRUNCATE ON %1 FROM %2"_s.arg(table.arg(u"audit_log"_s), appRole),
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, appRole),
        // Tables a later Tandem version adds get the same rights as soon as the owner migrates.
        u"ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT SELECT, INSERT, UPDATE ON TABLES TO %3"_s.arg(
            ownerRole, schema, appRole),
        u"ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT USAGE, SELECT ON SEQUENCES TO %3"_s.arg(
            ownerRole, schema, appRole),
    };
}

QString PostgresRoles::script(const QString &ownerRole, const QString &appRole, const QString &schema)
{
    QString text = tr("-- Tandem on a PostgreSQL team server with two roles. Run as a superuser (or a role with\n"
                      "-- CREATEROLE) in the workspace's database, e.g. psql -d DATABASE -f this-file.sql.\n"
                      "-- %1 owns the tables and runs the migrations; the desks log in as %2, which cannot\n"
                      "-- change or delete audit entries or switch off the trigger that guards them.\n")
                       .arg(ownerRole, appRole);
    text += u"CREATE ROLE %1 LOGIN;\nCREATE ROLE %2 LOGIN;\n"_s.arg(ownerRole, appRole);
    text += tr("-- Give both a password: \\password %1 and \\password %2\n").arg(ownerRole, appRole);
    text += u"GRANT USAGE, CREATE ON SCHEMA %1 TO %2;\n"_s.arg(schema, ownerRole);
    text += tr("-- Now create the workspace as %1, e.g. tandemctl copy --from DESK-FILE --to\n"
               "-- postgresql://%1@HOST/DATABASE, or start tandem --workspace postgresql://%1@HOST/DATABASE once.\n"
               "-- Then give %2 its rights:\n")
                .arg(ownerRole, appRole);
    for (const QString &statement : appRoleGrants(ownerRole, appRole, schema))
        text += statement + u";\n"_s;
    text += tr("-- After each Tandem update, open the workspace once as %1 so it migrates; %2 cannot.\n")
                .arg(ownerRole, appRole);
    return text;
}

} // namespace tandem
