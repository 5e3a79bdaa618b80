// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/EscalationService.h"

#include "services/ConversationChange.h"
#include "services/ServiceError.h"
#include "storage/AgentRepository.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/ConversationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/EscalationRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

EscalationParticipant participantOf(const Actor &actor, const Escalation &escalation)
{
    return { actor.role, escalation.createdBy == actor.agentId,
        escalation.assignedTo.has_value() && *escalation.assignedTo == actor.agentId };
}

QList<EscalationState> openStates()
{
    QList<EscalationState> states;
    for (const EscalationState state : allValues<EscalationState>()) {
        if (EscalationStateMachine::isOpen(state))
            states.append(state);
    }
    return states;
}

// What support still works on: open, and not yet resolved (a resolved one waits only for its hand-back).
QList<EscalationState> workingStates()
{
    QList<EscalationState> states = openStates();
    states.removeAll(EscalationState::Resolved);
    return states;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QJsonObject auditStateOf(const Escalation &escalation)
{
    return { { u"state"_s, keyOf(escalation.state) }, { u"severity"_s, keyOf(escalation.severity) },
        { u"assigned_to"_s, escalation.assignedTo ? QJsonValue(*escalation.assignedTo) : QJsonValue() },
        { u"claim_due_at"_s, escalation.claimDueAt }, { u"resolve_due_at"_s, escalation.resolveDueAt },
        { u"version"_s, escalation.version } };
}

QString missingNoteMessage(EscalationAction action)
{
    switch (action) {
    case EscalationAction::AskRep:
        return EscalationService::tr("Write the question for the rep.");
    case EscalationAction::WaitOnCustomer:
        return EscalationService::tr("Say what you are waiting for from the customer.");
    case EscalationAction::Answer:
        return EscalationService::tr("Write the answer for the specialist.");
    case EscalationAction::Resolve:
        return EscalationService::tr("Describe how the problem was resolved.");
    case EscalationAction::HandBack:
        return EscalationService::tr("Write what the rep should tell the customer.");
    case EscalationAction::Reopen:
        return EscalationService::tr("Say why the escalation is reopened.");
    case EscalationAction::ChangeSeverity:
        return EscalationService::tr("Say why the severity changes.");
    case EscalationAction::AddInformation:
        return EscalationService::tr("Write what you are adding for the specialist.");
    default:
        return EscalationService::tr("Add a note.");
    }
}

// The line the customer's timeline shows for a step of the escalation.
QString timelineSubject(
    EscalationAction action, const Escalation &after, const QString &actorName, const QString &assigneeName)
{
    QString number = QString::number(after.id);
    switch (action) {
    case EscalationAction::Escalate:
        return EscalationService::tr("Escalated to support (#%1): %2").arg(number, after.summary);
    case EscalationAction::Claim:
        return EscalationService::tr("Escalation #%1 claimed by %2").arg(number, actorName);
    case EscalationAction::Start:
        return EscalationService::tr("Support is working on escalation #%1").arg(number);
    case EscalationAction::AskRep:
        return EscalationService::tr("Support needs information from the rep (escalation #%1)").arg(number);
    case EscalationAction::WaitOnCustomer:
        return EscalationService::tr("Support is waiting on the customer (escalation #%1)").arg(number);
    case EscalationAction::Answer:
        return EscalationService::tr("The rep answered support (escalation #%1)").arg(number);
    case EscalationAction::CustomerReplied:
        return EscalationService::tr("The customer replied (escalation #%1)").arg(number);
    case EscalationAction::Resolve:
        return EscalationService::tr("Escalation #%1 resolved").arg(number);
    case EscalationAction::HandBack:
        return EscalationService::tr("Escalation #%1 handed back to the rep").arg(number);
    case EscalationAction::Close:
        return EscalationService::tr("Escalation #%1 closed").arg(number);
    case EscalationAction::Reopen:
        return EscalationService::tr("Escalation #%1 reopened").arg(number);
    case EscalationAction::Reassign:
        return EscalationService::tr("Escalation #%1 reassigned to %2").arg(number, assigneeName);
    case EscalationAction::ChangeSeverity:
        return EscalationService::tr("Escalation #%1 is now %2").arg(number, displayName(after.severity));
    case EscalationAction::AddInformation:
        return EscalationService::tr("%1 added information to escalation #%2").arg(actorName, number);
    }
    return number;
}

Interaction timelineEntry(const Actor &actor, const Escalation &after, EscalationAction action, const QString &body,
    const QString &assigneeName, Millis now)
{
    Interaction entry;
    entry.customerId = after.customerId;
    entry.agentId = actor.agentId;
    entry.channel = Channel::Internal;
    entry.direction = Direction::Internal;
    entry.kind = InteractionKind::Escalation;
    entry.subject = timelineSubject(action, after, actor.name, assigneeName);
    entry.body = body;
    entry.occurredAt = now;
    entry.escalationId = after.id;
    return entry;
}

// What the database filters a queue by; requireQueueAccess() decides whether the actor may see it.
EscalationFilter filterFor(const Actor &actor, const EscalationQueueFilter &filter)
{
    EscalationFilter result;
    result.category = filter.category;
    result.severity = filter.severity;
    result.search = filter.search;
    switch (filter.queue) {
    case EscalationQueue::Support:
        result.states = workingStates();
        break;
    case EscalationQueue::Unclaimed:
        result.states = { EscalationState::New };
        result.unclaimedOnly = true;
        break;
    case EscalationQueue::AssignedToMe:
        result.assignedTo = actor.agentId;
        result.states = workingStates();
        break;
    case EscalationQueue::EscalatedByMe:
        result.createdBy = actor.agentId;
        for (const EscalationState state : allValues<EscalationState>()) {
            if (state != EscalationState::Closed)
                result.states.append(state);
        }
        break;
    case EscalationQueue::ReturnedToMe:
        result.createdBy = actor.agentId;
        for (const EscalationState state : allValues<EscalationState>()) {
            if (EscalationStateMachine::waitsOnCreator(state))
                result.states.append(state);
        }
        break;
    case EscalationQueue::Resolved:
        result.states = { EscalationState::Resolved, EscalationState::HandedBack, EscalationState::Closed };
        break;
    }
    return result;
}

// The state a new escalation by `actor` starts in; throws PermissionDenied for a role that does not escalate.
EscalationState requireMayEscalate(const Actor &actor)
{
    const EscalationVerdict verdict
        = EscalationStateMachine::check(std::nullopt, EscalationAction::Escalate, { actor.role, true, false });
    if (!verdict.target)
        throw PermissionDenied(verdict.reason);
    return *verdict.target;
}

} // namespace

