// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/EscalationCommand.h"

#include "cli/CommandLine.h"
#include "domain/SlaPolicy.h"
#include "services/AccountService.h"
#include "services/EscalationService.h"
#include "services/ServiceError.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

// Gives the command's strings their own translation context.
struct EscalationCommandText
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::EscalationCommand)
};

QJsonValue timeValue(Millis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue timeValue(const std::optional<Millis> &millis)
{
    return millis ? timeValue(*millis) : QJsonValue();
}

QJsonValue idValue(const std::optional<Id> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

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

QJsonObject interactionJson(const Interaction &interaction)
{
    return { { u"id"_s, interaction.id }, { u"kind"_s, keyOf(interaction.kind) },
        { u"channel"_s, keyOf(interaction.channel) }, { u"direction"_s, keyOf(interaction.direction) },
        { u"occurred_at"_s, timeValue(interaction.occurredAt) }, { u"agent"_s, interaction.agentName },
        { u"subject"_s, interaction.subject }, { u"body"_s, interaction.body },
        { u"body_format"_s, keyOf(interaction.bodyFormat) },
        { u"escalation_id"_s, idValue(interaction.escalationId) } };
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
    printError(EscalationCommandText::tr("--%1 takes one of: %2.").arg(option, keys.join(u", "_s)));
    return false;
}

bool parseId(const QCommandLineParser &parser, const QString &option, Id &out)
{
    bool ok = false;
    out = parser.value(option).toLongLong(&ok);
    if (!parser.isSet(option) || !ok || out <= 0) {
        printError(EscalationCommandText::tr("--%1 takes a positive whole number.").arg(option));
        return false;
    }
    return true;
}

int list(const QCommandLineParser &parser, EscalationService &service, const Actor &actor)
{
    EscalationQueueFilter filter;
    filter.queue = actor.role == Role::ServiceRep ? EscalationQueue::EscalatedByMe : EscalationQueue::Support;
    if (parser.isSet(u"queue"_s)) {
        const std::optional<EscalationQueue> queue = queueFromKey(parser.value(u"queue"_s));
        if (!queue) {
            printError(
                EscalationCommandText::tr("--queue takes one of: support, unclaimed, mine, escalated, returned."));
            return UsageError;
        }
        filter.queue = *queue;
    }
    if (!parseKey(parser, u"category"_s, filter.category) || !parseKey(parser, u"severity"_s, filter.severity))
        return UsageError;
    int limit = 50;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000) {
            printError(EscalationCommandText::tr("--limit takes a whole number from 1 to 1000."));
            return UsageError;
        }
    }
    std::optional<EscalationCursor> after;
    if (parser.isSet(u"after"_s)) {
        const QStringList parts = parser.value(u"after"_s).split(u':');
        bool dueOk = false;
        bool idOk = false;
        if (parts.size() == 2)
            after = EscalationCursor { parts.at(0).toLongLong(&dueOk), parts.at(1).toLongLong(&idOk) };
        if (!dueOk || !idOk) {
            printError(EscalationCommandText::tr("--after takes the \"next\" value of the previous page."));
            return UsageError;
        }
    }
    const EscalationPage page = service.queue(actor, filter, after, limit);
    QJsonArray items;
    for (const EscalationListItem &item : page.items)
        items.append(escalationJson(item, service.slaStatus(item.escalation)));
    QJsonObject result { { u"escalations"_s, items } };
    // The next page starts after this cursor: pass it back with --after.
    result.insert(
        u"next"_s, page.next ? QJsonValue(u"%1:%2"_s.arg(page.next->dueAt).arg(page.next->id)) : QJsonValue());
    printJson(result);
    return Success;
}

int show(const QCommandLineParser &parser, EscalationService &service, const Actor &actor)
{
    Id id = 0;
    if (!parseId(parser, u"id"_s, id))
        return UsageError;
    const std::optional<HandoffDetails> details = service.handoff(actor, id);
    if (!details) {
        printError(EscalationCommandText::tr("There is no escalation #%1.").arg(id));
        return Failure;
    }
    printJson(handoffJson(*details, service.slaStatus(details->item.escalation)));
    return Success;
}

