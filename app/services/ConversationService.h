// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "domain/ChannelMessage.h"
#include "domain/Clock.h"
#include "domain/Conversation.h"
#include "domain/ConversationSeen.h"
#include "domain/FailingAddress.h"
#include "services/Actor.h"
#include "services/ConversationListChange.h"
#include "services/ServiceError.h"

#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <functional>
#include <memory>

namespace tandem {

class Workspace;

// An agent's answer in a conversation.
struct ReplyDraft
{
    QString subject; // empty: "Re: " and the conversation's subject
    QString body;
    BodyFormat bodyFormat = BodyFormat::Plain;
    // Where the conversation goes: pending on the customer (the usual), closed ("send and close") or open.
    ConversationStatus statusAfter = ConversationStatus::PendingCustomer;
    // Written from this reply template: its use is counted and a referral request is tracked as one.
    std::optional<Id> templateId;
    // Knowledge-base articles that went into it (ArticleUse.h).
    QList<ArticleUse> articles;
    // What the agent saw when they began: a reply is refused (ReplyCollision) when a message came since.
    // None: no check (scripts that reply without reading).
    std::optional<ConversationSeen> seen;
    // The agent saw the collision and sends all the same.
    bool sendAnyway = false;
};

// A reply refused because the conversation moved on since the agent saw it: a colleague answered, or the
// customer wrote again. The agent reviews the new messages, or sends anyway.
class ReplyCollision : public ServiceError
{
public:
    ReplyCollision(QString message, QStringList repliedBy, bool customerWrote)
        : ServiceError(std::move(message)), m_repliedBy(std::move(repliedBy)), m_customerWrote(customerWrote)
    { }

    // Who answered since, each named once, in the order they did.
    [[nodiscard]] const QStringList &repliedBy() const { return m_repliedBy; }
    [[nodiscard]] bool customerWrote() const { return m_customerWrote; }

private:
    QStringList m_repliedBy;
    bool m_customerWrote = false;
};

struct ReplyReceipt
{
    Id interactionId = 0;
    Id outboxId = 0; // the queued message a channel connector sends
};

struct InboundReceipt
{
    Id conversationId = 0;
    Id interactionId = 0;
    Id customerId = 0;
    bool duplicate = false; // the external id was recorded before: nothing was written
    bool newConversation = false;
    bool newCustomer = false;
};

// One of our messages came back undeliverable (an e-mail bounce), as the channel reports it.
struct DeliveryFailureReport
{
    Channel channel = Channel::Email;
    QString failedExternalId; // the id our message went out with (an e-mail's Message-ID)
    QString failedAddress; // who could not be reached: must be where that message went
    QString reason; // the receiving server's words, if any
    Millis receivedAt = 0;
};

// Recorded only when it names a message we sent (its id carries a random token, so it cannot be guessed) and
// the address that failed is that message's customer's: anybody can send us a mail that looks like a bounce.
struct DeliveryFailureReceipt
{
    std::optional<Id> interactionId; // the reply that bounced
    std::optional<Id> customerId; // whose address is now marked failing
};

struct ConversationThread
{
    ConversationRow row;
    QList<ThreadMessage> messages; // oldest first; the newest few hundred (the rest is on the timeline)

    // What a reply begun now has seen.
    [[nodiscard]] ConversationSeen seen() const
    {
        ConversationSeen seen;
        for (const ThreadMessage &message : messages)
            seen.newestMessageId = std::max(seen.newestMessageId, message.interaction.id);
        return seen;
    }
};

// The shared inbox: conversations with customers, their folders and counts, and every change the team
// makes to them. Each change writes its audit record in the same transaction and tells every desk
// (changed()). A list of ids is changed as a whole: when one conversation refuses, none is changed.
//
// Who may do what: every agent reads every conversation, replies, reopens, tags and sets priorities; an
// agent takes an unassigned conversation or gives up their own, and snoozes or closes only conversations
// that are theirs or nobody's; a team lead assigns, snoozes and closes any. A read-only workspace refuses
// every change.
class Transaction;

class ConversationService : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxTagLength = 40;

    ConversationService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~ConversationService() override;