struct EscalationService::Private
{
    explicit Private(Workspace &workspace)
        : escalations(workspace),
          customers(workspace),
          interactions(workspace),
          agents(workspace),
          conversations(workspace)
    { }

    EscalationRepository escalations;
    CustomerRepository customers;
    InteractionRepository interactions;
    AgentRepository agents;
    ConversationRepository conversations;
};

EscalationService::EscalationService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, [this](const QStringList &tables) {
        // Other desks' inbound mail, replies and calls change no queue: the queues need not read again.
        if (ChangeFeed::concerns(tables, { "escalations"_L1, "customers"_L1, "agents"_L1 }))
            emit queueChanged();
        emit changed();
    });
}

EscalationService::~EscalationService() = default;

QList<HandoffProblem> EscalationService::checkHandoff(const Actor &actor, const HandoffForm &form) const
{
    (void)requireMayEscalate(actor);
    QList<HandoffProblem> problems;
    const std::optional<Customer> customer = form.customerId > 0 ? d->customers.find(form.customerId) : std::nullopt;
    if (!customer) {
        problems.append({ HandoffField::Customer, tr("Choose the customer the problem is about.") });
    } else {
        for (const Id id : form.interactionIds) {
            const std::optional<Interaction> interaction = d->interactions.find(id);
            if (!interaction || interaction->customerId != form.customerId) {
                problems.append({ HandoffField::Interactions,
                    tr("Entry #%1 is not on %2's timeline.").arg(id).arg(customer->displayName()) });
            }
        }
        if (form.conversationId) {
            const std::optional<ConversationRow> conversation = d->conversations.find(*form.conversationId, 0);
            if (!conversation || conversation->conversation.customerId != form.customerId)
                problems.append({ HandoffField::Customer,
                    tr("Conversation #%1 is not with %2.").arg(*form.conversationId).arg(customer->displayName()) });
        }
    }
    if (isBlank(form.summary))
        problems.append({ HandoffField::Summary, tr("Write a one-line summary of the problem.") });
    else if (form.summary.trimmed().size() > maxSummaryLength)
        problems.append({ HandoffField::Summary,
            tr("Keep the summary under %1 characters; the details go below.").arg(maxSummaryLength) });
    if (isBlank(form.stepsToReproduce))
        problems.append({ HandoffField::StepsToReproduce, tr("Write down the steps that lead to the problem.") });
    if (isBlank(form.expected))
        problems.append({ HandoffField::Expected, tr("Say what the customer expected to happen.") });
    if (isBlank(form.actual))
        problems.append({ HandoffField::Actual, tr("Say what happened instead.") });
    if (isBlank(form.alreadyTried))
        problems.append({ HandoffField::AlreadyTried,
            tr("Say what was already tried, so nobody asks the customer to do it again.") });
    for (const QString &problem : attachmentProblems(form.attachments, 0))
        problems.append({ HandoffField::Attachments, problem });
    return problems;
}

