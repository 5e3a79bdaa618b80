// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/ChannelMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

// Whether a mail came from a person: only a customer's message opens or continues a conversation.
enum class MailKind { CustomerMessage, AutoReply, Bounce };

using MailAttachment = ChannelAttachment;

// A mail as Tandem records it: the customer's message and what goes with it.
struct ParsedMail
{
    ChannelMessage message; // plain-text body; a mail without Message-ID gets one made from its content
    MailKind kind = MailKind::CustomerMessage;
    QString html; // the HTML part as sent, unsanitised: for a safe display later, never rendered as is
    QList<MailAttachment> attachments;
    QStringList recipients; // To and Cc addresses, lower case: an account recognises its support addresses
    // A bounce: who could not be reached, and the Message-ID (with angle brackets) of the mail that bounced.
    QString bouncedRecipient;
    QString bouncedMessageId;
    QString bounceReason; // the receiving server's words (a DSN's Diagnostic-Code), when it gave them
};

} // namespace tandem