int transition(
    const QCommandLineParser &parser, EscalationService &service, AccountService &accounts, const Actor &actor)
{
    Id id = 0;
    if (!parseId(parser, u"id"_s, id))
        return UsageError;
    std::optional<EscalationAction> action;
    if (!parser.isSet(u"action"_s)) {
        printError(EscalationCommandText::tr("transition needs --action, for example --action claim."));
        return UsageError;
    }
    if (!parseKey(parser, u"action"_s, action))
        return UsageError;
    TransitionOptions options;
    if (!parseKey(parser, u"severity"_s, options.severity))
        return UsageError;
    if (parser.isSet(u"assignee"_s)) {
        const QString login = parser.value(u"assignee"_s);
        for (const Agent &agent : accounts.agents()) {
            if (agent.login == login)
                options.assignee = agent.id;
        }
        if (!options.assignee) {
            printError(EscalationCommandText::tr("There is no agent with the login \"%1\".").arg(login));
            return UsageError;
        }
    }
    int version = 0;
    if (parser.isSet(u"version"_s)) {
        bool ok = false;
        version = parser.value(u"version"_s).toInt(&ok);
        if (!ok || version < 1) {
            printError(EscalationCommandText::tr("--version takes a positive whole number."));
            return UsageError;
        }
    } else {
        const std::optional<EscalationListItem> current = service.escalation(actor, id);
        if (!current) {
            printError(EscalationCommandText::tr("There is no escalation #%1.").arg(id));
            return Failure;
        }
        version = current->escalation.version;
    }
    service.transition(actor, id, *action, parser.value(u"note"_s), version, options);
    const std::optional<EscalationListItem> stored = service.escalation(actor, id);
    if (stored)
        printJson(escalationJson(*stored, service.slaStatus(stored->escalation)));
    return Success;
}

} // namespace

int runEscalationCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        EscalationCommandText::tr("Lists, shows and moves escalations as an agent of a demo workspace.\n\n"
                                  "  escalation list        a queue, most urgent first\n"
                                  "  escalation show        one hand-off card in full\n"
                                  "  escalation transition  claim, start, resolve, hand back, close, ..."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"what"_s, EscalationCommandText::tr("list, show or transition"));
    parser.addOptions({
        { u"workspace"_s, EscalationCommandText::tr("Workspace file."), u"W"_s },
        { u"as"_s, EscalationCommandText::tr("Work as this agent (demo workspaces only)."), u"LOGIN"_s },
        { u"queue"_s, EscalationCommandText::tr("list: support, unclaimed, mine, escalated or returned."), u"NAME"_s },
        { u"category"_s, EscalationCommandText::tr("list: only this category (a key such as bug)."), u"KEY"_s },
        { u"severity"_s, EscalationCommandText::tr("list: only this severity; change_severity: the new one (s1-s4)."),
            u"KEY"_s },
        { u"limit"_s, EscalationCommandText::tr("list: escalations per page (default 50)."), u"N"_s },
        { u"after"_s, EscalationCommandText::tr("list: continue after this \"next\" value."), u"CURSOR"_s },
        { u"id"_s, EscalationCommandText::tr("show, transition: the escalation."), u"ID"_s },
        { u"action"_s,
            EscalationCommandText::tr("transition: claim, start, ask_rep, wait_on_customer, answer, "
                                      "customer_replied, resolve, hand_back, close, reopen, reassign, "
                                      "change_severity."),
            u"ACTION"_s },
        { u"note"_s, EscalationCommandText::tr("transition: the question, answer, resolution or reason."), u"TEXT"_s },
        { u"version"_s, EscalationCommandText::tr("transition: the version you saw (default: the current one)."),
            u"V"_s },
        { u"assignee"_s, EscalationCommandText::tr("transition reassign: the login who gets it."), u"LOGIN"_s },
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
    if (what.size() != 1 || !QStringList { u"list"_s, u"show"_s, u"transition"_s }.contains(what.constFirst())) {
        printError(EscalationCommandText::tr("escalation needs one of list, show or transition; see "
                                             "tandemctl escalation --help."));
        return UsageError;
    }
    if (!parser.isSet(u"workspace"_s) || !parser.isSet(u"as"_s)) {
        printError(EscalationCommandText::tr("escalation needs --workspace FILE and --as LOGIN."));
        return UsageError;
    }
    Workspace::OpenOptions options;
    options.createIfMissing = false;
    std::unique_ptr<Workspace> workspace = Workspace::open(parser.value(u"workspace"_s), options);
    AccountService accounts(*workspace);
    const Actor actor = accounts.signInWithoutPassword(parser.value(u"as"_s));
    EscalationService service(*workspace, SystemClock::instance());
    if (what.constFirst() == u"list"_s)
        return list(parser, service, actor);
    if (what.constFirst() == u"show"_s)
        return show(parser, service, actor);
    return transition(parser, service, accounts, actor);
}

} // namespace tandem::cli
