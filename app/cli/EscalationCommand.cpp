// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/EscalationCommand.h"

#include "cli/CommandLine.h"
#include "cli/JsonValues.h"
#include "domain/SlaPolicy.h"
#include "services/AccountService.h"
#include "services/EscalationService.h"
#include "services/WorkspaceSession.h"

#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

QString slaLevelKey(SlaLevel level)
{
    switch (level) {
    case SlaLevel::OnTrack:
        return u"on_track"_s;
    case SlaLevel::AtRisk:
        return u"at_risk"_s;
    case SlaLevel::Breached:
        return u"breached"_s;
    case SlaLevel::Met:
        return u"met"_s;
    case SlaLevel::Missed:
        return u"missed"_s;
    }
    return QString();
}

QJsonObject slaJson(const SlaStatus &status)
{
    return { { u"clock"_s, status.clock == SlaClock::Claim ? u"claim"_s : u"resolve"_s },
        { u"level"_s, slaLevelKey(status.level) }, { u"due_at"_s, timeValue(status.dueAt) },
        { u"remaining_ms"_s, status.remaining }, { u"text"_s, SlaPolicy::describeStatus(status) } };
}

QJsonObject escalationJson(const EscalationListItem &item, const SlaStatus &sla)
{
    const Escalation &e = item.escalation;
    return { { u"id"_s, e.id }, { u"customer_id"_s, e.customerId }, { u"customer"_s, item.customerName },
        { u"state"_s, keyOf(e.state) }, { u"severity"_s, keyOf(e.severity) }, { u"category"_s, keyOf(e.category) },
        { u"summary"_s, e.summary }, { u"created_by"_s, e.createdBy }, { u"creator"_s, item.creatorName },
        { u"assigned_to"_s, idValue(e.assignedTo) }, { u"assignee"_s, item.assigneeName },
        { u"created_at"_s, timeValue(e.createdAt) }, { u"claimed_at"_s, timeValue(e.claimedAt) },
        { u"resolved_at"_s, timeValue(e.resolvedAt) }, { u"closed_at"_s, timeValue(e.closedAt) },
        { u"claim_due_at"_s, timeValue(e.claimDueAt) }, { u"resolve_due_at"_s, timeValue(e.resolveDueAt) },
        { u"version"_s, e.version }, { u"sla"_s, slaJson(sla) } };
}

QJsonArray actionsJson(const QList<EscalationAction> &actions)
{
    QJsonArray keys;
    for (const EscalationAction action : actions)
        keys.append(keyOf(action));
    return keys;
}

QJsonObject handoffJson(const HandoffDetails &details, const SlaStatus &sla)
{
    QJsonObject object = escalationJson(details.item, sla);
    const Escalation &e = details.item.escalation;
    object.insert(u"steps_to_reproduce"_s, e.stepsToReproduce);
    object.insert(u"expected"_s, e.expected);
    object.insert(u"actual"_s, e.actual);
    object.insert(u"environment"_s, e.environment);
    object.insert(u"already_tried"_s, e.alreadyTried);
    object.insert(u"resolution"_s, e.resolution);
    object.insert(u"customer_explanation"_s, e.customerExplanation);
    if (details.customer) {
        const Customer &c = *details.customer;
        object.insert(u"customer_details"_s,
            QJsonObject { { u"id"_s, c.id }, { u"name"_s, c.displayName() }, { u"company"_s, c.company },
                { u"email"_s, c.email }, { u"phone"_s, c.phone }, { u"tier"_s, keyOf(c.tier) } });
    }
    QJsonArray events;
    for (const EscalationEvent &event : details.events) {
        events.append(QJsonObject { { u"action"_s, keyOf(event.action) }, { u"actor"_s, event.actorName },
            { u"from"_s, event.fromState ? QJsonValue(keyOf(*event.fromState)) : QJsonValue() },
            { u"to"_s, keyOf(event.toState) }, { u"note"_s, event.note },
            { u"occurred_at"_s, timeValue(event.occurredAt) } });
    }
    object.insert(u"events"_s, events);
    QJsonArray attachments;
    for (const EscalationAttachment &attachment : details.attachments) {
        attachments.append(QJsonObject { { u"name"_s, attachment.name }, { u"format"_s, keyOf(attachment.format) },
            { u"content"_s, attachment.content } });
    }
    object.insert(u"attachments"_s, attachments);
    QJsonArray linked;
    for (const Interaction &interaction : details.linkedInteractions)
        linked.append(interactionJson(interaction));
    object.insert(u"linked_interactions"_s, linked);
    QJsonArray recent;
    for (const Interaction &interaction : details.recentTimeline)
        recent.append(interactionJson(interaction));
    object.insert(u"recent_timeline"_s, recent);
    object.insert(u"allowed_actions"_s, actionsJson(details.allowedActions));
    return object;
}

