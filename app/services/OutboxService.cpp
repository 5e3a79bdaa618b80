// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/OutboxService.h"

#include "domain/Error.h"
#include "services/ServiceError.h"
#include "services/ServicesLog.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/OutboxRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <future>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr Millis firstRetryDelay = 30'000;
constexpr Millis longestRetryDelay = 60 * 60'000;
// How long a delivery thread waits for the owner's thread to record a hand-over before it gives up and hands
// nothing over (the owner is busy or gone).
constexpr auto handOverWait = std::chrono::seconds(30);

} // namespace

struct OutboxService::Private
{
    explicit Private(Workspace &workspace) : outbox(workspace) { }

    OutboxRepository outbox;
    QString keyDomain; // read on first use
};

OutboxService::OutboxService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &OutboxService::changed);
}

OutboxService::~OutboxService() = default;

void OutboxService::addConnector(const std::shared_ptr<ChannelConnector> &connector)
{
    if (!connector)
        return;
    const QList<Channel> channels = connector->channels();
    m_connectors.removeIf([&channels](const std::shared_ptr<ChannelConnector> &earlier) {
        const QList<Channel> theirs = earlier->channels();
        return std::any_of(
            theirs.cbegin(), theirs.cend(), [&channels](Channel channel) { return channels.contains(channel); });
    });
    m_connectors.append(connector);
    emit changed();
}

void OutboxService::removeConnectors()
{
    m_connectors.clear();
    emit changed();
}

std::shared_ptr<ChannelConnector> OutboxService::connectorFor(Channel channel) const
{
    for (const std::shared_ptr<ChannelConnector> &connector : m_connectors) {
        if (connector->channels().contains(channel))
            return connector;
    }
    return nullptr;
}

std::optional<OutboxService::Claim> OutboxService::claimNext()
{
    if (m_workspace.isReadOnly() || m_connectors.isEmpty())
        return std::nullopt;
    QList<Channel> served;
    for (const std::shared_ptr<ChannelConnector> &connector : m_connectors)
        served += connector->channels();
    if (d->keyDomain.isEmpty())
        d->keyDomain = d->outbox.keyDomain();
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    const std::optional<Id> id = d->outbox.claim(served, now, now - m_claimTimeout);
    if (!id)
        return std::nullopt;
    std::optional<OutgoingMessage> message = d->outbox.message(*id, d->keyDomain);
    if (!message)
        return std::nullopt; // rolled back: the entry stays as it was
    transaction.commit();
    qCDebug(lcServices) << "outbox claimed" << *id << "as" << message->deliveryKey;
    m_workspace.changes().notifyLocalChange();
    message->recordHandOver = handOverRecorder(*id, now);
    std::shared_ptr<ChannelConnector> connector = connectorFor(message->channel);
    return Claim { std::move(*message), now, std::move(connector) };
}

bool OutboxService::recordHandOver(Id outboxId, Millis claimedAt)
{
    try {
        Transaction transaction(m_workspace.database());
        if (!d->outbox.recordHandOver(outboxId, claimedAt, m_clock.now()))
            return false; // a rival took the entry over: the hand-over is theirs to make
        transaction.commit();
        return true;
    } catch (const Error &error) {
        qCWarning(lcServices) << "the hand-over of outbox entry" << outboxId
                              << "could not be recorded:" << error.message();
        return false;
    }
}

std::function<bool()> OutboxService::handOverRecorder(Id outboxId, Millis claimedAt)
{
    // The workspace's connection belongs to this thread, and deliveries run on threads of their own: the
    // record is made here, on this thread, and the delivery waits for it. The context object lives as long as
    // any copy of the message does and goes with this thread's event loop (deleteLater may be called from
    // any thread); the service is looked at only on its own thread, so a service gone meanwhile is seen.
    const std::shared_ptr<QObject> context(new QObject, [](QObject *object) { object->deleteLater(); });
    context->moveToThread(thread());
    const QPointer<OutboxService> service(this);
    return [context, service, outboxId, claimedAt] {
        if (QThread::currentThread() == context->thread())
            return service && service->recordHandOver(outboxId, claimedAt);
        auto promise = std::make_shared<std::promise<bool>>();
        std::future<bool> recorded = promise->get_future();
        QTimer::singleShot(0, context.get(), [promise, service, outboxId, claimedAt] {
            promise->set_value(service && service->recordHandOver(outboxId, claimedAt));
        });
        if (recorded.wait_for(handOverWait) != std::future_status::ready)
            return false;
        try {
            return recorded.get();
        } catch (const std::future_error &) {
            return false; // the request was dropped with the owner's event loop: nothing was recorded
        }
    };
}