QStringList EscalationService::attachmentProblems(
    const QList<EscalationAttachment> &attachments, qsizetype alreadyAttached)
{
    QStringList problems;
    if (alreadyAttached + attachments.size() > maxAttachments)
        problems.append(tr("A hand-off takes at most %1 attachments.").arg(maxAttachments));
    for (const EscalationAttachment &attachment : attachments) {
        if (isBlank(attachment.name))
            problems.append(tr("Every attachment needs a name."));
        else if (attachment.content.isEmpty())
            problems.append(tr("The attachment “%1” is empty.").arg(attachment.name));
        else if (attachment.content.size() > maxAttachmentLength)
            problems.append(tr("The attachment “%1” is longer than %2 of text.")
                    .arg(attachment.name, QLocale().formattedDataSize(maxAttachmentLength, 0)));
    }
    return problems;
}

Id EscalationService::escalate(const Actor &actor, const HandoffForm &form)
{
    const EscalationState firstState = requireMayEscalate(actor);
    const QList<HandoffProblem> problems = checkHandoff(actor, form);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const HandoffProblem &problem : problems)
            messages.append(problem.message);
        throw ServiceError(messages.join(u' '));
    }

    const Millis now = m_clock.now();
    Escalation escalation;
    escalation.customerId = form.customerId;
    if (!form.interactionIds.isEmpty())
        escalation.interactionId = form.interactionIds.constFirst();
    escalation.createdBy = actor.agentId;
    escalation.state = firstState;
    escalation.severity = form.severity;
    escalation.category = form.category;
    escalation.summary = form.summary.trimmed();
    escalation.stepsToReproduce = form.stepsToReproduce.trimmed();
    escalation.expected = form.expected.trimmed();
    escalation.actual = form.actual.trimmed();
    escalation.environment = form.environment.trimmed();
    escalation.alreadyTried = form.alreadyTried.trimmed();
    escalation.createdAt = now;
    escalation.claimDueAt = SlaPolicy::claimDueAt(form.severity, now);
    escalation.resolveDueAt = SlaPolicy::resolveDueAt(form.severity, now);

    Transaction transaction(m_workspace.database());
    escalation.id = d->escalations.insert(escalation, form.conversationId);
    for (EscalationAttachment attachment : form.attachments) {
        attachment.escalationId = escalation.id;
        attachment.name = attachment.name.trimmed();
        d->escalations.addAttachment(attachment);
    }
    for (const Id interactionId : form.interactionIds)
        d->escalations.linkInteraction(escalation.id, interactionId);
    d->escalations.addEvent({ 0, escalation.id, actor.agentId, QString(), EscalationAction::Escalate, std::nullopt,
        escalation.state, escalation.summary, now });
    const QString body
        = tr("%1 · %2 · %3\n\nExpected: %4\nActual: %5")
              .arg(displayName(escalation.severity), displayName(escalation.category),
                  SlaPolicy::describeTargets(escalation.severity), escalation.expected, escalation.actual);
    d->interactions.insert(timelineEntry(actor, escalation, EscalationAction::Escalate, body, QString(), now), now);
    QJsonObject after = auditStateOf(escalation);
    after.insert(u"customer"_s, escalation.customerId);
    after.insert(u"summary"_s, escalation.summary);
    after.insert(u"category"_s, keyOf(escalation.category));
    after.insert(u"attachments"_s, form.attachments.size());
    if (form.conversationId)
        after.insert(u"conversation"_s, *form.conversationId);
    AuditRecord(u"escalation.escalate"_s, u"escalation"_s, escalation.id)
        .at(now)
        .by(actor.agentId)
        .after(after)
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return escalation.id;
}

