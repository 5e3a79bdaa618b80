// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "domain/SlaPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// One exchange with one customer on one channel (DESIGN.md section 1). Its messages are interactions on the
// customer's timeline that name it.
struct Conversation
{
    Id id = 0;
    Id customerId = 0;
    Channel channel = Channel::Email;
    QString subject;
    ConversationStatus status = ConversationStatus::Open;
    std::optional<Millis> snoozedUntil; // while snoozed
    std::optional<Id> assigneeId; // none: unassigned
    std::optional<Id> queueId; // the team queue it belongs to
    ConversationPriority priority = ConversationPriority::Normal;
    QStringList tags; // sorted
    // The customer's oldest unanswered message; none while nobody waits for us.
    std::optional<Millis> waitingSince;
    // The answer that is due now (the first one, or the next); none while nobody waits.
    std::optional<Millis> dueAt;
    std::optional<Millis> firstResponseDueAt; // set by the first inbound message, kept for the KPIs
    std::optional<Millis> firstResponseAt;
    Millis lastMessageAt = 0;
    std::optional<Millis> lastInboundAt;
    Millis createdAt = 0;
    std::optional<Millis> closedAt;
    int version = 1; // every stored change counts it up; a change made on an older version is refused
};

// A team queue conversations are routed to ("Billing", "Technical support").
struct TeamQueue
{
    Id id = 0;
    QString name;
    // The survey mail sent when one of its e-mail conversations is closed; none: no survey.
    std::optional<SurveyKind> survey;
};

// The lists of the shared inbox. Mine, Unassigned, All open, a queue and one agent's (a lead's view of a
// colleague's load) hold the active conversations (open or pending on the customer); snoozed and closed ones
// have folders of their own.
enum class InboxFolderKind { Mine, Unassigned, AllOpen, Queue, Snoozed, Closed, Agent };

// How an active folder is ordered: who has waited longest, or whose answer is due first. Either way the
// conversations nobody waits on (pending on the customer) follow, most recent first. Snoozed ones come in
// the order they wake, closed ones most recently closed first.
enum class InboxSort { WaitingLongest, ResponseDue };

struct InboxFolder
{
    InboxFolderKind kind = InboxFolderKind::AllOpen;
    std::optional<Id> queueId; // for InboxFolderKind::Queue
    InboxSort sort = InboxSort::WaitingLongest;
    std::optional<Id> agentId; // for InboxFolderKind::Agent

    static InboxFolder of(InboxFolderKind kind, InboxSort sort = InboxSort::WaitingLongest)
    {
        return { kind, std::nullopt, sort, std::nullopt };
    }
    static InboxFolder queue(Id queueId, InboxSort sort = InboxSort::WaitingLongest)
    {
        return { InboxFolderKind::Queue, queueId, sort, std::nullopt };
    }
    static InboxFolder agent(Id agentId, InboxSort sort = InboxSort::WaitingLongest)
    {
        return { InboxFolderKind::Agent, std::nullopt, sort, agentId };
    }
};

// Keyset position in a folder. A folder is listed in parts (waiting ones, then the rest), each ordered by
// one time column and the id.
struct ConversationCursor
{
    int part = 0;
    Millis key = 0;
    Id id = 0;
};

// A row of the inbox: the conversation with the names a list shows.
struct ConversationRow
{
    Conversation conversation;
    QString customerName;
    Tier customerTier = Tier::Standard;
    QString assigneeName; // empty while unassigned
    QString queueName;
    // A customer message arrived since the agent who asked last opened the conversation.
    bool unread = false;
};

struct ConversationPage
{
    QList<ConversationRow> rows;
    std::optional<ConversationCursor> next; // none: this was the last page
};

// The sidebar's numbers. The closed folder, which only grows, has none. Each is counted up to `cap` only,
// so a sidebar costs the same with a thousand open conversations or a million; `cap` reads "cap or more".
struct InboxCounts
{
    static constexpr qint64 cap = 1000;

    qint64 mine = 0;
    qint64 unassigned = 0;
    qint64 allOpen = 0;
    qint64 snoozed = 0;
    QHash<Id, qint64> perQueue; // active conversations by queue id
};

// How much one agent has on their plate: their active conversations, how many of those wait for an answer
// and how many answers are overdue. A lead balances the team by it. Counted up to InboxCounts::cap.
struct AgentLoad
{
    Id agentId = 0;
    QString name;
    qint64 active = 0;
    qint64 waiting = 0;
    qint64 overdue = 0;
};

