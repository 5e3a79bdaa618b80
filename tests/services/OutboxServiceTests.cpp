// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/OutboxService.h"
#include "services/OutboxWorker.h"
#include "services/ServiceError.h"
#include "services/SpoolConnector.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <atomic>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis minute = 60'000;
constexpr Millis hour = 60 * minute;

struct Desk
{
    explicit Desk(Backend backend)
        : temp(backend),
          workspace(temp.openWithDemo(12, 300, 11)),
          conversations(workspace, clock),
          outbox(workspace, clock),
          spool(std::make_shared<SpoolConnector>(spoolDir.path()))
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        rep2 = accounts.signInWithoutPassword(u"rep2"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
        lead = accounts.signInWithoutPassword(u"lead"_s);
    }

    // A customer's new conversation and the actor's reply to it; returns the outbox id.
    Id replied(const QString &who, const Actor &by)
    {
        const Id conversation = test::startConversation(conversations, clock, who);
        ReplyDraft draft;
        draft.body = u"Please unplug the bridge for ten seconds."_s;
        return conversations.reply(by, conversation, draft).outboxId;
    }
    [[nodiscard]] std::optional<OutboxEntry> entry(Id id) const
    {
        for (const OutboxEntry &entry : outbox.waiting(lead)) {
            if (entry.id == id)
                return entry;
        }
        return std::nullopt;
    }
    [[nodiscard]] QString state(Id id) const
    {
        return Query::scalar(workspace.database(), u"SELECT state FROM outbox WHERE id = ?"_s, { id }).toString();
    }
    [[nodiscard]] QStringList spooled() const { return QDir(spoolDir.path()).entryList(QDir::Files); }
    void failWith(const QByteArray &what) const
    {
        QFile fail(QDir(spoolDir.path()).filePath(QString::fromLatin1(SpoolConnector::failFileName)));
        REQUIRE(fail.open(QIODevice::WriteOnly));
        fail.write(what);
    }
    void stopFailing() const
    {
        QFile::remove(QDir(spoolDir.path()).filePath(QString::fromLatin1(SpoolConnector::failFileName)));
    }

    test::TempWorkspace temp;
    test::MockClock clock;
    Workspace &workspace;
    ConversationService conversations;
    OutboxService outbox;
    QTemporaryDir spoolDir;
    std::shared_ptr<SpoolConnector> spool;
    Actor rep, rep2, specialist, lead;
};

} // namespace

TEST_CASE("a reply goes queued, sending, sent: one file under its key, and a second delivery sends nothing",
    "[inbox][outbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    desk.outbox.addConnector(desk.spool);
    const Id id = desk.replied(u"noor"_s, desk.rep);
    CHECK(desk.state(id) == u"queued"_s);

    const std::optional<OutboxService::Claim> claim = desk.outbox.claimNext();
    REQUIRE(claim);
    CHECK(claim->message.outboxId == id);
    CHECK(desk.state(id) == u"sending"_s);
    CHECK_FALSE(desk.outbox.claimNext()); // held: nobody takes it again
    CHECK(claim->message.customerAddress == u"noor@customers.example"_s);
    CHECK(claim->message.inReplyTo == QStringList { u"<noor@customers.example>"_s });
    CHECK(claim->message.deliveryKey.startsWith(QString::number(id) + u'.'));

    const DeliveryResult result = claim->connector->deliver(claim->message);
    CHECK(result.outcome == DeliveryResult::Outcome::Delivered);
    CHECK(desk.outbox.finish(*claim, result) == OutboxState::Sent);
    CHECK(desk.state(id) == u"sent"_s);
    CHECK_FALSE(desk.entry(id));
    REQUIRE(desk.spooled() == QStringList { claim->message.deliveryKey });
    QFile file(desk.spool->fileFor(claim->message.deliveryKey));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    CHECK(written.contains(u"In-Reply-To: <noor@customers.example>"_s));
    CHECK(written.contains(u"Please unplug the bridge"_s));

    // The same key again (a worker that died before recording "sent"): reported delivered, nothing written.
    const DeliveryResult again = desk.spool->deliver(claim->message);
    CHECK(again.outcome == DeliveryResult::Outcome::Delivered);
    CHECK(again.alreadyDelivered);
    CHECK(desk.spooled().size() == 1);
    const ConversationThread thread = *desk.conversations.thread(desk.rep, claim->message.conversationId);
    CHECK(thread.messages.constLast().outboxState == OutboxState::Sent);
    CHECK(thread.messages.constLast().outboxId == id);
}

