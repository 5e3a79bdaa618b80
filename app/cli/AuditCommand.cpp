// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/AuditCommand.h"

#include "cli/CommandLine.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/WorkspaceSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

// Stored before/after texts are JSON; anything else is kept as text.
QJsonValue dataJson(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return text;
}

} // namespace

AuditCommand::AuditCommand()
    : Command(tr("Checks and lists the tamper-evident audit trail.\n\n"
                 "  audit verify  checks every entry's hash chain; exits 1 and names the first broken entry\n"
                 "  audit list    the newest entries first, as JSON"))
{
    takeAction(tr("verify or list"), { u"verify"_s, u"list"_s },
        tr("audit needs verify or list; see tandemctl audit --help."));
    onlyReadFor({ u"verify"_s, u"list"_s });
    addOptions({
        { u"workspace"_s, tr("Workspace file or postgresql:// address."), u"W"_s },
        { u"limit"_s, tr("list: entries per page (default 50)."), u"N"_s },
        { u"before"_s, tr("list: continue after this \"next\" value."), u"ID"_s },
    });
    requireOptions({ u"workspace"_s }, tr("audit needs --workspace W."));
}

int AuditCommand::execute()
{
    return action() == u"verify"_s ? verify() : list();
}

int AuditCommand::verify()
{
    const AuditVerification result = workspace().audit().verify(AccountService::commandLineActor());
    if (!result.firstBrokenId) {
        printJson({ { u"intact"_s, true }, { u"entries_checked"_s, result.entriesChecked } });
        return Success;
    }
    printJson({ { u"intact"_s, false }, { u"entries_checked"_s, result.entriesChecked },
        { u"first_broken_entry"_s, *result.firstBrokenId }, { u"problem"_s, result.problem } });
    printError(result.problem);
    return Failure;
}

int AuditCommand::list()
{
    AuditService &service = workspace().audit();
    int limit = 50;
    if (isSet(u"limit"_s)) {
        const std::optional<qint64> number = numberOption(u"limit"_s, 1, 5000);
        if (!number)
            return UsageError;
        limit = int(*number);
    }
    std::optional<Id> before;
    if (isSet(u"before"_s)) {
        before = wholeNumber(value(u"before"_s), 1);
        if (!before) {
            reportBadCursor(u"before"_s);
            return UsageError;
        }
    }
    const AuditPage page = service.page(AccountService::commandLineActor(), before, limit);
    QJsonArray entries;
    for (const AuditListEntry &item : page.entries) {
        const AuditEntry &entry = item.entry;
        entries.append(QJsonObject { { u"id"_s, entry.id },
            { u"occurred_at"_s,
                QDateTime::fromMSecsSinceEpoch(entry.occurredAt, QTimeZone::UTC).toString(Qt::ISODateWithMs) },
            { u"actor_id"_s, entry.actorId ? QJsonValue(*entry.actorId) : QJsonValue() },
            { u"actor"_s, item.actorName }, { u"action"_s, entry.action }, { u"entity"_s, entry.entity },
            { u"entity_id"_s, entry.entityId ? QJsonValue(*entry.entityId) : QJsonValue() },
            { u"before"_s, dataJson(entry.before) }, { u"after"_s, dataJson(entry.after) } });
    }
    printJson({ { u"entries"_s, entries }, { u"next"_s, page.next ? QJsonValue(*page.next) : QJsonValue() } });
    return Success;
}

} // namespace tandem::cli