OutboxState OutboxService::finish(const Claim &claim, const DeliveryResult &result)
{
    const Id id = claim.message.outboxId;
    const Millis now = m_clock.now();
    OutboxState state = OutboxState::Sent;
    bool recorded = false;
    {
        Transaction transaction(m_workspace.database());
        switch (result.outcome) {
        case DeliveryResult::Outcome::Delivered:
            recorded = d->outbox.markSent(id, claim.claimedAt, now);
            break;
        case DeliveryResult::Outcome::MayHaveBeenSent:
            state = OutboxState::Failed;
            recorded = d->outbox.markMaybeSent(id, claim.claimedAt, result.reason);
            break;
        case DeliveryResult::Outcome::TemporaryFailure:
        case DeliveryResult::Outcome::PermanentFailure: {
            state = OutboxState::Failed;
            const bool permanent = result.outcome == DeliveryResult::Outcome::PermanentFailure;
            const std::optional<OutboxEntry> entry = d->outbox.entry(id);
            const Millis next = now + retryDelay(entry ? entry->attempts + 1 : 1);
            // The channel's own words, if any; OutboxModel says the rest in the reader's language.
            recorded = d->outbox.markFailed(id, claim.claimedAt, result.reason, next, permanent);
            break;
        }
        }
        transaction.commit();
    }
    if (!recorded) {
        // A rival took the entry over as abandoned; its delivery, under the same key, records the outcome.
        qCInfo(lcServices) << "outbox entry" << id << "was taken over by another worker; its outcome is theirs";
        const std::optional<OutboxEntry> entry = d->outbox.entry(id);
        return entry ? entry->state : OutboxState::Sent;
    }
    if (result.outcome == DeliveryResult::Outcome::MayHaveBeenSent)
        qCWarning(lcServices) << "outbox entry" << id << "may have been sent; it waits for a person:" << result.reason;
    else if (state == OutboxState::Failed)
        qCInfo(lcServices) << "outbox entry" << id << "failed:" << result.reason;
    m_workspace.changes().notifyLocalChange();
    return state;
}

QList<OutboxService::Attempt> OutboxService::sendDue(int limit)
{
    QList<Attempt> attempts;
    while (attempts.size() < limit) {
        const std::optional<Claim> claim = claimNext();
        if (!claim)
            break;
        const DeliveryResult result = claim->connector->deliver(claim->message);
        attempts.append({ claim->message.outboxId, claim->message.deliveryKey, finish(*claim, result), result });
    }
    return attempts;
}

QList<OutboxEntry> OutboxService::waiting(const Actor &actor) const
{
    QList<OutboxEntry> entries = d->outbox.waiting(maxListed);
    for (OutboxEntry &entry : entries) {
        entry.waitingForConnection = waitsForConnection(entry.channel);
        const bool failed = !m_workspace.isReadOnly() && entry.state == OutboxState::Failed;
        entry.mayRetry = failed && !entry.maybeSent && mayRetry(actor, entry);
        entry.mayResolve = failed && entry.maybeSent && mayResolve(actor, entry);
    }
    return entries;
}

bool OutboxService::mayResolve(const Actor &actor, const OutboxEntry &entry)
{
    return actor.role == Role::TeamLead || entry.authorId == actor.agentId;
}