TEST_CASE("a passing failure is tried again after a pause, and then sent", "[inbox][outbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    desk.outbox.addConnector(desk.spool);
    const Id id = desk.replied(u"ines"_s, desk.rep);
    desk.failWith("temporary: the mail server did not answer");
    REQUIRE(desk.outbox.sendDue().size() == 1);
    std::optional<OutboxEntry> entry = desk.entry(id);
    REQUIRE(entry);
    CHECK(entry->state == OutboxState::Failed);
    CHECK(entry->attempts == 1);
    CHECK_FALSE(entry->permanent);
    CHECK(entry->lastError == u"the mail server did not answer"_s);
    CHECK(entry->nextAttemptAt == desk.clock.now() + OutboxService::retryDelay(1));

    desk.stopFailing();
    CHECK(desk.outbox.sendDue().isEmpty()); // not yet due
    desk.clock.advance(OutboxService::retryDelay(1));
    const QList<OutboxService::Attempt> attempts = desk.outbox.sendDue();
    REQUIRE(attempts.size() == 1);
    CHECK(attempts.constFirst().state == OutboxState::Sent);
    CHECK(desk.state(id) == u"sent"_s);
    CHECK(desk.spooled().size() == 1);
    CHECK(OutboxService::retryDelay(2) == 2 * OutboxService::retryDelay(1));
    CHECK(OutboxService::retryDelay(100) == hour);
}

TEST_CASE("a permanent failure waits for a person's retry, which is audited", "[inbox][outbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    desk.outbox.addConnector(desk.spool);
    const Id id = desk.replied(u"kai"_s, desk.rep);
    desk.failWith("permanent: no such mailbox");
    REQUIRE(desk.outbox.sendDue().size() == 1);
    REQUIRE(desk.entry(id));
    CHECK(desk.entry(id)->permanent);
    CHECK(desk.entry(id)->mayRetry);
    desk.stopFailing();
    desk.clock.advance(24 * hour);
    CHECK(desk.outbox.sendDue().isEmpty());
    CHECK(desk.state(id) == u"failed"_s);

    desk.outbox.retry(desk.rep, id);
    CHECK(desk.state(id) == u"queued"_s);
    CHECK(Query::scalar(desk.workspace.database(),
              u"SELECT count(*) FROM audit_log WHERE action = 'outbox.retry' AND entity_id = ?"_s, { id })
              .toInt()
        == 1);
    REQUIRE(desk.outbox.sendDue().size() == 1);
    CHECK(desk.state(id) == u"sent"_s);
    CHECK(desk.spooled().size() == 1);
}

TEST_CASE("who may send a failed reply again: each refusal", "[inbox][outbox][services][permissions][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    desk.outbox.addConnector(desk.spool);
    const Id theirs = desk.replied(u"theirs"_s, desk.rep2);
    const std::optional<OutboxEntry> queued = desk.entry(theirs);
    REQUIRE(queued);
    desk.conversations.assign(desk.rep2, { queued->conversationId }, desk.rep2.agentId);
    desk.failWith("permanent: no such mailbox");
    REQUIRE(desk.outbox.sendDue().size() == 1);

    CHECK_FALSE(desk.outbox.waiting(desk.rep).constFirst().mayRetry);
    CHECK_THROWS_AS(desk.outbox.retry(desk.rep, theirs), PermissionDenied);
    CHECK_THROWS_AS(desk.outbox.retry(desk.specialist, theirs), PermissionDenied);
    CHECK_THROWS_AS(desk.outbox.retry(desk.lead, Id(999999)), ServiceError);
    CHECK(desk.state(theirs) == u"failed"_s);

    desk.outbox.retry(desk.lead, theirs);
    CHECK_THROWS_AS(desk.outbox.retry(desk.lead, theirs), ServiceError); // queued, not failed
    desk.stopFailing();
    REQUIRE(desk.outbox.sendDue().size() == 1);
    CHECK_THROWS_AS(desk.outbox.retry(desk.rep2, theirs), ServiceError); // sent

    // A read-only workspace sends nothing and refuses retries.
    desk.failWith("permanent: no such mailbox");
    const Id failed = desk.replied(u"later"_s, desk.rep);
    REQUIRE(desk.outbox.sendDue().size() == 1);
    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    const std::unique_ptr<Workspace> reader = Workspace::open(desk.temp.path(), readOnly);
    OutboxService readingOutbox(*reader, desk.clock);
    readingOutbox.addConnector(desk.spool);
    CHECK_THROWS_AS(readingOutbox.retry(desk.lead, failed), PermissionDenied);
    CHECK_FALSE(readingOutbox.claimNext());
    CHECK_FALSE(readingOutbox.waiting(desk.lead).constLast().mayRetry);
}

