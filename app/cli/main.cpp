// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/AuditCommand.h"
#include "cli/CommandLine.h"
#include "cli/CopyCommand.h"
#include "cli/DemoCommand.h"
#include "cli/EscalationCommand.h"
#include "cli/ReportCommand.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printUsage()
{
    std::fputs(QCoreApplication::translate("tandemctl",
                   "Usage: tandemctl COMMAND [options]\n\n"
                   "Commands:\n"
                   "  demo      create a workspace with demo data\n"
                   "  escalation  list, show and move escalations (list|show|transition)\n"
                   "  copy      copy a workspace into another (e.g. to a team server)\n"
                   "  report    KPIs for a period (report kpis)\n"
                   "  audit     check or list the audit trail (verify|list)\n\n"
                   "Run 'tandemctl COMMAND --help' for a command's options.\n")
                   .toUtf8()
                   .constData(),
        stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tandem"_s);
    QCoreApplication::setOrganizationName(u"tandem"_s);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help"_s || arguments.at(1) == u"-h"_s) {
        printUsage();
        return arguments.size() < 2 ? tandem::cli::UsageError : tandem::cli::Success;
    }
    const QString command = arguments.takeAt(1);
    try {
        if (command == u"demo"_s)
            return tandem::cli::runDemoCommand(arguments);
        if (command == u"escalation"_s)
            return tandem::cli::runEscalationCommand(arguments);
        if (command == u"copy"_s)
            return tandem::cli::runCopyCommand(arguments);
        if (command == u"report"_s)
            return tandem::cli::runReportCommand(arguments);
        if (command == u"audit"_s)
            return tandem::cli::runAuditCommand(arguments);
    } catch (const tandem::Error &error) {
        tandem::cli::printError(error.message());
        return tandem::cli::Failure;
    }
    tandem::cli::printError(
        QCoreApplication::translate("tandemctl", "unknown command \"%1\"; see tandemctl --help.").arg(command));
    return tandem::cli::UsageError;
}
