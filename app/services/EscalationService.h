// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/EscalationRecords.h"
#include "domain/EscalationStateMachine.h"
#include "domain/SlaPolicy.h"
#include "services/Actor.h"
#include "services/HandoffForm.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace tandem {

class Workspace;

// The lists of escalations an agent works from.
enum class EscalationQueue {
    Support, // every escalation support still works on (new .. needs info): the specialists' queue
    Unclaimed, // new, nobody has it yet
    AssignedToMe, // still worked on and assigned to the actor
    EscalatedByMe, // escalated by the actor and not closed
    ReturnedToMe, // escalated by the actor and waiting for them: handed back, or a question from support
    Resolved, // support's part is done: resolved, handed back or closed (kept out of the working lists)
};

struct EscalationQueueFilter
{
    EscalationQueue queue = EscalationQueue::Support;
    std::optional<EscalationCategory> category;
    std::optional<Severity> severity;
    // The escalation's number, or part of its customer or summary, compared folded (domain/TextFolding) as
    // every search box does. Defaulted so that `{ queue, category, severity }` still says everything.
    QString search = {};
};

// Extra input some transitions need.
struct TransitionOptions
{
    std::optional<Id> assignee; // Reassign: who gets it
    std::optional<Severity> severity; // ChangeSeverity: the new rating
};

// Everything a specialist needs to take over without asking the customer again.
struct HandoffDetails
{
    EscalationListItem item;
    std::optional<Customer> customer;
    QList<EscalationEvent> events; // oldest first
    QList<EscalationAttachment> attachments;
    QList<Interaction> linkedInteractions; // what the rep selected, in full
    QList<Interaction> recentTimeline; // the customer's newest entries, bodies cut to a preview
    QList<EscalationAction> allowedActions; // for the asking agent, now
    // The customer's other escalations support still works on: maybe the same problem, maybe with someone else.
    QList<EscalationListItem> related;
};

// Escalation (hand-off) from a service rep to support and back: the lifecycle with its permissions,
// SLA due times from the clock, and for every step the escalation row, its event, an entry on the
// customer's timeline and the audit record, written together in one transaction.
class EscalationService : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxSummaryLength = 200;
    static constexpr qsizetype maxAttachments = 20;
    static constexpr qsizetype maxAttachmentLength = 2 * 1024 * 1024;
    static constexpr int recentTimelineLength = 10;
    static constexpr int unresolvedListLength = 10;

    EscalationService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~EscalationService() override;

    [[nodiscard]] const Clock &clock() const { return m_clock; }

    // What is missing or wrong in a hand-off form, field by field; empty when it can be sent. Throws
    // PermissionDenied for a role that does not escalate.
    [[nodiscard]] QList<HandoffProblem> checkHandoff(const Actor &actor, const HandoffForm &form) const;
    // What is wrong with attachments for an escalation that has `alreadyAttached` files; empty when they fit.
    [[nodiscard]] static QStringList attachmentProblems(
        const QList<EscalationAttachment> &attachments, qsizetype alreadyAttached);
    // Hands the issue to support; returns the new escalation's id. Throws ServiceError naming every
    // problem of the form, PermissionDenied for a role that does not escalate.
    Id escalate(const Actor &actor, const HandoffForm &form);
    // Moves an escalation on. `expectedVersion` is the version the actor saw: if someone else changed
    // it since, nothing is written and a ServiceError says so ("already claimed by …" for claims).
    // Returns the escalation as stored afterwards.
    Escalation transition(const Actor &actor, Id escalationId, EscalationAction action, const QString &note,
        int expectedVersion, const TransitionOptions &options = {});

    // Answers support's question (the Answer step) with files, which are kept with the escalation like the
    // hand-off's, within the same limits. Refuses like transition().
    Escalation answer(const Actor &actor, Id escalationId, const QString &answer,
        const QList<EscalationAttachment> &attachments, int expectedVersion);
    // Adds a rep's note and files to an escalation support still works on, instead of escalating the same problem
    // a second time. The state stays as it is; the history, the customer's timeline and the audit trail record
    // it, and the specialist's desk hears of it. Service reps and team leads only (PermissionDenied otherwise);
    // refuses a resolved, handed back or closed escalation, an empty note and files over the limits (ServiceError).
    // Added from a conversation with the same customer, it links the conversation when the escalation has
    // none yet.
    Escalation addInformation(const Actor &actor, Id escalationId, const QString &note,
        const QList<EscalationAttachment> &attachments, std::optional<Id> fromConversation = std::nullopt);

    // Whether the actor may take `action` on the escalation now, with the reason if not.
    [[nodiscard]] EscalationVerdict check(
        const Actor &actor, const Escalation &escalation, EscalationAction action) const;
    [[nodiscard]] QList<EscalationAction> allowedActions(const Actor &actor, const Escalation &escalation) const;
    [[nodiscard]] SlaStatus slaStatus(const Escalation &escalation) const;

    // A page of a queue, most urgent (earliest SLA due time) first. In "escalated by me" what waits on the
    // actor comes first, however much time the rest has left (marked waitsOnMe, as in "returned to me").
    [[nodiscard]] EscalationPage queue(const Actor &actor, const EscalationQueueFilter &filter,
        const std::optional<EscalationCursor> &after, int limit) const;
    [[nodiscard]] qint64 queueCount(const Actor &actor, const EscalationQueueFilter &filter) const;

    [[nodiscard]] std::optional<EscalationListItem> escalation(Id escalationId) const;
    // The customer's escalations support has not resolved yet, most urgent first (at most unresolvedListLength):
    // before escalating, a rep sees whether the problem is already with support.
    [[nodiscard]] QList<EscalationListItem> unresolvedEscalationsOf(Id customerId) const;
    // The escalations made from a conversation, most urgent first (at most unresolvedListLength): the
    // conversation shows how they stand.
    [[nodiscard]] QList<EscalationListItem> escalationsOfConversation(Id conversationId) const;
    // The full hand-off card, or nothing for an unknown id.
    [[nodiscard]] std::optional<HandoffDetails> handoff(const Actor &actor, Id escalationId) const;
    // Who a lead can give an escalation to: active specialists and leads. Team leads only.
    [[nodiscard]] QList<Agent> assignableAgents(const Actor &actor) const;

signals:
    // Something in the workspace changed (here or at another desk).
    void changed();
    // Escalations, or the customers and agents their rows name, may have changed (here or at another desk):
    // what queues and their counts show. Comes just before the changed() of the same change.
    void queueChanged();

private:
    // Throws PermissionDenied for a queue the actor's role does not work from.
    void requireQueueAccess(const Actor &actor, EscalationQueue queue) const;
    [[nodiscard]] QString conflictMessage(const Actor &actor, Id escalationId, EscalationAction action) const;
    Escalation apply(const Actor &actor, Id escalationId, EscalationAction action, const QString &note,
        int expectedVersion, const TransitionOptions &options, const QList<EscalationAttachment> &attachments,
        std::optional<Id> linkConversation = std::nullopt);
    // The hand-back shows in its conversation: unread again, and open again when it was snoozed or closed
    // meanwhile (with its audit record).
    void surfaceHandBack(const Actor &actor, Id conversationId, Id escalationId, Millis now);
    [[nodiscard]] EscalationPage pinnedQueue(const Actor &actor, const EscalationQueueFilter &filter,
        const std::optional<EscalationCursor> &after, int limit) const;

    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
