// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/InboxCommand.h"

#include "cli/CommandLine.h"
#include "cli/JsonValues.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/WorkspaceSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

QJsonObject conversationJson(const ConversationRow &row)
{
    const Conversation &c = row.conversation;
    return { { u"id"_s, c.id }, { u"customer_id"_s, c.customerId }, { u"customer"_s, row.customerName },
        { u"channel"_s, keyOf(c.channel) }, { u"subject"_s, c.subject }, { u"status"_s, keyOf(c.status) },
        { u"snoozed_until"_s, timeValue(c.snoozedUntil) }, { u"assignee_id"_s, idValue(c.assigneeId) },
        { u"assignee"_s, row.assigneeName }, { u"queue_id"_s, idValue(c.queueId) }, { u"queue"_s, row.queueName },
        { u"priority"_s, keyOf(c.priority) }, { u"tags"_s, QJsonArray::fromStringList(c.tags) },
        { u"waiting_since"_s, timeValue(c.waitingSince) }, { u"due_at"_s, timeValue(c.dueAt) },
        { u"last_message_at"_s, timeValue(c.lastMessageAt) }, { u"created_at"_s, timeValue(c.createdAt) },
        { u"closed_at"_s, timeValue(c.closedAt) }, { u"unread"_s, row.unread }, { u"version"_s, c.version } };
}

std::optional<InboxFolderKind> folderFromKey(const QString &key)
{
    if (key == u"mine"_s)
        return InboxFolderKind::Mine;
    if (key == u"unassigned"_s)
        return InboxFolderKind::Unassigned;
    if (key == u"open"_s)
        return InboxFolderKind::AllOpen;
    if (key == u"snoozed"_s)
        return InboxFolderKind::Snoozed;
    if (key == u"closed"_s)
        return InboxFolderKind::Closed;
    return std::nullopt;
}

} // namespace

InboxCommand::InboxCommand()
    : Command(tr("Lists, shows and triages the conversations of the shared inbox as an agent of a demo "
                 "workspace.\n\n"
                 "  inbox list    a folder, who waited longest (or whose reply is due) first\n"
                 "  inbox show    one conversation with its messages\n"
                 "  inbox assign  to an agent, to yourself (me) or to nobody (none)\n"
                 "  inbox close   close conversations\n"
                 "  inbox snooze  put conversations away until a time\n"
                 "  inbox survey  the survey a queue mails when a conversation closes (team leads)"))
{
    takeAction(tr("list, show, assign, close, snooze or survey"),
        { u"list"_s, u"show"_s, u"assign"_s, u"close"_s, u"snooze"_s, u"survey"_s },
        tr("inbox needs one of list, show, assign, close, snooze or survey; see tandemctl inbox --help."));
    onlyReadFor({ u"list"_s, u"show"_s });
    addOptions({
        { u"workspace"_s, tr("Workspace file."), u"W"_s },
        { u"as"_s, tr("Work as this agent (demo workspaces only)."), u"LOGIN"_s },
        { u"folder"_s, tr("list: mine, unassigned, open (the default), snoozed or closed."), u"NAME"_s },
        { u"queue"_s, tr("list: the team queue with this name instead of a folder; survey: the queue to set."),
            u"NAME"_s },
        { u"sort"_s, tr("list: waiting (the default) or due."), u"ORDER"_s },
        { u"limit"_s, tr("list: conversations per page (default 50)."), u"N"_s },
        { u"after"_s, tr("list: continue after this \"next\" value."), u"CURSOR"_s },
        { u"id"_s, tr("show: the conversation; assign, close, snooze: one or more, separated by commas."), u"ID"_s },
        { u"to"_s, tr("assign: the login who gets them, me or none."), u"LOGIN"_s },
        { u"until"_s, tr("snooze: when they come back, like 2026-12-07T09:00:00Z."), u"TIME"_s },
        { u"survey"_s, tr("survey: none, csat, nps or ces, for the queue --queue names."), u"KIND"_s },
    });
    requireOptions({ u"workspace"_s, u"as"_s }, tr("inbox needs --workspace FILE and --as LOGIN."));
}

