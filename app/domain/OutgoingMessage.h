// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MessageId.h"
#include "domain/Records.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace tandem {

// A reply on its way to a customer, as the outbox hands it to a channel connector.
//
// The delivery key names this one message for ever: it is made of the outbox entry's id and the
// workspace's own random outbox domain, so it is the same on every attempt and in every process, and
// never the same for two messages. A connector that finds the key among what it delivered before reports
// the message delivered again instead of sending it twice (an e-mail connector keeps it as the
// Message-ID).
struct OutgoingMessage
{
    Id outboxId = 0;
    QString deliveryKey;
    Channel channel = Channel::Email;
    Id conversationId = 0;
    std::optional<Id> queueId; // the conversation's team queue: names the mail account a reply leaves through
    QString customerAddress; // e-mail address or phone number, as the channel needs
    QString customerName;
    QString subject;
    QString body;
    BodyFormat bodyFormat = BodyFormat::Plain;
    // The channel's ids of the conversation's customer messages, oldest first (an e-mail's In-Reply-To and
    // References).
    QStringList inReplyTo;
    // Sent by Tandem itself (a survey), not written by an agent: marked so (Auto-Submitted), so that the
    // customer's auto-responder does not answer it.
    bool automatic = false;
    // An earlier attempt recorded that it was handing the message over (recordHandOver) and then ended without
    // an outcome (a crash): the message may have reached the customer.
    bool handOverStarted = false;
    // Called by a connector right before it hands the message over in a way it cannot take back (SMTP's
    // transaction): commits that fact to the workspace, so a crash from here on is never taken for "not sent".
    // False when it could not be recorded (or the claim is no longer this worker's): then nothing is handed
    // over. Empty for a message no outbox claimed (a test's): nothing is recorded.
    std::function<bool()> recordHandOver;

    // "<outbox id>.<token>.<domain>@outbox.tandem": shaped like a Message-ID, safe as a file name. The
    // token is the entry's own random one, so that knowing one of our Message-IDs (each shows the domain)
    // tells nothing of another: a forged bounce or answer cannot name a reply it has not seen. Entries queued
    // before tokens (schema 22) have none and keep the key they went out with.
    [[nodiscard]] static QString deliveryKeyFor(Id outboxId, const QString &workspaceDomain, const QString &token)
    {
        return QString::number(outboxId) + u'.' + (token.isEmpty() ? QString() : token + u'.') + workspaceDomain
            + QStringLiteral("@outbox.tandem");
    }
    // A new entry's token: a random UUID's 128 bits (Qt takes them from the system's source), as hex.
    [[nodiscard]] static QString newToken() { return QUuid::createUuid().toString(QUuid::Id128); }
    // The channel's id of the message sent under `deliveryKey`, spelled as the channel's inbound ids are
    // (an e-mail's Message-ID in angle brackets), so that an answer naming it finds the conversation.
    [[nodiscard]] static QString externalIdFor(Channel channel, const QString &deliveryKey)
    {
        return channel == Channel::Email ? MessageId::bracketed(deliveryKey) : deliveryKey;
    }
};

// What a connector says after trying to deliver one message.
struct DeliveryResult
{
    enum class Outcome {
        Delivered, // handed over now, or found delivered before under the same key
        TemporaryFailure, // try again later (the server did not answer, a mailbox was full)
        PermanentFailure, // trying again will not help (no such address): waits for a person
        // An earlier attempt may have handed it over and cannot tell: sending again might deliver it twice, so
        // it waits for a person to check and send again or mark it sent.
        MayHaveBeenSent,
    };
    Outcome outcome = Outcome::Delivered;
    QString reason; // for a person; empty when delivered
    bool alreadyDelivered = false; // the key was delivered before: nothing was sent this time

    [[nodiscard]] static DeliveryResult delivered(bool before = false) { return { Outcome::Delivered, {}, before }; }
    [[nodiscard]] static DeliveryResult temporaryFailure(const QString &why)
    {
        return { Outcome::TemporaryFailure, why, false };
    }
    [[nodiscard]] static DeliveryResult permanentFailure(const QString &why)
    {
        return { Outcome::PermanentFailure, why, false };
    }
    [[nodiscard]] static DeliveryResult mayHaveBeenSent(const QString &why = {})
    {
        return { Outcome::MayHaveBeenSent, why, false };
    }
};

// One reply still in the outbox (queued, sending or failed), as the outbox list shows it.
struct OutboxEntry
{
    Id id = 0;
    Id interactionId = 0;
    Id conversationId = 0;
    Channel channel = Channel::Email;
    QString customerName;
    QString subject;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString lastError; // the channel's own words, if it gave any
    bool bounced = false; // sent, and the customer's mail server returned it
    bool permanent = false; // the last failure waits for a person's retry
    // An attempt may have reached the customer and nobody can tell (a crash mid-delivery): never sent again by
    // itself; a person checks, then sends it again or marks it sent (failed and permanent too).
    bool maybeSent = false;
    Millis queuedAt = 0;
    Millis nextAttemptAt = 0;
    std::optional<Id> authorId; // who wrote the reply
    std::optional<Id> assigneeId; // whose conversation it is
    // Filled by the service: no connector serves the channel now (the entry waits, nothing is lost).
    bool waitingForConnection = false;
    bool mayRetry = false; // failed, and the actor may send it again
    bool mayResolve = false; // may have been sent, and the actor may send it again or mark it sent
};

} // namespace tandem