Escalation EscalationService::transition(const Actor &actor, Id escalationId, EscalationAction action,
    const QString &note, int expectedVersion, const TransitionOptions &options)
{
    return apply(actor, escalationId, action, note, expectedVersion, options, {});
}

Escalation EscalationService::answer(const Actor &actor, Id escalationId, const QString &answer,
    const QList<EscalationAttachment> &attachments, int expectedVersion)
{
    return apply(actor, escalationId, EscalationAction::Answer, answer, expectedVersion, {}, attachments);
}

Escalation EscalationService::addInformation(const Actor &actor, Id escalationId, const QString &note,
    const QList<EscalationAttachment> &attachments, std::optional<Id> fromConversation)
{
    // Nothing the rep adds depends on what the specialist did last, so the version is the current one: only a
    // change in the moment between reading and writing is a conflict.
    const std::optional<EscalationListItem> current = d->escalations.find(escalationId);
    if (!current)
        throw ServiceError(tr("There is no escalation #%1.").arg(escalationId));
    if (fromConversation) {
        const std::optional<ConversationRow> conversation = d->conversations.find(*fromConversation, 0);
        if (!conversation || conversation->conversation.customerId != current->escalation.customerId) {
            throw ServiceError(
                tr("Conversation #%1 is not with %2.").arg(QString::number(*fromConversation), current->customerName));
        }
    }
    return apply(actor, escalationId, EscalationAction::AddInformation, note, current->escalation.version, {},
        attachments, fromConversation);
}

