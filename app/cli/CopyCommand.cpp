// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CopyCommand.h"

#include "cli/CommandLine.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCopier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

// Gives the command's strings their own translation context.
struct CopyCommandText
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::CopyCommand)
};

} // namespace

int runCopyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CopyCommandText::tr("Copies every record of one workspace into another, e.g. a desk's file to a team server."));
    parser.addHelpOption();
    parser.addOptions({
        { u"from"_s, CopyCommandText::tr("The workspace to copy (a file or a postgresql:// URL)."), u"W"_s },
        { u"to"_s, CopyCommandText::tr("The workspace to fill; it must be empty unless --replace is given."), u"W"_s },
        { u"replace"_s, CopyCommandText::tr("Remove what the target holds before copying.") },
        { u"quiet"_s, CopyCommandText::tr("No progress on stderr.") },
    });
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Success;
    }
    if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s)) {
        printError(CopyCommandText::tr("copy needs --from WORKSPACE and --to WORKSPACE."));
        return UsageError;
    }
    Workspace::OpenOptions existingOnly;
    existingOnly.createIfMissing = false;
    const std::unique_ptr<Workspace> from = Workspace::open(parser.value(u"from"_s), existingOnly);
    const std::unique_ptr<Workspace> to = Workspace::open(parser.value(u"to"_s));
    const bool quiet = parser.isSet(u"quiet"_s);
    const QList<TableCopy> copied
        = WorkspaceCopier(*from, *to).copy(parser.isSet(u"replace"_s), [quiet](const QString &table, qint64 rows) {
              if (!quiet) {
                  std::fprintf(stderr, "%s: %lld\n", table.toUtf8().constData(), static_cast<long long>(rows));
              }
          });
    QJsonObject tables;
    for (const TableCopy &table : copied)
        tables.insert(table.table, table.rows);
    printJson(
        { { u"from"_s, from->spec() }, { u"to"_s, to->spec() }, { u"tables"_s, tables }, { u"verified"_s, true } });
    return Success;
}

} // namespace tandem::cli
