// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/ServiceError.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <functional>
#include <latch>
#include <thread>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis minute = 60'000;

ReplyDraft replyOn(const ConversationSeen &seen, const QString &body)
{
    ReplyDraft draft;
    draft.body = body;
    draft.seen = seen;
    return draft;
}

} // namespace

TEST_CASE("a reply made on an older view of the conversation asks first; send anyway sends it",
    "[inbox][services][collision][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(8, 100, 5);
    test::MockClock clock;
    ConversationService service(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor rep2 = accounts.signInWithoutPassword(u"rep2"_s);
    const Id id = test::startConversation(service, clock, u"amara"_s);

    // Nothing came since: the reply goes out.
    const ConversationSeen fresh = service.thread(rep, id)->seen();
    CHECK(fresh.newestMessageId > 0);
    CHECK_NOTHROW(service.reply(rep2, id, replyOn(fresh, u"Looking into it."_s)));

    // The rep opened it before that reply: they are asked, and nothing is written.
    const qsizetype messages = service.thread(rep, id)->messages.size();
    try {
        service.reply(rep, id, replyOn(fresh, u"We are on it!"_s));
        FAIL("the reply was sent over a colleague's");
    } catch (const ReplyCollision &collision) {
        CHECK(collision.repliedBy() == QStringList { rep2.name });
        CHECK_FALSE(collision.customerWrote());
        CHECK(collision.message().contains(rep2.name));
    }
    CHECK(service.thread(rep, id)->messages.size() == messages);

    // The customer wrote again as well: both are said.
    ChannelMessage again;
    again.channel = Channel::Email;
    again.fromAddress = u"amara@customers.example"_s;
    again.subject = u"Re: Question from amara"_s;
    again.body = u"Any news?"_s;
    again.receivedAt = clock.now();
    service.recordInbound(again);
    try {
        service.reply(rep, id, replyOn(fresh, u"We are on it!"_s));
        FAIL("the reply was sent without the customer's new message seen");
    } catch (const ReplyCollision &collision) {
        CHECK(collision.repliedBy() == QStringList { rep2.name });
        CHECK(collision.customerWrote());
    }

    // Confirmed: it goes out once.
    ReplyDraft anyway = replyOn(fresh, u"We are on it!"_s);
    anyway.sendAnyway = true;
    CHECK(service.reply(rep, id, anyway).interactionId > 0);
    CHECK(service.thread(rep, id)->messages.size() == messages + 2);
    // Reviewed: a reply on what is there now goes out without asking.
    CHECK_NOTHROW(service.reply(rep, id, replyOn(service.thread(rep, id)->seen(), u"One more thing."_s)));
    // Scripts that say nothing of what they saw are not asked.
    ReplyDraft unchecked;
    unchecked.body = u"From a script"_s;
    CHECK_NOTHROW(service.reply(rep2, id, unchecked));
}

namespace {

struct RaceOutcome
{
    bool won = false;
    QString refusal;
    bool askedFirst = false; // refused with ReplyCollision
    std::string failure; // anything but a service's refusal
};

// Rep and rep2, each at a desk of their own on a real connection to the workspace, do `act` at the same
// moment (as close as two threads get).
std::pair<RaceOutcome, RaceOutcome> race(const test::TempWorkspace &temp, const test::MockClock &clock,
    const std::function<void(ConversationService &desk, const Actor &agent)> &act)
{
    std::latch ready(2);
    std::pair<RaceOutcome, RaceOutcome> outcomes;
    const auto at = [&](const QString &login, RaceOutcome &outcome) {
        try {
            const std::unique_ptr<Workspace> workspace = Workspace::open(temp.path());
            ConversationService desk(*workspace, clock);
            const Actor agent = AccountService(*workspace).signInWithoutPassword(login);
            ready.arrive_and_wait();
            try {
                act(desk, agent);
                outcome.won = true;
            } catch (const ReplyCollision &asked) {
                outcome.refusal = asked.message();
                outcome.askedFirst = true;
            } catch (const ServiceError &refused) {
                outcome.refusal = refused.message();
            }
        } catch (const std::exception &error) {
            outcome.failure = error.what();
        }
    };
    std::thread rep([&] { at(u"rep"_s, outcomes.first); });
    std::thread rep2([&] { at(u"rep2"_s, outcomes.second); });
    rep.join();
    rep2.join();
    return outcomes;
}

// Conversations from three new customers, in a workspace closed again for the desks to open.
QList<Id> racedConversations(test::TempWorkspace &temp, test::MockClock &clock)
{
    QList<Id> conversations;
    Workspace &workspace = temp.openWithDemo(8, 100, 5);
    {
        ConversationService service(workspace, clock);
        for (const QString &who : { u"ben"_s, u"chloe"_s, u"dario"_s })
            conversations.append(test::startConversation(service, clock, who));
    }
    temp.close();
    return conversations;
}

} // namespace

TEST_CASE("two agents taking one conversation: exactly one wins, the other is told who has it",
    "[inbox][services][collision][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    test::MockClock clock;
    for (const Id id : racedConversations(temp, clock)) {
        const auto [first, second] = race(temp, clock,
            [id](ConversationService &desk, const Actor &agent) { desk.assign(agent, { id }, agent.agentId); });
        INFO("conversation " << id);
        CHECK(first.failure.empty());
        CHECK(second.failure.empty());
        REQUIRE(first.won != second.won);
        const RaceOutcome &loser = first.won ? second : first;
        Workspace &workspace = temp.open();
        const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
        const std::optional<ConversationRow> row = ConversationService(workspace, clock).conversation(lead, id);
        REQUIRE(row);
        CHECK(row->conversation.assigneeId);
        // The refusal names the colleague who has it now.
        CHECK(loser.refusal.contains(row->assigneeName));
        temp.close();
    }
}

TEST_CASE("two agents answering one customer at the same moment: one reply goes out, the other is asked",
    "[inbox][services][collision][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    test::MockClock clock;
    for (const Id id : racedConversations(temp, clock)) {
        ConversationSeen seen;
        {
            Workspace &workspace = temp.open();
            const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
            const std::optional<ConversationThread> thread = ConversationService(workspace, clock).thread(lead, id);
            REQUIRE(thread);
            seen = thread->seen();
            temp.close();
        }
        const auto [first, second] = race(temp, clock, [id, seen](ConversationService &desk, const Actor &agent) {
            desk.reply(agent, id, replyOn(seen, u"Your parcel left today."_s));
        });
        INFO("conversation " << id);
        CHECK(first.failure.empty());
        CHECK(second.failure.empty());
        REQUIRE(first.won != second.won);
        CHECK((first.won ? second : first).askedFirst);
        Workspace &workspace = temp.open();
        const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
        const std::optional<ConversationThread> thread = ConversationService(workspace, clock).thread(lead, id);
        REQUIRE(thread);
        CHECK(thread->messages.size() == 2); // the customer's and one answer
        temp.close();
    }
}
