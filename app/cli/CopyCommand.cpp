// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CopyCommand.h"

#include "cli/CommandLine.h"
#include "services/WorkspaceCopyService.h"

#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {

CopyCommand::CopyCommand()
    : Command(tr("Copies every record of one workspace into another, e.g. a desk's file to a team server."))
{
    addOptions({
        { u"from"_s, tr("The workspace to copy (a file or a postgresql:// URL)."), u"W"_s },
        { u"to"_s, tr("The workspace to fill; it must be empty unless --replace is given."), u"W"_s },
        { u"replace"_s, tr("Remove what the target holds before copying.") },
        { u"quiet"_s, tr("No progress on stderr.") },
    });
    requireOptions({ u"from"_s, u"to"_s }, tr("copy needs --from WORKSPACE and --to WORKSPACE."));
}

int CopyCommand::execute()
{
    WorkspaceCopyService service(value(u"from"_s), value(u"to"_s));
    const bool quiet = isSet(u"quiet"_s);
    const QList<TableCopy> copied = service.copy(isSet(u"replace"_s), [quiet](const QString &table, qint64 rows) {
        if (!quiet) {
            std::fprintf(stderr, "%s: %lld\n", table.toUtf8().constData(), static_cast<long long>(rows));
        }
    });
    QJsonObject tables;
    for (const TableCopy &table : copied)
        tables.insert(table.table, table.rows);
    printJson({ { u"from"_s, service.fromSpec() }, { u"to"_s, service.toSpec() }, { u"tables"_s, tables },
        { u"verified"_s, true } });
    return Success;
}

} // namespace tandem::cli