Escalation EscalationService::apply(const Actor &actor, Id escalationId, EscalationAction action, const QString &note,
    int expectedVersion, const TransitionOptions &options, const QList<EscalationAttachment> &attachments,
    std::optional<Id> linkConversation)
{
    const std::optional<EscalationListItem> current = d->escalations.find(escalationId);
    if (!current)
        throw ServiceError(tr("There is no escalation #%1.").arg(escalationId));
    const Escalation &before = current->escalation;
    const EscalationVerdict verdict = check(actor, before, action);
    if (!verdict.target) {
        if (verdict.forbidden)
            throw PermissionDenied(verdict.reason);
        if (action == EscalationAction::Claim && before.assignedTo && before.state != EscalationState::Closed)
            throw ServiceError(conflictMessage(actor, escalationId, action));
        throw ServiceError(verdict.reason);
    }
    const QString text = note.trimmed();
    if (EscalationStateMachine::needsNote(action) && text.isEmpty())
        throw ServiceError(missingNoteMessage(action));
    if (!attachments.isEmpty()) {
        const QStringList problems = attachmentProblems(attachments, d->escalations.attachments(escalationId).size());
        if (!problems.isEmpty())
            throw ServiceError(problems.join(u' '));
    }

    const Millis now = m_clock.now();
    Escalation after = before;
    after.state = *verdict.target;
    QString assigneeName = current->assigneeName;
    switch (action) {
    case EscalationAction::Claim:
        after.assignedTo = actor.agentId;
        after.claimedAt = now;
        assigneeName = actor.name;
        break;
    case EscalationAction::Reassign: {
        if (!options.assignee)
            throw ServiceError(tr("Choose who gets the escalation."));
        const std::optional<Agent> target = d->agents.find(*options.assignee);
        if (!target || !target->active || target->role == Role::ServiceRep)
            throw ServiceError(tr("An escalation can go only to an active support specialist or team lead."));
        if (before.assignedTo == target->id)
            throw ServiceError(tr("The escalation is already assigned to %1.").arg(target->displayName));
        after.assignedTo = target->id;
        if (!after.claimedAt)
            after.claimedAt = now;
        assigneeName = target->displayName;
        break;
    }
    case EscalationAction::ChangeSeverity:
        if (!options.severity)
            throw ServiceError(tr("Choose the new severity."));
        if (*options.severity == before.severity)
            throw ServiceError(tr("The escalation already has the severity %1.").arg(displayName(before.severity)));
        after.severity = *options.severity;
        after.claimDueAt = SlaPolicy::claimDueAt(after.severity, after.createdAt);
        after.resolveDueAt = SlaPolicy::resolveDueAt(after.severity, after.createdAt);
        break;
    case EscalationAction::Resolve:
        after.resolution = text;
        after.resolvedAt = now;
        break;
    case EscalationAction::HandBack:
        after.customerExplanation = text;
        break;
    case EscalationAction::Close:
        after.closedAt = now;
        break;
    case EscalationAction::Reopen:
        after.resolvedAt.reset();
        after.closedAt.reset();
        break;
    default:
        break;
    }

    bool stored = false;
    {
        // The versioned update comes last: a conflict found there takes the event, the timeline entry and the
        // audit record back with it.
        Transaction transaction(m_workspace.database());
        d->escalations.addEvent(
            { 0, escalationId, actor.agentId, QString(), action, before.state, after.state, text, now });
        Interaction entry = timelineEntry(actor, after, action, text, assigneeName, now);
        // The hand-back is for the rep who answers the customer: in the conversation it came from it is an
        // internal note (never sent: only replies go to the outbox).
        if (action == EscalationAction::HandBack)
            entry.conversationId = d->escalations.conversationOf(escalationId);
        d->interactions.insert(entry, now);
        if (entry.conversationId)
            surfaceHandBack(actor, *entry.conversationId, escalationId, now);
        QJsonObject afterJson = auditStateOf(after);
        // Added from a conversation: the hand-back will land there.
        if (linkConversation && d->escalations.linkConversation(escalationId, *linkConversation))
            afterJson.insert(u"conversation"_s, *linkConversation);
        afterJson[u"version"_s] = expectedVersion + 1;
        if (!text.isEmpty())
            afterJson.insert(u"note"_s, text);
        QJsonArray attached;
        for (EscalationAttachment attachment : attachments) {
            attachment.escalationId = escalationId;
            attachment.name = attachment.name.trimmed();
            d->escalations.addAttachment(attachment);
            attached.append(attachment.name);
        }
        if (!attached.isEmpty())
            afterJson.insert(u"attachments"_s, attached);
        AuditRecord(u"escalation."_s + keyOf(action), u"escalation"_s, escalationId)
            .at(now)
            .by(actor.agentId)
            .before(auditStateOf(before))
            .after(afterJson)
            .appendTo(m_workspace);
        stored = d->escalations.update(after, expectedVersion);
        if (stored)
            transaction.commit();
    }
    if (!stored)
        throw ServiceError(conflictMessage(actor, escalationId, action));
    m_workspace.changes().notifyLocalChange();
    after.version = expectedVersion + 1;
    return after;
}

