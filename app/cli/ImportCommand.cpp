// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ImportCommand.h"

#include "cli/CommandLine.h"
#include "services/ConversationService.h"
#include "services/WorkspaceSession.h"
#include "services/mail/MailImportService.h"

using namespace Qt::StringLiterals;

namespace tandem::cli {

ImportCommand::ImportCommand()
    : Command(tr("Imports history into a workspace.\n\n"
                 "  import mail FILE|DIR  an mbox file, a Maildir folder or .eml files: each mail becomes a\n"
                 "                        customer's message in a conversation; auto-replies and bounces\n"
                 "                        are counted and left out. Importing again records only what is new."))
{
    addOptions({
        { u"workspace"_s, tr("Workspace file."), u"W"_s },
        { u"queue"_s, tr("The team queue new conversations go to (default: the first)."), u"NAME"_s },
    });
    requireOptions({ u"workspace"_s }, tr("import needs --workspace FILE."));
}

int ImportCommand::execute()
{
    const QStringList positional = options().positionalArguments();
    if (positional.size() != 2 || positional.constFirst() != u"mail"_s) {
        printError(tr("import needs mail and a FILE or DIR; see tandemctl import --help."));
        return UsageError;
    }
    WorkspaceSession &session = workspace();
    ConversationService &conversations = session.conversations();
    std::optional<Id> queueId;
    if (isSet(u"queue"_s)) {
        const QString name = value(u"queue"_s);
        for (const TeamQueue &queue : conversations.queues()) {
            if (queue.name.compare(name, Qt::CaseInsensitive) == 0)
                queueId = queue.id;
        }
        if (!queueId) {
            printError(tr("There is no queue named \"%1\".").arg(name));
            return UsageError;
        }
    }
    MailImportService importer(conversations);
    printJson(importer.importPath(positional.at(1), queueId).toJson());
    return Success;
}

} // namespace tandem::cli