// A message of a conversation's thread; replies carry the state of their way out.
struct ThreadMessage
{
    Interaction interaction;
    std::optional<OutboxState> outboxState; // replies only
    QString outboxError; // why sending failed, in the channel's own words
    bool outboxBounced = false; // sent, and returned by the customer's mail server
    Id outboxId = 0; // replies only: the outbox entry, for a retry
    bool outboxPermanent = false; // the failure waits for a person's retry
    bool outboxMaybeSent = false; // may have reached the customer: waits for a person's check
};

// The answer a reply gave: the conversation's first or a later one, and when it was due. The reply SLA
// counts each answer by its due time, so a late next response is a breach as a late first one is.
struct AnsweredResponse
{
    bool first = true;
    Millis dueAt = 0;
};

// The rules every change of a conversation follows, whoever makes it (an agent, a channel, the clock).
//
// As helpdesks do: a customer message makes the conversation open (from pending, snoozed or closed) and
// starts the wait if none was running, so "waiting since" is the oldest unanswered message. A reply ends
// the wait and, unless the agent says otherwise, leaves the conversation pending on the customer; "reply
// and close" and "reply and keep open" are the other choices. Closing ends any wait (nothing is owed on a
// closed conversation). The response SLA runs from the start of each wait: the first answer of a
// conversation has the channel's first-response target, later ones the next-response target.
class ConversationRules
{
    Q_DECLARE_TR_FUNCTIONS(tandem::ConversationRules)

public:
    // A conversation begun by a customer message at `at`.
    [[nodiscard]] static Conversation startedByCustomer(
        Id customerId, Channel channel, const QString &subject, Tier tier, Millis at);
    // A customer message arrived at `at`.
    static void receiveInbound(Conversation &conversation, Tier tier, Millis at);
    // The answer a reply sent now would give: none while the customer waits for nothing.
    [[nodiscard]] static std::optional<AnsweredResponse> answeredBy(const Conversation &conversation);
    // An agent's reply went out at `at`; `statusAfter` is PendingCustomer, Open or Closed.
    static void recordReply(Conversation &conversation, Millis at, ConversationStatus statusAfter);

    // Why the change cannot be made now, or nothing when it can. The changes apply the rule; call them
    // only when the check passed.
    [[nodiscard]] static std::optional<QString> snoozeRefusal(
        const Conversation &conversation, Millis until, Millis now);
    static void snooze(Conversation &conversation, Millis until);
    [[nodiscard]] static std::optional<QString> closeRefusal(const Conversation &conversation);
    static void close(Conversation &conversation, Millis now);
    [[nodiscard]] static std::optional<QString> reopenRefusal(const Conversation &conversation);
    // Closed or snoozed back to open; the wait starts again only with the customer's next message.
    static void reopen(Conversation &conversation);
    // A snoozed conversation whose time has come, back to open.
    [[nodiscard]] static bool isDueToWake(const Conversation &conversation, Millis now);

    // The customer's clock on a conversation that waits for us: "Reply in 12 min" (SlaPolicy::describeStatus).
    [[nodiscard]] static std::optional<SlaStatus> responseStatus(const Conversation &conversation, Millis now);
    // The subject a thread is known by: "Re: AW: Fwd: Order 1234 [#12]" is "Order 1234".
    [[nodiscard]] static QString threadSubject(const QString &subject);
    // "[#<id>]": what our replies' subjects carry, which every mail client keeps when it answers (unlike
    // In-Reply-To and References, which some drop), so the answer finds its conversation.
    [[nodiscard]] static QString subjectReference(Id conversationId);
    // The conversation a subject's reference names (the last one, when a forward chain carries several).
    [[nodiscard]] static std::optional<Id> referencedConversation(const QString &subject);
    // A customer's message that names no earlier message continues an active conversation with the same
    // thread subject only when that conversation had a message this recently: "Order 1234" weeks later is a
    // new matter.
    static constexpr Millis continuationWindow = Millis(3) * 24 * 60 * 60 * 1000;
    // Open and pending conversations are the active ones the team works from.
    [[nodiscard]] static bool isActive(ConversationStatus status)
    {
        return status == ConversationStatus::Open || status == ConversationStatus::PendingCustomer;
    }
};

} // namespace tandem
