// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/MailRunCommand.h"

#include "cli/CommandLine.h"
#include "services/MailAccountService.h"
#include "services/WorkspaceSession.h"
#include "services/mail/MailWorker.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tandem::cli {

MailRunCommand::MailRunCommand()
    : Command(tr("Fetches customers' mail from the mail accounts' inboxes into the shared inbox, until stopped.\n"
                 "Each account is fetched by one worker at a time: an account another desk or service fetches "
                 "is taken over when that one stops. It waits for new mail with IMAP IDLE on each account and "
                 "fetches when mail comes or the interval passes."))
{
    addOptions({
        { u"workspace"_s, tr("Workspace file."), u"W"_s },
        { u"once"_s, tr("Fetch once and stop.") },
        { u"interval"_s, tr("Fetch at least every this many seconds (default 300)."), u"SECONDS"_s },
        { u"credentials"_s,
            tr("Read passwords from this credentials file instead of the keyring; default "
               "TANDEM_MAIL_CREDENTIALS."),
            u"FILE"_s },
    });
    requireOptions({ u"workspace"_s }, tr("mail run needs --workspace FILE."));
}

int MailRunCommand::execute()
{
    MailWorker::Options options;
    if (isSet(u"interval"_s)) {
        const std::optional<qint64> seconds = numberOption(u"interval"_s, 5, 86400);
        if (!seconds)
            return UsageError;
        options.fallbackSeconds = int(*seconds);
    }
    WorkspaceSession &session = workspace();
    if (isSet(u"credentials"_s))
        session.mailAccounts().useSecretStore(SecretStore::forThisProcess(value(u"credentials"_s)));
    if (session.mailAccounts().accounts().isEmpty()) {
        printError(tr("The workspace has no mail account; add one with tandemctl mail account add."));
        return Failure;
    }
    MailWorker *worker = session.mailWorker(options);
    if (!worker) {
        printError(tr("The workspace is open read-only; no mail can be fetched into it."));
        return Failure;
    }
    QObject::connect(worker, &MailWorker::fetched, [](const MailAccount &account, const MailFetchSummary &summary) {
        QJsonObject json = summary.toJson();
        json.insert(u"account"_s, account.name);
        printJson(json);
    });
    QObject::connect(worker, &MailWorker::problem, &printError);
    if (isSet(u"once"_s)) {
        worker->fetchOnce();
        return Success;
    }
    // Runs until a signal ends the process: whatever a pass recorded is committed, and the locks go with
    // the process.
    worker->start();
    return QCoreApplication::exec();
}

} // namespace tandem::cli