QString EscalationService::conflictMessage(const Actor &actor, Id escalationId, EscalationAction action) const
{
    const std::optional<EscalationListItem> now = d->escalations.find(escalationId);
    if (!now)
        return tr("There is no escalation #%1.").arg(escalationId);
    if (action == EscalationAction::Claim && now->escalation.state == EscalationState::Closed)
        return tr("Escalation #%1 was closed in the meantime; there is nothing to claim.").arg(escalationId);
    if (action == EscalationAction::Claim && now->escalation.assignedTo) {
        if (*now->escalation.assignedTo == actor.agentId)
            return tr("You have already claimed escalation #%1.").arg(escalationId);
        return tr("Escalation #%1 was already claimed by %2.").arg(QString::number(escalationId), now->assigneeName);
    }
    return tr("Someone else changed escalation #%1 in the meantime (it is now “%2”). Look at it again and retry.")
        .arg(QString::number(escalationId), displayName(now->escalation.state));
}

EscalationVerdict EscalationService::check(
    const Actor &actor, const Escalation &escalation, EscalationAction action) const
{
    return EscalationStateMachine::check(escalation.state, action, participantOf(actor, escalation));
}

QList<EscalationAction> EscalationService::allowedActions(const Actor &actor, const Escalation &escalation) const
{
    return EscalationStateMachine::allowedActions(escalation.state, participantOf(actor, escalation));
}

SlaStatus EscalationService::slaStatus(const Escalation &escalation) const
{
    return SlaPolicy::statusOf(escalation, m_clock.now());
}

void EscalationService::requireQueueAccess(const Actor &actor, EscalationQueue queue) const
{
    if (actor.role == Role::ServiceRep
        && (queue == EscalationQueue::Support || queue == EscalationQueue::Unclaimed
            || queue == EscalationQueue::Resolved))
        throw PermissionDenied(tr("The support queue is for support specialists and team leads."));
}

EscalationPage EscalationService::queue(const Actor &actor, const EscalationQueueFilter &filter,
    const std::optional<EscalationCursor> &after, int limit) const
{
    requireQueueAccess(actor, filter.queue);
    if (filter.queue == EscalationQueue::EscalatedByMe)
        return pinnedQueue(actor, filter, after, qBound(1, limit, 1000));
    EscalationPage page = d->escalations.page(filterFor(actor, filter), after, qBound(1, limit, 1000));
    if (filter.queue == EscalationQueue::ReturnedToMe) {
        for (EscalationListItem &item : page.items)
            item.waitsOnMe = true;
    }
    return page;
}

// Two keyset-paged parts one after the other: what waits on the actor, then the rest, each by due time. A
// rep with eight escalations open must not find the one that needs them seventh because it has SLA time left.
EscalationPage EscalationService::pinnedQueue(const Actor &actor, const EscalationQueueFilter &filter,
    const std::optional<EscalationCursor> &after, int limit) const
{
    EscalationPage page;
    if (!after || !after->pastPinned) {
        EscalationQueueFilter returned = filter;
        returned.queue = EscalationQueue::ReturnedToMe;
        page = d->escalations.page(filterFor(actor, returned), after, limit);
        for (EscalationListItem &item : page.items)
            item.waitsOnMe = true;
        if (page.next)
            return page;
        if (page.items.size() == limit) {
            page.next = EscalationCursor { 0, 0, true };
            return page;
        }
    }
    EscalationFilter rest = filterFor(actor, filter);
    rest.states.removeIf([](EscalationState state) { return EscalationStateMachine::waitsOnCreator(state); });
    const bool fromStart = !after || !after->pastPinned || after->id == 0;
    EscalationPage more = d->escalations.page(rest, fromStart ? std::nullopt : after, limit - int(page.items.size()));
    page.items.append(more.items);
    page.next = more.next;
    if (page.next)
        page.next->pastPinned = true;
    return page;
}