    // A page of a folder (keyset paged like the timeline); at most 1000 rows.
    [[nodiscard]] ConversationPage page(
        const Actor &actor, const InboxFolder &folder, const std::optional<ConversationCursor> &after, int limit) const;
    // The rows of `ids` that `folder` holds, in its order: what a list re-reads of a named change.
    [[nodiscard]] QList<ConversationRow> rowsIn(
        const Actor &actor, const InboxFolder &folder, const QSet<Id> &ids) const;
    [[nodiscard]] qint64 count(const Actor &actor, const InboxFolder &folder) const;
    // Every folder's number for the sidebar, in one query.
    [[nodiscard]] InboxCounts counts(const Actor &actor) const;
    // The same for the queues the caller already shows, so a sidebar refreshed on every change does not
    // read the queue list again each time.
    [[nodiscard]] InboxCounts counts(const Actor &actor, const QList<TeamQueue> &queues) const;
    [[nodiscard]] QList<TeamQueue> queues() const;
    // The time the clock says now; lists draw their countdowns from it.
    [[nodiscard]] Millis now() const { return m_clock.now(); }
    // The clock itself, for whatever in a list waits on it.
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] std::optional<ConversationRow> conversation(const Actor &actor, Id conversationId) const;
    [[nodiscard]] std::optional<ConversationThread> thread(const Actor &actor, Id conversationId) const;
    // Every active agent's load (active, waiting, overdue conversations). Team leads only.
    [[nodiscard]] QList<AgentLoad> agentLoads(const Actor &actor) const;
    // Who the actor may assign conversations to: every active agent for a lead, themselves for the others.
    [[nodiscard]] QList<Agent> assignableAgents(const Actor &actor) const;

    // The seam channels deliver through: finds or makes the customer and the conversation (reopening it),
    // records the message on the customer's timeline. The same external id recorded twice is written once.
    InboundReceipt recordInbound(const ChannelMessage &message);
    // Many customers' messages recorded in one commit, as an import does: the disk is synced and the other
    // desks told once per batch. A batch dropped without commit() takes back what it recorded (an import run
    // again records it then).
    //
    // How a message that fails midway is taken back: with PerMessage each recordInbound() inside is its own
    // savepoint, written or refused whole. With WholeBatch the messages write straight into the batch (a
    // savepoint journals every page a message changes, which costs an import a third of its time); a message
    // that fails after its first write leaves the batch broken(), and the caller must drop the batch and
    // record its messages again in a PerMessage one. A refusal before the first write (no sender, a
    // duplicate) leaves the batch whole.
    class InboundBatch
    {
    public:
        enum class Refusals { PerMessage, WholeBatch };
        explicit InboundBatch(ConversationService &conversations, Refusals refusals = Refusals::PerMessage);
        ~InboundBatch();
        InboundBatch(const InboundBatch &) = delete;
        InboundBatch &operator=(const InboundBatch &) = delete;
        // A WholeBatch batch holds part of a message that failed: drop it, do not commit it.
        [[nodiscard]] bool broken() const;
        void commit();

    private:
        ConversationService &m_conversations;
        std::unique_ptr<Transaction> m_transaction;
    };
    // A bounce: the reply it names shows the failure (failed for good, with the server's words), and the
    // customer's address is marked failing. Opens no conversation; a report that names nothing of ours
    // and no customer's address changes nothing.
    DeliveryFailureReceipt recordDeliveryFailure(const DeliveryFailureReport &report);
    // The conversation's customer's e-mail address, if mail to it bounced (the reply box warns).
    [[nodiscard]] std::optional<FailingAddress> failingAddress(Id conversationId) const;
    // The agent's answer: an outbound interaction in the conversation and its outbox entry, queued for the
    // channel to send, in one transaction. Throws ReplyCollision when the draft says what the agent saw and
    // a message came since, unless it says to send anyway.
    ReplyReceipt reply(const Actor &actor, Id conversationId, const ReplyDraft &draft);

    // The survey a queue's closed e-mail conversations are sent (once each, from the shared survey template
    // of the kind: shortcode "csat", "nps" or "ces"); none: no survey. Team leads only.
    void setQueueSurvey(const Actor &actor, Id queueId, std::optional<SurveyKind> survey);

    // None: unassigned.
    void assign(const Actor &actor, const QList<Id> &conversationIds, std::optional<Id> assigneeId);
    void snooze(const Actor &actor, const QList<Id> &conversationIds, Millis until);
    void close(const Actor &actor, const QList<Id> &conversationIds);
    void reopen(const Actor &actor, const QList<Id> &conversationIds);
    void setPriority(const Actor &actor, const QList<Id> &conversationIds, ConversationPriority priority);
    void moveToQueue(const Actor &actor, const QList<Id> &conversationIds, Id queueId);
    void addTag(const Actor &actor, const QList<Id> &conversationIds, const QString &tag);
    void removeTag(const Actor &actor, const QList<Id> &conversationIds, const QString &tag);
    // The actor has seen the conversation's messages (their unread marker goes); nothing in a read-only
    // workspace, and not audited: it records what one agent looked at, not a change to the conversation.
    void markRead(const Actor &actor, Id conversationId);
    // Snoozed conversations whose time has come go back to open; returns how many. Call from a timer or
    // the channel worker; nothing in a read-only workspace.
    int wakeSnoozed();

signals:
    // Something in the workspace changed (here or at another desk).
    void changed();
    // Something a list of conversations shows changed: emitted after changed(), and only then.
    void listChanged(const tandem::ConversationListChange &change);

private:
    // What a change does to one conversation (its row, with the names); it may add to the audit record's
    // after state, and throws to refuse.
    using Change = std::function<void(ConversationRow &row, QJsonObject &auditDetails)>;
    void requireWritable() const;
    void announce(const QStringList &tables);
    // Writes a customer's message with its customer and conversation in one transaction; nothing (and all
    // taken back) when another worker recorded the same external id first.
    std::optional<InboundReceipt> writeInbound(
        const ChannelMessage &message, const QString &address, const QString &externalId);
    // Applies `change` to each conversation in one transaction, with its audit record; throws (and writes
    // nothing) on the first refusal. A conversation the change leaves as it was is not written.
    void applyToEach(const Actor &actor, const QList<Id> &conversationIds, const QString &action, const Change &change);
    // Throws PermissionDenied when the conversation is a colleague's and the actor no lead.
    static void requireMayHandle(const Actor &actor, const ConversationRow &row);
    // Throws PermissionDenied when the folder is a colleague's and the actor no lead.
    static void requireMayList(const Actor &actor, const InboxFolder &folder);
    // Throws ReplyCollision when a message came after what the draft saw.
    void requireNothingNewSince(Id conversationId, const ReplyDraft &draft) const;

    Workspace &m_workspace;
    const Clock &m_clock;
    int m_openBatches = 0; // while one is open, recordInbound() leaves telling the desks to the batch
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