TEST_CASE("a reply with no connector for its channel stays queued, waiting for the connection",
    "[inbox][outbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    const Id id = desk.replied(u"solo"_s, desk.rep);
    CHECK(desk.outbox.sendDue().isEmpty());
    std::optional<OutboxEntry> entry = desk.entry(id);
    REQUIRE(entry);
    CHECK(entry->state == OutboxState::Queued);
    CHECK(entry->waitingForConnection);
    CHECK_FALSE(entry->mayRetry);

    desk.outbox.addConnector(desk.spool); // the connection is back: it goes out
    entry = desk.entry(id);
    REQUIRE(entry);
    CHECK_FALSE(entry->waitingForConnection);
    CHECK(desk.outbox.sendDue().size() == 1);
    CHECK(desk.state(id) == u"sent"_s);
}

TEST_CASE("two workers on two connections never take the same entry; a stale claim taken over sends once",
    "[inbox][outbox][services][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);
    desk.outbox.addConnector(desk.spool);
    const std::unique_ptr<Workspace> second = Workspace::open(desk.temp.path());
    OutboxService rival(*second, desk.clock);
    rival.addConnector(desk.spool);
    constexpr int replies = 12;
    for (int i = 0; i < replies; ++i)
        desk.replied(u"customer"_s + QString::number(i), desk.rep);

    QSet<Id> claimedHere;
    QSet<Id> claimedThere;
    QList<OutboxService::Claim> claims;
    for (int round = 0; round < replies; ++round) {
        if (std::optional<OutboxService::Claim> claim = desk.outbox.claimNext()) {
            claimedHere.insert(claim->message.outboxId);
            claims.append(*claim);
        }
        if (std::optional<OutboxService::Claim> claim = rival.claimNext()) {
            claimedThere.insert(claim->message.outboxId);
            claims.append(*claim);
        }
    }
    CHECK(claimedHere.size() + claimedThere.size() == replies);
    CHECK_FALSE(claimedHere.intersects(claimedThere));
    CHECK_FALSE(claimedHere.isEmpty());
    CHECK_FALSE(claimedThere.isEmpty());

    // The first worker stalls past the claim timeout; the rival takes its entry over and both deliver.
    const OutboxService::Claim stalled = claims.takeFirst();
    for (const OutboxService::Claim &claim : claims)
        desk.outbox.finish(claim, claim.connector->deliver(claim.message));
    CHECK_FALSE(rival.claimNext()); // still fresh
    desk.clock.advance(OutboxService::defaultClaimTimeout);
    const std::optional<OutboxService::Claim> takenOver = rival.claimNext();
    REQUIRE(takenOver);
    CHECK(takenOver->message.deliveryKey == stalled.message.deliveryKey);
    CHECK(desk.outbox.finish(stalled, stalled.connector->deliver(stalled.message)) == OutboxState::Sending);
    const DeliveryResult secondDelivery = takenOver->connector->deliver(takenOver->message);
    CHECK(secondDelivery.alreadyDelivered);
    CHECK(rival.finish(*takenOver, secondDelivery) == OutboxState::Sent);
    CHECK(desk.spooled().size() == replies);
    CHECK(Query::scalar(desk.workspace.database(), u"SELECT count(*) FROM outbox WHERE state = 'sent'"_s).toInt()
        == replies);
}

TEST_CASE("the background worker sends a queued reply off the UI thread", "[inbox][outbox][services]")
{
    Desk desk(Backend::Sqlite);
    desk.outbox.addConnector(std::make_shared<SpoolConnector>(desk.spoolDir.path(), 50));
    OutboxWorker worker(desk.outbox);
    int delivered = 0;
    QObject::connect(&worker, &OutboxWorker::delivered, [&delivered] { ++delivered; });
    worker.start(60000);
    const Id id = desk.replied(u"worker"_s, desk.rep); // the change wakes the worker
    CHECK(test::waitUntil([&] { return delivered == 1 && !worker.isBusy(); }));
    CHECK(desk.state(id) == u"sent"_s);
    CHECK(desk.spooled().size() == 1);
}

