// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Conversation.h"
#include "domain/MessageId.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis minute = 60'000;
constexpr Millis hour = 60 * minute;
constexpr Millis start = 1'767'225'600'000;

Conversation emailFrom(Tier tier = Tier::Standard)
{
    return ConversationRules::startedByCustomer(7, Channel::Email, u"Re: Bridge offline"_s, tier, start);
}

} // namespace

TEST_CASE("a customer's first message opens a conversation that waits for its first answer", "[inbox][domain]")
{
    const Conversation conversation = emailFrom();
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK(conversation.subject == u"Bridge offline"_s);
    CHECK(conversation.waitingSince == start);
    CHECK(conversation.lastInboundAt == start);
    CHECK(conversation.firstResponseDueAt
        == start + SlaPolicy::responseTargetsFor(Channel::Email, Tier::Standard).firstResponseWithin);
    CHECK(conversation.dueAt == conversation.firstResponseDueAt);
    CHECK_FALSE(conversation.firstResponseAt);
}

TEST_CASE(
    "a new customer message reopens a closed or snoozed conversation and keeps the oldest wait", "[inbox][domain]")
{
    Conversation conversation = emailFrom();
    ConversationRules::receiveInbound(conversation, Tier::Standard, start + 10 * minute);
    CHECK(conversation.waitingSince == start); // the oldest unanswered message counts
    CHECK(conversation.lastInboundAt == start + 10 * minute);

    ConversationRules::close(conversation, start + hour);
    CHECK(conversation.status == ConversationStatus::Closed);
    CHECK_FALSE(conversation.waitingSince);
    CHECK_FALSE(conversation.dueAt);
    ConversationRules::receiveInbound(conversation, Tier::Standard, start + 2 * hour);
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK_FALSE(conversation.closedAt);
    CHECK(conversation.waitingSince == start + 2 * hour);

    ConversationRules::snooze(conversation, start + 5 * hour);
    CHECK(conversation.status == ConversationStatus::Snoozed);
    CHECK(conversation.waitingSince == start + 2 * hour); // snoozing does not answer anybody
    ConversationRules::receiveInbound(conversation, Tier::Standard, start + 3 * hour);
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK_FALSE(conversation.snoozedUntil);
    CHECK(conversation.waitingSince == start + 2 * hour);
}

TEST_CASE("a reply ends the wait and leaves the conversation pending on the customer unless told otherwise",
    "[inbox][domain]")
{
    Conversation conversation = emailFrom();
    ConversationRules::recordReply(conversation, start + 30 * minute, ConversationStatus::PendingCustomer);
    CHECK(conversation.status == ConversationStatus::PendingCustomer);
    CHECK_FALSE(conversation.waitingSince);
    CHECK_FALSE(conversation.dueAt);
    CHECK(conversation.firstResponseAt == start + 30 * minute);
    CHECK(conversation.lastMessageAt == start + 30 * minute);

    // The customer answers: open again, and the next answer is due by the next-response target.
    ConversationRules::receiveInbound(conversation, Tier::Standard, start + 2 * hour);
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK(conversation.dueAt
        == start + 2 * hour + SlaPolicy::responseTargetsFor(Channel::Email, Tier::Standard).nextResponseWithin);

    ConversationRules::recordReply(conversation, start + 3 * hour, ConversationStatus::Closed);
    CHECK(conversation.status == ConversationStatus::Closed);
    CHECK(conversation.closedAt == start + 3 * hour);
    CHECK(conversation.firstResponseAt == start + 30 * minute); // the first answer stays the first

    ConversationRules::recordReply(conversation, start + 4 * hour, ConversationStatus::Open);
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK_FALSE(conversation.closedAt);
}

