// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/AuditCommand.h"

#include "cli/CommandLine.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/WorkspaceSession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdio>

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

QString timeText(Millis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject checkpointJson(const AuditCheckpointInfo &checkpoint)
{
    return { { u"workspace"_s, checkpoint.workspace }, { u"entry_id"_s, checkpoint.head.entryId },
        { u"entry_hash"_s, checkpoint.head.entryHash }, { u"entries"_s, checkpoint.head.entries },
        { u"created_at"_s, timeText(checkpoint.createdAt) }, { u"public_key"_s, checkpoint.publicKey } };
}

QString absolute(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

AuditCommand::AuditCommand()
    : Command(tr("Checks and lists the tamper-evident audit trail, and signs checkpoints of it to keep elsewhere.\n\n"
                 "  audit verify      checks every entry's hash chain; exits 1 and names the first broken entry;\n"
                 "                    with --against, also that the trail still holds what a checkpoint vouches for\n"
                 "  audit list        the newest entries first, as JSON\n"
                 "  audit checkpoint  signs the trail's newest entry with --key and writes the checkpoint to --out\n"
                 "  audit keygen      makes a checkpoint key: the secret key in --out, the public key in --out.pub\n"
                 "  audit roles       prints the SQL for a PostgreSQL server whose desks do not own the tables"))
{
    takeAction(tr("verify, list, checkpoint, keygen or roles"),
        { u"verify"_s, u"list"_s, u"checkpoint"_s, u"keygen"_s, u"roles"_s },
        tr("audit needs verify, list, checkpoint, keygen or roles; see tandemctl audit --help."));
    onlyReadFor({ u"verify"_s, u"list"_s, u"checkpoint"_s });
    addOptions({
        { u"workspace"_s, tr("Workspace file or postgresql:// address."), u"W"_s },
        { u"limit"_s, tr("list: entries per page (default 50)."), u"N"_s },
        { u"before"_s, tr("list: continue after this \"next\" value."), u"ID"_s },
        { u"against"_s, tr("verify: also check the trail against this signed checkpoint."), u"CHECKPOINT"_s },
        { u"public-key"_s, tr("verify: the checkpoint must be signed with the key in this file (a .pub file)."),
            u"FILE"_s },
        { u"key"_s, tr("checkpoint: the secret key file to sign with."), u"KEYFILE"_s },
        { u"out"_s, tr("checkpoint: the checkpoint file to write; keygen: the secret key file to make."), u"FILE"_s },
        { u"owner-role"_s, tr("roles: the role that owns the tables (default tandem_owner)."), u"NAME"_s },
        { u"app-role"_s, tr("roles: the role the desks log in as (default tandem_app)."), u"NAME"_s },
        { u"schema"_s, tr("roles: the schema that holds the workspace (default public)."), u"NAME"_s },
    });
}

int AuditCommand::execute()
{
    const QString what = action();
    if (what == u"keygen"_s)
        return keygen();
    if (what == u"roles"_s)
        return roles();
    if (!isSet(u"workspace"_s)) {
        printError(tr("audit needs --workspace W."));
        return UsageError;
    }
    if (what == u"checkpoint"_s)
        return checkpoint();
    return what == u"verify"_s ? verify() : list();
}

int AuditCommand::verify()
{
    if (isSet(u"public-key"_s) && !isSet(u"against"_s)) {
        printError(tr("--public-key goes with --against CHECKPOINT."));
        return UsageError;
    }
    const Actor actor = AccountService::commandLineActor();
    AuditService &service = workspace().audit();
    const AuditVerification result = isSet(u"against"_s)
        ? service.verifyAgainst(actor, value(u"against"_s), value(u"public-key"_s))
        : service.verify(actor);
    QJsonObject json { { u"intact"_s, !result.firstBrokenId }, { u"entries_checked"_s, result.entriesChecked } };
    if (result.checkpoint)
        json.insert(u"checkpoint"_s, checkpointJson(*result.checkpoint));
    if (!result.firstBrokenId) {
        printJson(json);
        return Success;
    }
    json.insert(u"first_broken_entry"_s, *result.firstBrokenId);
    json.insert(u"problem"_s, result.problem);
    printJson(json);
    printError(result.problem);
    return Failure;
}

int AuditCommand::checkpoint()
{
    if (!isSet(u"key"_s) || !isSet(u"out"_s)) {
        printError(tr("audit checkpoint needs --key KEYFILE and --out CHECKPOINT."));
        return UsageError;
    }
    const AuditCheckpointInfo written
        = workspace().audit().checkpoint(AccountService::commandLineActor(), value(u"key"_s), value(u"out"_s));
    QJsonObject json = checkpointJson(written);
    json.insert(u"checkpoint"_s, absolute(value(u"out"_s)));
    printJson(json);
    return Success;
}

int AuditCommand::keygen()
{
    if (!isSet(u"out"_s)) {
        printError(tr("audit keygen needs --out KEYFILE."));
        return UsageError;
    }
    const QString keyFile = value(u"out"_s);
    const QString publicKey = AuditService::createCheckpointKey(keyFile);
    printJson({ { u"key_file"_s, absolute(keyFile) },
        { u"public_key_file"_s, absolute(AuditService::publicKeyFileOf(keyFile)) }, { u"public_key"_s, publicKey } });
    return Success;
}

int AuditCommand::roles()
{
    const auto named
        = [this](const QString &option, const QString &fallback) { return isSet(option) ? value(option) : fallback; };
    const QString script = AuditService::postgresRoleScript(named(u"owner-role"_s, u"tandem_owner"_s),
        named(u"app-role"_s, u"tandem_app"_s), named(u"schema"_s, u"public"_s));
    std::fputs(script.toUtf8().constData(), stdout);
    return Success;
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
