// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/OutgoingMessage.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// The outbox's entries as the sending worker and the outbox list need them. A claim and each outcome are
// single conditional updates: they change an entry only in the state (and with the claim time) the caller
// saw, so of two workers only one ever holds an entry.
class OutboxRepository
{
public:
    explicit OutboxRepository(Workspace &workspace) : m_workspace(workspace) { }

    // The workspace's part of every delivery key (made by the migration that added sending).
    [[nodiscard]] QString keyDomain() const;

    // Moves one due entry for one of `channels` to 'sending' at `now`: a queued one or a failed one whose
    // retry time has come, or one left 'sending' by a claim made at or before `staleBefore`. Returns its
    // id; none when nothing is due or rivals took every candidate.
    std::optional<Id> claim(const QList<Channel> &channels, Millis now, Millis staleBefore);
    // The message to hand to a connector.
    [[nodiscard]] std::optional<OutgoingMessage> message(Id outboxId, const QString &keyDomain) const;
    // The key the entry is delivered under, the same on every attempt (OutgoingMessage::deliveryKeyFor);
    // empty when there is no such entry.
    [[nodiscard]] QString deliveryKey(Id outboxId) const;
    // The outcome of the claim made at `claimedAt`; false when the entry is no longer that claim's (a
    // rival took it over as abandoned).
    bool markSent(Id outboxId, Millis claimedAt, Millis now);
    bool markFailed(Id outboxId, Millis claimedAt, const QString &reason, Millis nextAttemptAt, bool permanent);
    // Commits that the claim made at `claimedAt` is handing its message over now (OutgoingMessage::
    // recordHandOver); false when the entry is no longer that claim's.
    bool recordHandOver(Id outboxId, Millis claimedAt, Millis now);
    // The claim's delivery may have reached the customer and cannot tell: failed for good and marked so, never
    // claimed again until a person decides.
    bool markMaybeSent(Id outboxId, Millis claimedAt, const QString &reason);
    // A person checked an entry that may have been sent and says it was; false when it is not such an entry.
    bool confirmSent(Id outboxId, Millis now);
    // A failed entry queued again for now (a person's retry or "send again", which also forgets an uncertain
    // hand-over); false when it is not failed.
    bool requeue(Id outboxId, Millis now);
    // The sent message of this interaction came back undeliverable: failed for good with `reason`, so it
    // shows on the reply and waits for a person. Its entry's id; none when it has no sent entry.
    std::optional<Id> markBounced(Id interactionId, const QString &reason);

    [[nodiscard]] std::optional<OutboxEntry> entry(Id outboxId) const;
    // Entries not sent yet, oldest first.
    [[nodiscard]] QList<OutboxEntry> waiting(int limit) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