namespace {

// A channel that cannot look up what it sent (an SMTP server without Sent copies): it records the hand-over
// before it "sends", and after a crash knows only that record.
class HandOverConnector : public ChannelConnector
{
public:
    [[nodiscard]] QList<Channel> channels() const override { return { Channel::Email }; }
    [[nodiscard]] DeliveryResult deliver(const OutgoingMessage &message) override
    {
        if (message.handOverStarted)
            return DeliveryResult::mayHaveBeenSent();
        if (message.recordHandOver && !message.recordHandOver())
            return DeliveryResult::temporaryFailure(u"the hand-over was not recorded"_s);
        ++sent;
        return DeliveryResult::delivered();
    }
    std::atomic<int> sent = 0;
};

// A desk whose e-mail replies leave through a HandOverConnector.
struct HandOverDesk : Desk
{
    explicit HandOverDesk(Backend backend) : Desk(backend) { outbox.addConnector(connector); }
    std::shared_ptr<HandOverConnector> connector = std::make_shared<HandOverConnector>();
};

// An e-mail reply, claimed by `desk`'s outbox, whose worker recorded its hand-over and died before the
// outcome; once its claim is old, the next run finds it.
Id handedOverThenCrashed(Desk &desk, const Actor &author)
{
    const Id id = desk.replied(u"crash"_s, author);
    const std::optional<OutboxService::Claim> claim = desk.outbox.claimNext();
    REQUIRE(claim);
    REQUIRE(claim->message.outboxId == id);
    REQUIRE(claim->message.recordHandOver);
    REQUIRE(claim->message.recordHandOver()); // ... and then SIGKILL: no outcome is recorded
    desk.clock.advance(OutboxService::defaultClaimTimeout);
    return id;
}

} // namespace

TEST_CASE("a worker that dies after recording a hand-over leaves a reply that may have been sent: never sent "
          "again by itself",
    "[inbox][outbox][services][reliability][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    HandOverDesk desk(backend);
    const std::shared_ptr<HandOverConnector> &connector = desk.connector;
    const Id id = handedOverThenCrashed(desk, desk.rep);

    const QList<OutboxService::Attempt> attempts = desk.outbox.sendDue();
    REQUIRE(attempts.size() == 1);
    CHECK(attempts.constFirst().result.outcome == DeliveryResult::Outcome::MayHaveBeenSent);
    CHECK(attempts.constFirst().state == OutboxState::Failed);
    CHECK(connector->sent.load() == 0);
    const std::optional<OutboxEntry> entry = desk.entry(id);
    REQUIRE(entry);
    CHECK(entry->maybeSent);
    CHECK(entry->permanent);
    CHECK_FALSE(entry->mayRetry);
    CHECK(entry->mayResolve);
    desk.clock.advance(24 * hour);
    CHECK(desk.outbox.sendDue().isEmpty());
    CHECK(connector->sent.load() == 0);
    const ConversationThread thread = *desk.conversations.thread(desk.rep, entry->conversationId);
    CHECK(thread.messages.constLast().outboxMaybeSent);

    // A plain retry is not the way: the person has to decide.
    CHECK_THROWS_AS(desk.outbox.retry(desk.lead, id), ServiceError);

    // Sending it again is a decision, audited: then it goes out like any reply.
    desk.outbox.sendAgain(desk.rep, id);
    CHECK(desk.state(id) == u"queued"_s);
    REQUIRE(desk.outbox.sendDue().size() == 1);
    CHECK(desk.state(id) == u"sent"_s);
    CHECK(connector->sent.load() == 1);
    CHECK(Query::scalar(desk.workspace.database(),
              u"SELECT count(*) FROM audit_log WHERE action = 'outbox.send_again' AND entity_id = ?"_s, { id })
              .toInt()
        == 1);

    // Marked sent: recorded so, audited, nothing goes out.
    const Id other = handedOverThenCrashed(desk, desk.rep);
    REQUIRE(desk.outbox.sendDue().size() == 1);
    desk.outbox.markSent(desk.lead, other);
    CHECK(desk.state(other) == u"sent"_s);
    CHECK_FALSE(desk.entry(other));
    CHECK(desk.outbox.sendDue().isEmpty());
    CHECK(connector->sent.load() == 1);
    CHECK(Query::scalar(desk.workspace.database(),
              u"SELECT count(*) FROM audit_log WHERE action = 'outbox.mark_sent' AND entity_id = ?"_s, { other })
              .toInt()
        == 1);
    CHECK_THROWS_AS(desk.outbox.markSent(desk.lead, other), ServiceError); // sent: nothing to decide
}

