// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/ChannelMessage.h"
#include "domain/Clock.h"
#include "domain/Conversation.h"
#include "services/Actor.h"

#include <QJsonObject>
#include <QObject>

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

struct ConversationThread
{
    ConversationRow row;
    QList<ThreadMessage> messages; // oldest first; the newest few hundred (the rest is on the timeline)
};

// The shared inbox: conversations with customers, their folders and counts, and every change the team
// makes to them. Each change writes its audit record in the same transaction and tells every desk
// (changed()). A list of ids is changed as a whole: when one conversation refuses, none is changed.
//
// Who may do what: every agent reads every conversation, replies, reopens, tags and sets priorities; an
// agent takes an unassigned conversation or gives up their own, and snoozes or closes only conversations
// that are theirs or nobody's; a team lead assigns, snoozes and closes any. A read-only workspace refuses
// every change.
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
    [[nodiscard]] qint64 count(const Actor &actor, const InboxFolder &folder) const;
    // Every folder's number for the sidebar, in one query.
    [[nodiscard]] InboxCounts counts(const Actor &actor) const;
    [[nodiscard]] QList<TeamQueue> queues() const;
    // The time the clock says now; lists draw their countdowns from it.
    [[nodiscard]] Millis now() const { return m_clock.now(); }
    [[nodiscard]] std::optional<ConversationRow> conversation(const Actor &actor, Id conversationId) const;
    [[nodiscard]] std::optional<ConversationThread> thread(const Actor &actor, Id conversationId) const;
    // First-response time and SLA breaches of the conversations begun in [from, to). Team leads only.
    [[nodiscard]] ResponseKpis responseKpis(const Actor &actor, Millis from, Millis to) const;
    // Who the actor may assign conversations to: every active agent for a lead, themselves for the others.
    [[nodiscard]] QList<Agent> assignableAgents(const Actor &actor) const;

    // The seam channels deliver through: finds or makes the customer and the conversation (reopening it),
    // records the message on the customer's timeline. The same external id recorded twice is written once.
    InboundReceipt recordInbound(const ChannelMessage &message);
    // The agent's answer: an outbound interaction in the conversation and its outbox entry, queued for the
    // channel to send, in one transaction.
    ReplyReceipt reply(const Actor &actor, Id conversationId, const ReplyDraft &draft);

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

private:
    // What a change does to one conversation (its row, with the names); it may add to the audit record's
    // after state, and throws to refuse.
    using Change = std::function<void(ConversationRow &row, QJsonObject &auditDetails)>;
    void requireWritable() const;
    // Writes a customer's message with its customer and conversation in one transaction; nothing (and all
    // taken back) when another worker recorded the same external id first.
    std::optional<InboundReceipt> writeInbound(
        const ChannelMessage &message, const QString &address, const QString &externalId);
    // Applies `change` to each conversation in one transaction, with its audit record; throws (and writes
    // nothing) on the first refusal. A conversation the change leaves as it was is not written.
    void applyToEach(const Actor &actor, const QList<Id> &conversationIds, const QString &action, const Change &change);
    // Throws PermissionDenied when the conversation is a colleague's and the actor no lead.
    static void requireMayHandle(const Actor &actor, const ConversationRow &row);

    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
