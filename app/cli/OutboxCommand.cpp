// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/OutboxCommand.h"

#include "cli/CommandLine.h"
#include "services/AccountService.h"
#include "services/OutboxService.h"
#include "services/WorkspaceSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

QJsonValue timeValue(Millis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject entryJson(const OutboxEntry &entry)
{
    return { { u"id"_s, entry.id }, { u"conversation_id"_s, entry.conversationId },
        { u"interaction_id"_s, entry.interactionId }, { u"channel"_s, keyOf(entry.channel) },
        { u"customer"_s, entry.customerName }, { u"subject"_s, entry.subject }, { u"state"_s, keyOf(entry.state) },
        { u"attempts"_s, entry.attempts }, { u"error"_s, entry.lastError }, { u"bounced"_s, entry.bounced },
        { u"permanent"_s, entry.permanent }, { u"queued_at"_s, timeValue(entry.queuedAt) },
        { u"next_attempt_at"_s, timeValue(entry.nextAttemptAt) },
        { u"waiting_for_connection"_s, entry.waitingForConnection }, { u"may_retry"_s, entry.mayRetry },
        { u"maybe_sent"_s, entry.maybeSent }, { u"may_decide"_s, entry.mayResolve } };
}

} // namespace

OutboxCommand::OutboxCommand()
    : Command(tr("Lists, sends and retries the replies in a workspace's outbox.\n\n"
                 "  outbox list   what is still waiting or failed\n"
                 "  outbox send   deliver what is due through the configured connector\n"
                 "  outbox retry  queue a failed reply again\n"
                 "  outbox send-again  queue a reply that may have been sent again (it may arrive twice)\n"
                 "  outbox mark-sent   record a reply that may have been sent as sent"))
{
    takeAction(tr("list, send, retry, send-again or mark-sent"),
        { u"list"_s, u"send"_s, u"retry"_s, u"send-again"_s, u"mark-sent"_s },
        tr("outbox needs one of list, send, retry, send-again or mark-sent; see tandemctl outbox --help."));
    onlyReadFor({ u"list"_s });
    addOptions({
        { u"workspace"_s, tr("Workspace file."), u"W"_s },
        { u"as"_s, tr("list, retry, send-again, mark-sent: work as this agent (demo workspaces only)."), u"LOGIN"_s },
        { u"id"_s, tr("retry, send-again, mark-sent: the outbox entry."), u"ID"_s },
        { u"limit"_s, tr("send: deliver at most this many (default 100)."), u"N"_s },
        { u"claim-timeout"_s,
            tr("send: take over entries another worker claimed this many seconds ago or earlier (default 300; "
               "0 when no other worker runs)."),
            u"SECONDS"_s },
    });
    requireOptions({ u"workspace"_s }, tr("outbox needs --workspace FILE."));
}

int OutboxCommand::execute()
{
    if (action() == u"send"_s)
        return send();
    if (!isSet(u"as"_s)) {
        printError(tr("outbox %1 needs --as LOGIN.").arg(action()));
        return UsageError;
    }
    if (action() == u"list"_s)
        return list();
    return action() == u"retry"_s ? retry() : decide(action() == u"send-again"_s);
}

int OutboxCommand::list()
{
    WorkspaceSession &session = workspace();
    const Actor actor = session.accounts().signInWithoutPassword(value(u"as"_s));
    QJsonArray entries;
    for (const OutboxEntry &entry : session.outbox().waiting(actor))
        entries.append(entryJson(entry));
    printJson({ { u"entries"_s, entries } });
    return Success;
}

int OutboxCommand::send()
{
    int limit = 100;
    if (isSet(u"limit"_s)) {
        const std::optional<qint64> number = numberOption(u"limit"_s, 1, 100000);
        if (!number)
            return UsageError;
        limit = int(*number);
    }
    std::optional<qint64> timeoutSeconds = OutboxService::defaultClaimTimeout / 1000;
    if (isSet(u"claim-timeout"_s)) {
        timeoutSeconds = numberOption(u"claim-timeout"_s, 0, 7 * 24 * 3600);
        if (!timeoutSeconds)
            return UsageError;
    }
    WorkspaceSession &session = workspace();
    OutboxService &outbox = session.outbox();
    outbox.setClaimTimeout(*timeoutSeconds * 1000);
    QJsonArray results;
    for (const OutboxService::Attempt &attempt : outbox.sendDue(limit)) {
        results.append(QJsonObject { { u"id"_s, attempt.outboxId }, { u"key"_s, attempt.deliveryKey },
            { u"state"_s, keyOf(attempt.state) }, { u"already_delivered"_s, attempt.result.alreadyDelivered },
            { u"maybe_sent"_s, attempt.result.outcome == DeliveryResult::Outcome::MayHaveBeenSent },
            { u"error"_s, attempt.result.reason } });
    }
    printJson({ { u"attempted"_s, results } });
    return Success;
}

int OutboxCommand::retry()
{
    const std::optional<qint64> id = positiveNumberOption(u"id"_s);
    if (!id)
        return UsageError;
    WorkspaceSession &session = workspace();
    const Actor actor = session.accounts().signInWithoutPassword(value(u"as"_s));
    session.outbox().retry(actor, *id);
    printJson({ { u"id"_s, *id }, { u"state"_s, keyOf(OutboxState::Queued) } });
    return Success;
}

int OutboxCommand::decide(bool sendAgain)
{
    const std::optional<qint64> id = positiveNumberOption(u"id"_s);
    if (!id)
        return UsageError;
    WorkspaceSession &session = workspace();
    const Actor actor = session.accounts().signInWithoutPassword(value(u"as"_s));
    if (sendAgain)
        session.outbox().sendAgain(actor, *id);
    else
        session.outbox().markSent(actor, *id);
    printJson({ { u"id"_s, *id }, { u"state"_s, keyOf(sendAgain ? OutboxState::Queued : OutboxState::Sent) } });
    return Success;
}

} // namespace tandem::cli