TEST_CASE("a worker that dies before recording a hand-over: the next run sends the reply, once",
    "[inbox][outbox][services][reliability][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    HandOverDesk desk(backend);
    const std::shared_ptr<HandOverConnector> &connector = desk.connector;
    const Id id = desk.replied(u"early"_s, desk.rep);
    REQUIRE(desk.outbox.claimNext()); // ... and then SIGKILL, before the hand-over
    desk.clock.advance(OutboxService::defaultClaimTimeout);
    REQUIRE(desk.outbox.sendDue().size() == 1);
    CHECK(desk.state(id) == u"sent"_s);
    CHECK(connector->sent.load() == 1);
}

TEST_CASE("a stale claim cannot record a hand-over once a rival took the entry over", "[inbox][outbox][services]")
{
    HandOverDesk desk(Backend::Sqlite);
    desk.replied(u"rival"_s, desk.rep);
    const std::optional<OutboxService::Claim> stalled = desk.outbox.claimNext();
    REQUIRE(stalled);
    desk.clock.advance(OutboxService::defaultClaimTimeout);
    const std::optional<OutboxService::Claim> takenOver = desk.outbox.claimNext();
    REQUIRE(takenOver);
    CHECK_FALSE(stalled->message.recordHandOver());
    CHECK(takenOver->message.recordHandOver());
}

TEST_CASE("who may decide about a reply that may have been sent: its author or a team lead",
    "[inbox][outbox][services][permissions][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    HandOverDesk desk(backend);
    const Id id = handedOverThenCrashed(desk, desk.rep);
    REQUIRE(desk.outbox.sendDue().size() == 1);
    const std::optional<OutboxEntry> entry = desk.entry(id);
    REQUIRE(entry);
    // Even the agent the conversation is assigned to, when someone else wrote the reply.
    desk.conversations.assign(desk.lead, { entry->conversationId }, desk.rep2.agentId);
    CHECK_FALSE(desk.outbox.waiting(desk.rep2).constFirst().mayResolve);
    CHECK_THROWS_AS(desk.outbox.sendAgain(desk.rep2, id), PermissionDenied);
    CHECK_THROWS_AS(desk.outbox.markSent(desk.rep2, id), PermissionDenied);
    CHECK_THROWS_AS(desk.outbox.markSent(desk.specialist, id), PermissionDenied);
    CHECK_THROWS_AS(desk.outbox.sendAgain(desk.lead, Id(999999)), ServiceError);
    CHECK(desk.state(id) == u"failed"_s);
    CHECK(desk.outbox.waiting(desk.rep).constFirst().mayResolve);

    // A read-only workspace refuses both.
    Workspace::OpenOptions readOnly;
    readOnly.readOnly = true;
    const std::unique_ptr<Workspace> reader = Workspace::open(desk.temp.path(), readOnly);
    OutboxService readingOutbox(*reader, desk.clock);
    CHECK_THROWS_AS(readingOutbox.markSent(desk.lead, id), PermissionDenied);
    CHECK_FALSE(readingOutbox.waiting(desk.lead).constFirst().mayResolve);

    desk.outbox.markSent(desk.lead, id);
    CHECK(desk.state(id) == u"sent"_s);
}

TEST_CASE("the background worker records the hand-over from its delivery thread", "[inbox][outbox][services]")
{
    HandOverDesk desk(Backend::Sqlite);
    const std::shared_ptr<HandOverConnector> &connector = desk.connector;
    OutboxWorker worker(desk.outbox);
    int delivered = 0;
    QObject::connect(&worker, &OutboxWorker::delivered, [&delivered] { ++delivered; });
    worker.start(60000);
    const Id id = desk.replied(u"threaded"_s, desk.rep);
    CHECK(test::waitUntil([&] { return delivered == 1 && !worker.isBusy(); }));
    CHECK(connector->sent.load() == 1); // recorded (else it would have failed), then sent
    CHECK(desk.state(id) == u"sent"_s);
}
