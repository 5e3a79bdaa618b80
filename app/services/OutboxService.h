// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/OutgoingMessage.h"
#include "services/Actor.h"
#include "services/ChannelConnector.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace tandem {

class Workspace;

// Replies on their way out. ConversationService::reply queues an entry with its interaction; this service
// hands due entries to the connector of their channel and records what came of it:
//
//   queued -> sending -> sent
//                     -> failed (temporary: tried again after a growing pause; permanent: waits for retry())
//
// A claim (queued or due-failed to sending, with the claim time) is its own committed transaction, made
// by a conditional update that changes exactly one row or none, so a second worker, in this process or
// another, never takes an entry someone holds. The connector is called outside any transaction.
//
// Sent once, never twice, never lost: a worker that dies after its claim leaves the entry 'sending'. Once
// the claim is older than the claim timeout, any worker claims it again and delivers it under the SAME
// delivery key (made from the entry's id). If the dead worker had handed the message over, the
// connector finds the key among what it delivered and reports it delivered without sending it again; if
// it had not, this delivery is the first. Either way the customer gets it exactly once, and no entry is
// ever dropped: only a recorded outcome moves it out of 'sending'.
//
// Sent once also when a worker dies while handing a message over: right before the hand-over that cannot be
// taken back (SMTP), the connector has the service commit it (recordHandOver). A later attempt that finds it
// recorded, and cannot learn from the channel that the message went out, reports MayHaveBeenSent: the entry
// becomes failed, permanent and "may have been sent", is never sent again by itself, and waits for its author
// or a team lead to check and choose: sendAgain() or markSent() (both audited).
//
// A channel without a connector leaves its entries queued (the outbox says it waits for the connection).
// Who may retry: a team lead any failed entry; another agent one they wrote or whose conversation is theirs
// or nobody's. A read-only workspace sends nothing and refuses retries.
class OutboxService : public QObject
{
    Q_OBJECT

public:
    static constexpr Millis defaultClaimTimeout = 5 * 60'000;
    static constexpr int maxListed = 1000;

    OutboxService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~OutboxService() override;

    // Serves the connector's channels with it (replacing an earlier one for them); nullptr does nothing.
    void addConnector(const std::shared_ptr<ChannelConnector> &connector);
    void removeConnectors();
    [[nodiscard]] std::shared_ptr<ChannelConnector> connectorFor(Channel channel) const;
    // Replies on the channel wait until a connector serves it.
    [[nodiscard]] bool waitsForConnection(Channel channel) const { return !connectorFor(channel); }
    // How old a claim must be before another worker takes it over as abandoned; 0: every claim is (for a
    // worker that knows it runs alone, after a crash).
    void setClaimTimeout(Millis timeout) { m_claimTimeout = timeout; }

    // One entry held by this worker: deliver its message with its connector, then finish().
    struct Claim
    {
        OutgoingMessage message;
        Millis claimedAt = 0;
        std::shared_ptr<ChannelConnector> connector;
    };
    // Claims the next due entry whose channel has a connector, in its own committed transaction.
    [[nodiscard]] std::optional<Claim> claimNext();
    // Records the connector's answer; returns the entry's new state. An entry a rival took over in the
    // meantime is left to them.
    OutboxState finish(const Claim &claim, const DeliveryResult &result);
    // What one delivery came to.
    struct Attempt
    {
        Id outboxId = 0;
        QString deliveryKey;
        OutboxState state = OutboxState::Sent;
        DeliveryResult result;
    };
    // Claims, delivers and finishes due entries one after the other on this thread, at most `limit`. For
    // tandemctl and tests; the app uses OutboxWorker.
    QList<Attempt> sendDue(int limit = 100);

    // What is still waiting or failed, oldest first, at most maxListed.
    [[nodiscard]] QList<OutboxEntry> waiting(const Actor &actor) const;
    // Queues a failed entry again, now. Refuses one that may have been sent: that needs sendAgain or markSent.
    void retry(const Actor &actor, Id outboxId);
    // An entry that may have been sent: a person checked (the customer's answer, the Sent folder) and decides.
    // Only its author or a team lead may. sendAgain queues it now, knowing the customer may get it twice;
    // markSent records it sent.
    void sendAgain(const Actor &actor, Id outboxId);
    void markSent(const Actor &actor, Id outboxId);

    // The pause before the next try after `attempts` tries that failed for a passing reason.
    [[nodiscard]] static Millis retryDelay(int attempts);

signals:
    void changed();

private:
    [[nodiscard]] static bool mayRetry(const Actor &actor, const OutboxEntry &entry);
    [[nodiscard]] static bool mayResolve(const Actor &actor, const OutboxEntry &entry);
    // sendAgain (Queued) or markSent (Sent), audited.
    void decide(const Actor &actor, Id outboxId, OutboxState decided);
    // The entry, when it may have been sent and the actor may decide about it; else throws.
    [[nodiscard]] OutboxEntry maybeSentEntry(const Actor &actor, Id outboxId) const;
    // Commits that the claim made at `claimedAt` hands its message over now; on this object's thread.
    bool recordHandOver(Id outboxId, Millis claimedAt);
    // OutgoingMessage::recordHandOver for a claim: callable from the delivery's thread.
    [[nodiscard]] std::function<bool()> handOverRecorder(Id outboxId, Millis claimedAt);

    Workspace &m_workspace;
    const Clock &m_clock;
    Millis m_claimTimeout = defaultClaimTimeout;
    QList<std::shared_ptr<ChannelConnector>> m_connectors;
    // The repository, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