int InboxCommand::execute()
{
    WorkspaceSession &session = workspace();
    const Actor actor = session.accounts().signInWithoutPassword(value(u"as"_s));
    ConversationService &service = session.conversations();
    if (action() == u"list"_s)
        return list(service, actor);
    if (action() == u"show"_s)
        return show(service, actor);
    if (action() == u"assign"_s)
        return assign(service, actor);
    if (action() == u"close"_s)
        return close(service, actor);
    if (action() == u"survey"_s)
        return survey(service, actor);
    return snooze(service, actor);
}

int InboxCommand::survey(ConversationService &service, const Actor &actor)
{
    const QList<TeamQueue> queues = service.queues();
    const auto queue = std::ranges::find(queues, value(u"queue"_s), &TeamQueue::name);
    if (!isSet(u"queue"_s) || queue == queues.end()) {
        printError(tr("survey needs --queue with the name of a team queue."));
        return UsageError;
    }
    const std::optional<SurveyKind> kind = fromKey<SurveyKind>(value(u"survey"_s));
    if (!kind && value(u"survey"_s) != u"none"_s) {
        printError(tr("--survey takes one of: none, csat, nps, ces."));
        return UsageError;
    }
    service.setQueueSurvey(actor, queue->id, kind);
    printJson({ { u"queue_id"_s, queue->id }, { u"queue"_s, queue->name },
        { u"survey"_s, kind ? keyOf(*kind) : u"none"_s } });
    return Success;
}

int InboxCommand::list(ConversationService &service, const Actor &actor)
{
    InboxFolder folder = InboxFolder::of(InboxFolderKind::AllOpen);
    if (isSet(u"queue"_s)) {
        const QList<TeamQueue> queues = service.queues();
        const auto queue = std::ranges::find(queues, value(u"queue"_s), &TeamQueue::name);
        if (queue == queues.end()) {
            printError(tr("There is no team queue called \"%1\".").arg(value(u"queue"_s)));
            return UsageError;
        }
        folder = InboxFolder::queue(queue->id);
    } else if (isSet(u"folder"_s)) {
        const std::optional<InboxFolderKind> kind = folderFromKey(value(u"folder"_s));
        if (!kind) {
            printError(tr("--folder takes one of: mine, unassigned, open, snoozed, closed."));
            return UsageError;
        }
        folder.kind = *kind;
    }
    if (isSet(u"sort"_s)) {
        if (value(u"sort"_s) == u"due"_s) {
            folder.sort = InboxSort::ResponseDue;
        } else if (value(u"sort"_s) != u"waiting"_s) {
            printError(tr("--sort takes waiting or due."));
            return UsageError;
        }
    }
    int limit = 50;
    if (isSet(u"limit"_s)) {
        const std::optional<qint64> number = numberOption(u"limit"_s, 1, 1000);
        if (!number)
            return UsageError;
        limit = int(*number);
    }
    std::optional<ConversationCursor> after;
    if (isSet(u"after"_s)) {
        // "part:key:id", as the previous page gave it.
        const QStringList parts = value(u"after"_s).split(u':');
        const std::optional<qint64> part = parts.size() == 3 ? wholeNumber(parts.at(0), 0, 9) : std::nullopt;
        const std::optional<qint64> key = parts.size() == 3 ? wholeNumber(parts.at(1)) : std::nullopt;
        const std::optional<qint64> id = parts.size() == 3 ? wholeNumber(parts.at(2)) : std::nullopt;
        if (!part || !key || !id) {
            reportBadCursor(u"after"_s);
            return UsageError;
        }
        after = ConversationCursor { int(*part), *key, *id };
    }
    const ConversationPage page = service.page(actor, folder, after, limit);
    QJsonArray rows;
    for (const ConversationRow &row : page.rows)
        rows.append(conversationJson(row));
    QJsonValue next;
    if (page.next)
        next = u"%1:%2:%3"_s.arg(page.next->part).arg(page.next->key).arg(page.next->id);
    printJson({ { u"conversations"_s, rows }, { u"count"_s, service.count(actor, folder) }, { u"next"_s, next } });
    return Success;
}

