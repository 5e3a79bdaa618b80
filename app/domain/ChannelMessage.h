// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MessageAttachment.h"
#include "domain/Records.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// A message a customer sent on a channel, as a channel connector (e-mail, chat, social) hands it in. The
// external id is the channel's own for the message (an e-mail's Message-ID): recording it twice records it
// once.
struct ChannelMessage
{
    Channel channel = Channel::Email;
    QString fromAddress; // e-mail address, phone number or handle: finds or makes the customer
    QString fromName; // as the channel shows it, for a customer met for the first time
    QString subject;
    QString body;
    BodyFormat bodyFormat = BodyFormat::Plain;
    QString externalId;
    // External ids of earlier messages this one answers (an e-mail's In-Reply-To and References): they find
    // the conversation, even a closed one.
    QStringList inReplyTo;
    Millis receivedAt = 0;
    std::optional<Id> queueId; // where a new conversation goes; none: the first queue
    // The message as its sender formatted it (an e-mail's HTML part), kept as sent: it is shown only
    // through the sanitiser. Empty: the body is all there is.
    QString html;
    QList<ChannelAttachment> attachments;
};

} // namespace tandem
