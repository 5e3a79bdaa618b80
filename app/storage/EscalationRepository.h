// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/EscalationRecords.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

// Which escalations a queue shows; unset parts do not filter.
struct EscalationFilter
{
    std::optional<Id> customerId;
    std::optional<Id> assignedTo;
    std::optional<Id> createdBy;
    std::optional<Id> conversationId; // escalated from this conversation
    bool unclaimedOnly = false; // nobody assigned yet
    std::optional<EscalationCategory> category;
    std::optional<Severity> severity;
    QList<EscalationState> states; // empty: every state
    QString search; // as typed: the number, or part of the customer's name or the summary
};

// Escalations, their history, attachments and linked interactions. Writes happen inside the caller's
// transaction; the service decides whether they are allowed.
class EscalationRepository
{
public:
    explicit EscalationRepository(Workspace &workspace) : m_workspace(workspace) { }

    // One page of a queue ordered by SLA due time, then id, strictly after `after` (keyset paging).
    [[nodiscard]] EscalationPage page(
        const EscalationFilter &filter, const std::optional<EscalationCursor> &after, int limit) const;
    [[nodiscard]] qint64 count(const EscalationFilter &filter) const;
    [[nodiscard]] std::optional<EscalationListItem> find(Id id) const;
    // What search_text holds for an escalation: its summary folded as every search box folds.
    [[nodiscard]] static QString searchTextOf(const QString &summary);

    // Stores a new escalation (its version starts at 1), made from the conversation if one is given, and
    // returns its id.
    Id insert(const Escalation &escalation, std::optional<Id> conversationId = std::nullopt);
    // The conversation the escalation was made from.
    [[nodiscard]] std::optional<Id> conversationOf(Id escalationId) const;
    // Links the conversation to an escalation that has none yet; false when it already has one.
    bool linkConversation(Id escalationId, Id conversationId);
    // Writes every changeable field and bumps the version, but only if the stored version is still
    // `expectedVersion`; false when someone else changed the row first (nothing is written then).
    [[nodiscard]] bool update(const Escalation &escalation, int expectedVersion);

    Id addEvent(const EscalationEvent &event);
    [[nodiscard]] QList<EscalationEvent> events(Id escalationId) const;
    Id addAttachment(const EscalationAttachment &attachment);
    [[nodiscard]] QList<EscalationAttachment> attachments(Id escalationId) const;
    void linkInteraction(Id escalationId, Id interactionId);
    [[nodiscard]] QList<Id> linkedInteractionIds(Id escalationId) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