TEST_CASE("response targets follow the channel and the customer's tier", "[inbox][domain]")
{
    const ResponseTargets email = SlaPolicy::responseTargetsFor(Channel::Email, Tier::Standard);
    const ResponseTargets chat = SlaPolicy::responseTargetsFor(Channel::LiveChat, Tier::Standard);
    const ResponseTargets enterpriseEmail = SlaPolicy::responseTargetsFor(Channel::Email, Tier::Enterprise);
    CHECK(chat.firstResponseWithin < email.firstResponseWithin);
    CHECK(enterpriseEmail.firstResponseWithin < email.firstResponseWithin);
    CHECK(SlaPolicy::responseTargetsFor(Channel::Email, Tier::Premium).firstResponseWithin < email.firstResponseWithin);
    CHECK(emailFrom(Tier::Enterprise).dueAt < emailFrom(Tier::Standard).dueAt);

    // The countdown uses the escalations' levels: amber at three quarters, red when overdue.
    const Conversation conversation = emailFrom();
    const Millis target = email.firstResponseWithin;
    CHECK(ConversationRules::responseStatus(conversation, start)->level == SlaLevel::OnTrack);
    CHECK(ConversationRules::responseStatus(conversation, start + target * 3 / 4)->level == SlaLevel::AtRisk);
    const std::optional<SlaStatus> late = ConversationRules::responseStatus(conversation, start + target + hour);
    REQUIRE(late);
    CHECK(late->level == SlaLevel::Breached);
    CHECK(late->clock == SlaClock::Response);
    CHECK(late->remaining == -hour);
    CHECK(SlaPolicy::describeStatus(*late) == u"Reply overdue by 1 h"_s);

    Conversation answered = conversation;
    ConversationRules::recordReply(answered, start + minute, ConversationStatus::PendingCustomer);
    CHECK_FALSE(ConversationRules::responseStatus(answered, start + 2 * minute));
}

TEST_CASE("changes that make no sense in a conversation's status are refused with a reason", "[inbox][domain]")
{
    Conversation conversation = emailFrom();
    CHECK(ConversationRules::snoozeRefusal(conversation, start - minute, start));
    CHECK_FALSE(ConversationRules::snoozeRefusal(conversation, start + minute, start));
    CHECK(ConversationRules::reopenRefusal(conversation));
    CHECK_FALSE(ConversationRules::closeRefusal(conversation));

    ConversationRules::close(conversation, start);
    CHECK(ConversationRules::closeRefusal(conversation));
    CHECK(ConversationRules::snoozeRefusal(conversation, start + hour, start));
    CHECK_FALSE(ConversationRules::reopenRefusal(conversation));
    ConversationRules::reopen(conversation);
    CHECK(conversation.status == ConversationStatus::Open);
    CHECK_FALSE(conversation.waitingSince); // waits again only when the customer writes

    ConversationRules::snooze(conversation, start + hour);
    CHECK_FALSE(ConversationRules::isDueToWake(conversation, start + hour - 1));
    CHECK(ConversationRules::isDueToWake(conversation, start + hour));
}

TEST_CASE("a thread is known by its subject without reply and forward prefixes", "[inbox][domain]")
{
    CHECK(ConversationRules::threadSubject(u"Re: AW: Fwd: Order 1234"_s) == u"Order 1234"_s);
    CHECK(ConversationRules::threadSubject(u"RE[2]: tr: Wifi drops"_s) == u"Wifi drops"_s);
    CHECK(ConversationRules::threadSubject(u"Regarding my order"_s) == u"Regarding my order"_s);
    CHECK(ConversationRules::threadSubject(u"  Re:  "_s).isEmpty());
}

TEST_CASE("a subject's [#N] names its conversation and is no part of the thread subject", "[mail][domain]")
{
    CHECK(ConversationRules::subjectReference(42) == u"[#42]"_s);
    CHECK(ConversationRules::referencedConversation(u"Re: Bridge offline [#42]"_s) == Id(42));
    CHECK(ConversationRules::referencedConversation(u"Fwd: Re: [#7] old [#42] newer"_s) == Id(42));
    CHECK_FALSE(ConversationRules::referencedConversation(u"Order #42"_s));
    CHECK_FALSE(ConversationRules::referencedConversation(u"[#0]"_s));
    CHECK_FALSE(ConversationRules::referencedConversation(u"[# 42]"_s));
    CHECK(ConversationRules::threadSubject(u"AW: Re: Bridge offline [#42]"_s) == u"Bridge offline"_s);
}

TEST_CASE("a Message-ID is wrapped in angle brackets and unwrapped by one rule", "[mail][domain]")
{
    CHECK(MessageId::bracketed(u"1.abc@outbox.tandem"_s) == u"<1.abc@outbox.tandem>"_s);
    CHECK(MessageId::bracketed(u" <1.abc@outbox.tandem> "_s) == u"<1.abc@outbox.tandem>"_s);
    CHECK(MessageId::bare(u"<1.abc@outbox.tandem>"_s) == u"1.abc@outbox.tandem"_s);
    CHECK(MessageId::bare(u"1.abc@outbox.tandem"_s) == u"1.abc@outbox.tandem"_s);
    CHECK(MessageId::bracketed(MessageId::bare(u"<x@y>"_s)) == u"<x@y>"_s);
}
