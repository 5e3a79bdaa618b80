// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MockClock.h"
#include "domain/ChannelMessage.h"
#include "services/ConversationService.h"

namespace tandem::test {

// A customer's e-mail as the e-mail channel hands it in: from who@customers.example, its own Message-ID.
inline ChannelMessage customerEmail(const QString &who, Millis at)
{
    using namespace Qt::StringLiterals;
    ChannelMessage message;
    message.channel = Channel::Email;
    message.fromAddress = who + u"@customers.example"_s;
    message.fromName = who;
    message.subject = u"Question from "_s + who;
    message.body = u"Our hub is offline since this morning."_s;
    message.externalId = u"<"_s + who + u"@customers.example>"_s;
    message.receivedAt = at;
    return message;
}

// A minute on, `who` writes in for the first time: a new customer and a conversation waiting since then.
inline Id startConversation(ConversationService &service, MockClock &clock, const QString &who)
{
    clock.advance(60'000);
    return service.recordInbound(customerEmail(who, clock.now())).conversationId;
}

} // namespace tandem::test