int InboxCommand::show(ConversationService &service, const Actor &actor)
{
    const std::optional<Id> id = positiveNumberOption(u"id"_s);
    if (!id)
        return UsageError;
    const std::optional<ConversationThread> thread = service.thread(actor, *id);
    if (!thread) {
        printError(tr("There is no conversation #%1.").arg(*id));
        return Failure;
    }
    QJsonObject result = conversationJson(thread->row);
    QJsonArray messages;
    for (const ThreadMessage &message : thread->messages) {
        QJsonObject json = interactionJson(message.interaction);
        if (message.outboxState) {
            json.insert(u"outbox_state"_s, keyOf(*message.outboxState));
            json.insert(u"outbox_error"_s, message.outboxError);
            json.insert(u"outbox_bounced"_s, message.outboxBounced);
        }
        messages.append(json);
    }
    result.insert(u"messages"_s, messages);
    printJson(result);
    return Success;
}

int InboxCommand::assign(ConversationService &service, const Actor &actor)
{
    const std::optional<QList<Id>> ids = conversationIds();
    if (!ids)
        return UsageError;
    if (!isSet(u"to"_s)) {
        printError(tr("assign needs --to LOGIN, me or none."));
        return UsageError;
    }
    std::optional<Id> assignee;
    if (value(u"to"_s) == u"me"_s) {
        assignee = actor.agentId;
    } else if (value(u"to"_s) != u"none"_s) {
        assignee = agentWithLogin(value(u"to"_s));
        if (!assignee)
            return UsageError;
    }
    service.assign(actor, *ids, assignee);
    return printConversations(service, actor, *ids);
}

int InboxCommand::close(ConversationService &service, const Actor &actor)
{
    const std::optional<QList<Id>> ids = conversationIds();
    if (!ids)
        return UsageError;
    service.close(actor, *ids);
    return printConversations(service, actor, *ids);
}

int InboxCommand::snooze(ConversationService &service, const Actor &actor)
{
    const std::optional<QList<Id>> ids = conversationIds();
    if (!ids)
        return UsageError;
    QDateTime until = QDateTime::fromString(value(u"until"_s), Qt::ISODateWithMs);
    if (!until.isValid()) {
        printError(tr("snooze needs --until with a time like 2026-12-07T09:00:00Z."));
        return UsageError;
    }
    // A time without a zone is read as UTC, as tandemctl prints them, not as this computer's local time.
    if (until.timeSpec() == Qt::LocalTime)
        until.setTimeZone(QTimeZone::UTC);
    service.snooze(actor, *ids, until.toMSecsSinceEpoch());
    return printConversations(service, actor, *ids);
}

std::optional<QList<Id>> InboxCommand::conversationIds() const
{
    QList<Id> ids;
    for (const QString &part : value(u"id"_s).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<qint64> id = wholeNumber(part.trimmed(), 1);
        if (!id) {
            ids.clear();
            break;
        }
        ids.append(*id);
    }
    if (ids.isEmpty()) {
        printError(tr("--id takes one or more conversation numbers, separated by commas."));
        return std::nullopt;
    }
    return ids;
}

int InboxCommand::printConversations(ConversationService &service, const Actor &actor, const QList<Id> &ids)
{
    QJsonArray rows;
    for (const Id id : ids) {
        if (const std::optional<ConversationRow> row = service.conversation(actor, id))
            rows.append(conversationJson(*row));
    }
    printJson({ { u"conversations"_s, rows } });
    return Success;
}

} // namespace tandem::cli
