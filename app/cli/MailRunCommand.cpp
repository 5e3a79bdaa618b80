// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/MailRunCommand.h"

#include "cli/CommandLine.h"
#include "services/MailAccountService.h"
#include "services/WorkspaceSession.h"
#include "services/mail/MailFetcher.h"
#include "services/mail/MailIdleWait.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace tandem::cli {

MailRunCommand::MailRunCommand()
    : Command(tr("Fetches customers' mail from the mail accounts' inboxes into the shared inbox, until stopped.\n"
                 "It waits for new mail with IMAP IDLE on the first account and fetches every account when mail "
                 "comes or the interval passes."))
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
    int interval = 300;
    if (isSet(u"interval"_s)) {
        const std::optional<qint64> seconds = numberOption(u"interval"_s, 5, 86400);
        if (!seconds)
            return UsageError;
        interval = int(*seconds);
    }
    WorkspaceSession &session = workspace();
    if (isSet(u"credentials"_s))
        session.mailAccounts().useSecretStore(SecretStore::forThisProcess(value(u"credentials"_s)));
    while (true) {
        const QList<MailAccount> accounts = session.mailAccounts().accounts();
        if (accounts.isEmpty()) {
            printError(tr("The workspace has no mail account; add one with tandemctl mail account add."));
            return Failure;
        }
        for (const MailAccount &account : accounts) {
            QJsonObject summary = session.mailFetcher().fetchOnce(account).toJson();
            summary.insert(u"account"_s, account.name);
            printJson(summary);
        }
        if (isSet(u"once"_s))
            return Success;
        const MailAccount &watched = accounts.constFirst();
        const MailProblem problem = waitForInboxChange(watched, session.mailAccounts().password(watched), interval);
        if (!problem.ok()) {
            printError(problem.message);
            // A server that is away is asked again after the interval, not hammered.
            QThread::sleep(std::chrono::seconds(interval));
        }
    }
}

} // namespace tandem::cli