OutboxEntry OutboxService::maybeSentEntry(const Actor &actor, Id outboxId) const
{
    if (m_workspace.isReadOnly())
        throw PermissionDenied(tr("This workspace is open read-only; nothing is sent from it."));
    const std::optional<OutboxEntry> entry = d->outbox.entry(outboxId);
    if (!entry)
        throw ServiceError(tr("There is no message #%1 in the outbox.").arg(outboxId));
    if (entry->state != OutboxState::Failed || !entry->maybeSent)
        throw ServiceError(tr("Only a reply that may have been sent needs this decision; this one is %1.")
                .arg(displayName(entry->state).toLower()));
    if (!mayResolve(actor, *entry))
        throw PermissionDenied(tr("Whether this reply went out is for its author or a team lead to decide."));
    return *entry;
}

void OutboxService::sendAgain(const Actor &actor, Id outboxId)
{
    decide(actor, outboxId, OutboxState::Queued);
}

void OutboxService::markSent(const Actor &actor, Id outboxId)
{
    decide(actor, outboxId, OutboxState::Sent);
}

void OutboxService::decide(const Actor &actor, Id outboxId, OutboxState decided)
{
    const Millis now = m_clock.now();
    {
        Transaction transaction(m_workspace.database());
        const OutboxEntry entry = maybeSentEntry(actor, outboxId);
        const bool changed
            = decided == OutboxState::Sent ? d->outbox.confirmSent(outboxId, now) : d->outbox.requeue(outboxId, now);
        if (!changed)
            throw ServiceError(tr("The reply changed meanwhile; look at it again."));
        AuditRecord(
            decided == OutboxState::Sent ? u"outbox.mark_sent"_s : u"outbox.send_again"_s, u"outbox"_s, outboxId)
            .at(now)
            .by(actor.agentId)
            .before({ { u"state"_s, keyOf(entry.state) }, { u"maybe_sent"_s, true },
                { u"conversation"_s, entry.conversationId } })
            .after({ { u"state"_s, keyOf(decided) }, { u"conversation"_s, entry.conversationId } })
            .appendTo(m_workspace);
        transaction.commit();
    }
    m_workspace.changes().notifyLocalChange();
}

bool OutboxService::mayRetry(const Actor &actor, const OutboxEntry &entry)
{
    return actor.role == Role::TeamLead || entry.authorId == actor.agentId || !entry.assigneeId
        || *entry.assigneeId == actor.agentId;
}

void OutboxService::retry(const Actor &actor, Id outboxId)
{
    if (m_workspace.isReadOnly())
        throw PermissionDenied(tr("This workspace is open read-only; nothing is sent from it."));
    const Millis now = m_clock.now();
    {
        Transaction transaction(m_workspace.database());
        const std::optional<OutboxEntry> entry = d->outbox.entry(outboxId);
        if (!entry)
            throw ServiceError(tr("There is no message #%1 in the outbox.").arg(outboxId));
        if (entry->maybeSent)
            throw ServiceError(tr("This reply may already have reached the customer; check, then send it again "
                                  "or mark it as sent."));
        if (!mayRetry(actor, *entry))
            throw PermissionDenied(tr("This reply is a colleague's, in a conversation assigned to someone else; "
                                      "they or a team lead can send it again."));
        if (entry->state != OutboxState::Failed || !d->outbox.requeue(outboxId, now))
            throw ServiceError(tr("Only a reply that failed can be sent again; this one is %1.")
                    .arg(displayName(entry->state).toLower()));
        AuditRecord(u"outbox.retry"_s, u"outbox"_s, outboxId)
            .at(now)
            .by(actor.agentId)
            .before({ { u"state"_s, keyOf(entry->state) }, { u"attempts"_s, entry->attempts },
                { u"last_error"_s, entry->lastError }, { u"conversation"_s, entry->conversationId } })
            .after({ { u"state"_s, keyOf(OutboxState::Queued) }, { u"conversation"_s, entry->conversationId } })
            .appendTo(m_workspace);
        transaction.commit();
    }
    m_workspace.changes().notifyLocalChange();
}

Millis OutboxService::retryDelay(int attempts)
{
    Millis delay = firstRetryDelay;
    for (int i = 1; i < attempts && delay < longestRetryDelay; ++i)
        delay *= 2;
    return std::min(delay, longestRetryDelay);
}

} // namespace tandem