std::optional<EscalationQueue> queueFromKey(const QString &key)
{
    if (key == u"support"_s)
        return EscalationQueue::Support;
    if (key == u"unclaimed"_s)
        return EscalationQueue::Unclaimed;
    if (key == u"mine"_s)
        return EscalationQueue::AssignedToMe;
    if (key == u"escalated"_s)
        return EscalationQueue::EscalatedByMe;
    if (key == u"returned"_s)
        return EscalationQueue::ReturnedToMe;
    if (key == u"resolved"_s)
        return EscalationQueue::Resolved;
    return std::nullopt;
}

template<typename E> bool parseKey(const QCommandLineParser &parser, const QString &option, std::optional<E> &out)
{
    if (!parser.isSet(option))
        return true;
    out = fromKey<E>(parser.value(option));
    if (out)
        return true;
    QStringList keys;
    for (const E value : allValues<E>())
        keys.append(keyOf(value));
    printError(EscalationCommand::tr("--%1 takes one of: %2.").arg(option, keys.join(u", "_s)));
    return false;
}

} // namespace

EscalationCommand::EscalationCommand()
    : Command(tr("Lists, shows and moves escalations as an agent of a demo workspace.\n\n"
                 "  escalation list        a queue, most urgent first\n"
                 "  escalation show        one hand-off card in full\n"
                 "  escalation transition  claim, start, resolve, hand back, close, ..."))
{
    takeAction(tr("list, show or transition"), { u"list"_s, u"show"_s, u"transition"_s },
        tr("escalation needs one of list, show or transition; see tandemctl escalation --help."));
    onlyReadFor({ u"list"_s, u"show"_s });
    addOptions({
        { u"workspace"_s, tr("Workspace file."), u"W"_s },
        { u"as"_s, tr("Work as this agent (demo workspaces only)."), u"LOGIN"_s },
        { u"queue"_s, tr("list: support, unclaimed, mine, escalated, returned or resolved."), u"NAME"_s },
        { u"category"_s, tr("list: only this category (a key such as bug)."), u"KEY"_s },
        { u"severity"_s, tr("list: only this severity; change_severity: the new one (s1-s4)."), u"KEY"_s },
        { u"limit"_s, tr("list: escalations per page (default 50)."), u"N"_s },
        { u"after"_s, tr("list: continue after this \"next\" value."), u"CURSOR"_s },
        { u"id"_s, tr("show, transition: the escalation."), u"ID"_s },
        { u"action"_s,
            tr("transition: claim, start, ask_rep, wait_on_customer, answer, "
               "customer_replied, resolve, hand_back, close, reopen, reassign, "
               "change_severity, add_information."),
            u"ACTION"_s },
        { u"note"_s, tr("transition: the question, answer, resolution or reason."), u"TEXT"_s },
        { u"version"_s, tr("transition: the version you saw (default: the current one)."), u"V"_s },
        { u"assignee"_s, tr("transition reassign: the login who gets it."), u"LOGIN"_s },
    });
    requireOptions({ u"workspace"_s, u"as"_s }, tr("escalation needs --workspace FILE and --as LOGIN."));
}

int EscalationCommand::execute()
{
    WorkspaceSession &session = workspace();
    const Actor actor = session.accounts().signInWithoutPassword(value(u"as"_s));
    if (action() == u"list"_s)
        return list(session.escalations(), actor);
    if (action() == u"show"_s)
        return show(session.escalations(), actor);
    return transition(session.escalations(), actor);
}