qint64 EscalationService::queueCount(const Actor &actor, const EscalationQueueFilter &filter) const
{
    requireQueueAccess(actor, filter.queue);
    return d->escalations.count(filterFor(actor, filter));
}

std::optional<EscalationListItem> EscalationService::escalation(Id escalationId) const
{
    return d->escalations.find(escalationId);
}

QList<EscalationListItem> EscalationService::unresolvedEscalationsOf(Id customerId) const
{
    EscalationFilter filter;
    filter.customerId = customerId;
    filter.states = EscalationStateMachine::unresolvedStates();
    return d->escalations.page(filter, std::nullopt, unresolvedListLength).items;
}

void EscalationService::surfaceHandBack(const Actor &actor, Id conversationId, Id escalationId, Millis now)
{
    // A snoozed or closed conversation would hide the answer from the rep who has to pass it on: the hand-back
    // marks it unread and opens it again, in the hand-back's transaction. Were it changed at this very moment, the note
    // is there all the same and the other change stands. What support answered is news for whoever works the
    // conversation: it shows unread again.
    d->conversations.markUnread(conversationId, actor.agentId);
    const std::optional<ConversationRow> row = d->conversations.find(conversationId, 0);
    if (!row || ConversationRules::reopenRefusal(row->conversation))
        return;
    Conversation reopened = row->conversation;
    ConversationRules::reopen(reopened);
    (void)writeConversationChange(m_workspace, d->conversations, row->conversation, reopened, u"conversation.reopen"_s,
        actor.agentId, now, { { u"escalation"_s, escalationId } });
}

QList<EscalationListItem> EscalationService::escalationsOfConversation(Id conversationId) const
{
    EscalationFilter filter;
    filter.conversationId = conversationId;
    return d->escalations.page(filter, std::nullopt, unresolvedListLength).items;
}

std::optional<HandoffDetails> EscalationService::handoff(const Actor &actor, Id escalationId) const
{
    std::optional<EscalationListItem> item = d->escalations.find(escalationId);
    if (!item)
        return std::nullopt;
    HandoffDetails details;
    details.item = *item;
    const Escalation &escalation = item->escalation;
    details.customer = d->customers.find(escalation.customerId);
    details.events = d->escalations.events(escalationId);
    details.attachments = d->escalations.attachments(escalationId);
    QList<Id> linked = d->escalations.linkedInteractionIds(escalationId);
    if (linked.isEmpty() && escalation.interactionId)
        linked.append(*escalation.interactionId);
    for (const Id id : std::as_const(linked)) {
        if (std::optional<Interaction> interaction = d->interactions.find(id))
            details.linkedInteractions.append(*interaction);
    }
    details.recentTimeline
        = d->interactions.pageForCustomer(escalation.customerId, std::nullopt, recentTimelineLength).interactions;
    details.allowedActions = allowedActions(actor, escalation);
    details.related = unresolvedEscalationsOf(escalation.customerId);
    details.related.removeIf([&](const EscalationListItem &other) { return other.escalation.id == escalationId; });
    return details;
}

QList<Agent> EscalationService::assignableAgents(const Actor &actor) const
{
    // Only the role decides here, so any state the lifecycle reassigns from will do.
    const EscalationVerdict verdict
        = EscalationStateMachine::check(EscalationState::New, EscalationAction::Reassign, { actor.role, false, false });
    if (verdict.forbidden)
        throw PermissionDenied(verdict.reason);
    QList<Agent> agents;
    for (const Agent &agent : d->agents.all()) {
        if (agent.active && agent.role != Role::ServiceRep)
            agents.append(agent);
    }
    return agents;
}

} // namespace tandem
