// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/AuditCommand.h"
#include "cli/CommandLine.h"
#include "cli/CopyCommand.h"
#include "cli/DemoCommand.h"
#include "cli/DoctorCommand.h"
#include "cli/EscalationCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InboxCommand.h"
#include "cli/KbCommand.h"
#include "cli/MailAccountCommand.h"
#include "cli/MailRunCommand.h"
#include "cli/OutboxCommand.h"
#include "cli/ReportCommand.h"
#include "services/AppTranslations.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void printUsage()
{
    // One message per command, so that adding a command leaves the others' translations alone.
    struct UsageLine
    {
        const char *name;
        QString description;
    };
    const QList<UsageLine> commands = {
        { "demo", QCoreApplication::translate("tandemctl", "create a workspace with demo data") },
        { "escalation",
            QCoreApplication::translate("tandemctl", "list, show and move escalations (list|show|transition)") },
        { "inbox",
            QCoreApplication::translate("tandemctl", "work the shared inbox (list|show|assign|close|snooze|survey)") },
        { "copy", QCoreApplication::translate("tandemctl", "copy a workspace into another (e.g. to a team server)") },
        { "import",
            QCoreApplication::translate(
                "tandemctl", "import mail history from an mbox file or a Maildir (import mail)") },
        { "outbox",
            QCoreApplication::translate(
                "tandemctl", "list, send and retry replies on their way out (list|send|retry|send-again|mark-sent)") },
        { "mail account",
            QCoreApplication::translate(
                "tandemctl", "add, list and test the mail accounts replies leave through (add|list|test)") },
        { "mail run",
            QCoreApplication::translate(
                "tandemctl", "fetch customers' mail into the inbox, one worker per mail account, and keep fetching") },
        { "report", QCoreApplication::translate("tandemctl", "KPIs for a period (report kpis)") },
        { "doctor",
            QCoreApplication::translate("tandemctl",
                "check that a team server gives Tandem what it needs (version, encoding, roles, LISTEN)") },
        { "kb",
            QCoreApplication::translate(
                "tandemctl", "publish the self-service site, set its name, colour and address (publish|settings)") },
        { "audit",
            QCoreApplication::translate(
                "tandemctl", "check, list and checkpoint the audit trail (verify|list|checkpoint|keygen|roles)") },
    };
    QString text = QCoreApplication::translate("tandemctl", "Usage: tandemctl COMMAND [options]") + u"\n\n"_s
        + QCoreApplication::translate("tandemctl", "Commands:") + u'\n';
    constexpr qsizetype nameColumn = 14;
    for (const UsageLine &command : commands)
        text += u"  "_s + QString::fromLatin1(command.name).leftJustified(nameColumn) + u' ' + command.description
            + u'\n';
    text += u'\n' + QCoreApplication::translate("tandemctl", "Run 'tandemctl COMMAND --help' for a command's options.")
        + u'\n';
    std::fputs(text.toUtf8().constData(), stdout);
}

std::unique_ptr<tandem::cli::Command> commandNamed(const QString &name)
{
    using namespace tandem::cli;
    if (name == u"demo"_s)
        return std::make_unique<DemoCommand>();
    if (name == u"escalation"_s)
        return std::make_unique<EscalationCommand>();
    if (name == u"inbox"_s)
        return std::make_unique<InboxCommand>();
    if (name == u"import"_s)
        return std::make_unique<ImportCommand>();
    if (name == u"outbox"_s)
        return std::make_unique<OutboxCommand>();
    if (name == u"mail"_s)
        return std::make_unique<MailAccountCommand>();
    if (name == u"copy"_s)
        return std::make_unique<CopyCommand>();
    if (name == u"report"_s)
        return std::make_unique<ReportCommand>();
    if (name == u"doctor"_s)
        return std::make_unique<DoctorCommand>();
    if (name == u"audit"_s)
        return std::make_unique<AuditCommand>();
    if (name == u"kb"_s)
        return std::make_unique<KbCommand>();
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Every KJob (KIMAP, KSMTP) holds a QEventLoopLocker while it lives; with the quit lock on, the moment
    // a mail thread's last job goes, the application quits and "mail run" stops fetching for good.
    QCoreApplication::setQuitLockEnabled(false);
    // People read tandemctl's stderr: an error reaches them as a sentence, while the driver's text behind it
    // (logged to tandem.storage) and Qt SQL's own warnings stay out unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(u"tandem.storage.warning=false\nqt.sql.*.warning=false"_s);
    QCoreApplication::setApplicationName(u"tandem"_s);
    QCoreApplication::setOrganizationName(u"tandem"_s);
    // The session's language, as the app speaks it.
    tandem::AppTranslations::install(QLocale(), &app);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help"_s || arguments.at(1) == u"-h"_s) {
        printUsage();
        return arguments.size() < 2 ? tandem::cli::UsageError : tandem::cli::Success;
    }
    const QString name = arguments.takeAt(1);
    // "mail run" fetches; "mail account ACTION" manages the accounts.
    if (name == u"mail"_s && arguments.size() > 1 && arguments.at(1) == u"run"_s) {
        arguments.removeAt(1);
        return tandem::cli::MailRunCommand().run(arguments);
    }
    if (name == u"mail"_s && arguments.size() > 1 && arguments.at(1) == u"account"_s)
        arguments.removeAt(1);
    const std::unique_ptr<tandem::cli::Command> command = commandNamed(name);
    if (!command) {
        tandem::cli::printError(
            QCoreApplication::translate("tandemctl", "unknown command \"%1\"; see tandemctl --help.").arg(name));
        return tandem::cli::UsageError;
    }
    return command->run(arguments);
}