int EscalationCommand::list(EscalationService &service, const Actor &actor)
{
    EscalationQueueFilter filter;
    filter.queue = actor.role == Role::ServiceRep ? EscalationQueue::EscalatedByMe : EscalationQueue::Support;
    if (isSet(u"queue"_s)) {
        const std::optional<EscalationQueue> queue = queueFromKey(value(u"queue"_s));
        if (!queue) {
            printError(tr("--queue takes one of: support, unclaimed, mine, escalated, returned, resolved."));
            return UsageError;
        }
        filter.queue = *queue;
    }
    if (!parseKey(options(), u"category"_s, filter.category) || !parseKey(options(), u"severity"_s, filter.severity))
        return UsageError;
    int limit = 50;
    if (isSet(u"limit"_s)) {
        const std::optional<qint64> number = numberOption(u"limit"_s, 1, 1000);
        if (!number)
            return UsageError;
        limit = int(*number);
    }
    std::optional<EscalationCursor> after;
    if (isSet(u"after"_s)) {
        // "due:id", and ":rest" once past the rows a queue pins first.
        QStringList parts = value(u"after"_s).split(u':');
        const bool pastPinned = parts.size() == 3 && parts.constLast() == u"rest"_s;
        if (pastPinned)
            parts.removeLast();
        const std::optional<qint64> dueAt = parts.size() == 2 ? wholeNumber(parts.at(0)) : std::nullopt;
        const std::optional<qint64> id = parts.size() == 2 ? wholeNumber(parts.at(1)) : std::nullopt;
        if (!dueAt || !id) {
            reportBadCursor(u"after"_s);
            return UsageError;
        }
        after = EscalationCursor { *dueAt, *id, pastPinned };
    }
    const EscalationPage page = service.queue(actor, filter, after, limit);
    QJsonArray items;
    for (const EscalationListItem &item : page.items)
        items.append(escalationJson(item, service.slaStatus(item.escalation)));
    QJsonObject result { { u"escalations"_s, items } };
    // The next page starts after this cursor: pass it back with --after.
    QJsonValue next;
    if (page.next)
        next = QString(
            u"%1:%2"_s.arg(page.next->dueAt).arg(page.next->id) + (page.next->pastPinned ? u":rest"_s : QString()));
    result.insert(u"next"_s, next);
    printJson(result);
    return Success;
}

int EscalationCommand::show(EscalationService &service, const Actor &actor)
{
    const std::optional<Id> id = positiveNumberOption(u"id"_s);
    if (!id)
        return UsageError;
    const std::optional<HandoffDetails> details = service.handoff(actor, *id);
    if (!details) {
        printError(tr("There is no escalation #%1.").arg(*id));
        return Failure;
    }
    printJson(handoffJson(*details, service.slaStatus(details->item.escalation)));
    return Success;
}

int EscalationCommand::transition(EscalationService &service, const Actor &actor)
{
    const std::optional<Id> id = positiveNumberOption(u"id"_s);
    if (!id)
        return UsageError;
    std::optional<EscalationAction> action;
    if (!isSet(u"action"_s)) {
        printError(tr("transition needs --action, for example --action claim."));
        return UsageError;
    }
    if (!parseKey(options(), u"action"_s, action) || !action)
        return UsageError;
    TransitionOptions transitionOptions;
    if (!parseKey(options(), u"severity"_s, transitionOptions.severity))
        return UsageError;
    if (isSet(u"assignee"_s)) {
        transitionOptions.assignee = agentWithLogin(value(u"assignee"_s));
        if (!transitionOptions.assignee)
            return UsageError;
    }
    int version = 0;
    if (isSet(u"version"_s)) {
        const std::optional<qint64> number = positiveNumberOption(u"version"_s, std::numeric_limits<int>::max());
        if (!number)
            return UsageError;
        version = int(*number);
    } else {
        const std::optional<EscalationListItem> current = service.escalation(*id);
        if (!current) {
            printError(tr("There is no escalation #%1.").arg(*id));
            return Failure;
        }
        version = current->escalation.version;
    }
    service.transition(actor, *id, *action, value(u"note"_s), version, transitionOptions);
    const std::optional<EscalationListItem> stored = service.escalation(*id);
    if (stored)
        printJson(escalationJson(*stored, service.slaStatus(stored->escalation)));
    return Success;
}

} // namespace tandem::cli
