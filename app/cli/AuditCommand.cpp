// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/AuditCommand.h"

#include "cli/CommandLine.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

// Gives the command's strings their own translation context.
struct AuditCommandText
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::AuditCommand)
};

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

int verify(AuditService &service)
{
    const AuditVerification result = service.verify(AccountService::commandLineActor());
    if (!result.firstBrokenId) {
        printJson({ { u"intact"_s, true }, { u"entries_checked"_s, result.entriesChecked } });
        return Success;
    }
    printJson({ { u"intact"_s, false }, { u"entries_checked"_s, result.entriesChecked },
        { u"first_broken_entry"_s, *result.firstBrokenId }, { u"problem"_s, result.problem } });
    printError(result.problem);
    return Failure;
}

int list(const QCommandLineParser &parser, AuditService &service)
{
    int limit = 50;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 5000) {
            printError(AuditCommandText::tr("--limit takes a whole number from 1 to 5000."));
            return UsageError;
        }
    }
    std::optional<Id> before;
    if (parser.isSet(u"before"_s)) {
        bool ok = false;
        before = parser.value(u"before"_s).toLongLong(&ok);
        if (!ok || *before < 1) {
            printError(AuditCommandText::tr("--before takes the \"next\" value of the previous page."));
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

} // namespace

int runAuditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AuditCommandText::tr(
        "Checks and lists the tamper-evident audit trail.\n\n"
        "  audit verify  checks every entry's hash chain; exits 1 and names the first broken entry\n"
        "  audit list    the newest entries first, as JSON"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"what"_s, AuditCommandText::tr("verify or list"));
    parser.addOptions({
        { u"workspace"_s, AuditCommandText::tr("Workspace file or postgresql:// address."), u"W"_s },
        { u"limit"_s, AuditCommandText::tr("list: entries per page (default 50)."), u"N"_s },
        { u"before"_s, AuditCommandText::tr("list: continue after this \"next\" value."), u"ID"_s },
    });
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Success;
    }
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1 || !QStringList { u"verify"_s, u"list"_s }.contains(what.constFirst())) {
        printError(AuditCommandText::tr("audit needs verify or list; see tandemctl audit --help."));
        return UsageError;
    }
    if (!parser.isSet(u"workspace"_s)) {
        printError(AuditCommandText::tr("audit needs --workspace W."));
        return UsageError;
    }
    Workspace::OpenOptions options;
    options.createIfMissing = false;
    std::unique_ptr<Workspace> workspace = Workspace::open(parser.value(u"workspace"_s), options);
    AuditService service(*workspace);
    if (what.constFirst() == u"verify"_s)
        return verify(service);
    return list(parser, service);
}

} // namespace tandem::cli
