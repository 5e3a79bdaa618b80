// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"
#include "domain/TimelinePage.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

class InteractionRepository
{
public:
    // Characters of the body a timeline page carries; the whole body comes with find().
    static constexpr int previewLength = 2000;

    explicit InteractionRepository(Workspace &workspace) : m_workspace(workspace) { }

    // One page of a customer's timeline, newest first, strictly older than `after`.
    [[nodiscard]] InteractionPage pageForCustomer(
        Id customerId, const std::optional<TimelineCursor> &after, int limit) const
    {
        return pageForCustomer(customerId, TimelineFilter {}, after, limit);
    }
    [[nodiscard]] InteractionPage pageForCustomer(
        Id customerId, const TimelineFilter &filter, const std::optional<TimelineCursor> &after, int limit) const;
    // Events of the customer stored at or after `createdSince` (by any desk), newest first, at most
    // `limit`: what a live timeline adds on a change notification.
    [[nodiscard]] QList<Interaction> storedSince(
        Id customerId, const TimelineFilter &filter, Millis createdSince, int limit) const;
    [[nodiscard]] std::optional<Interaction> find(Id id) const;
    // The newest `limit` messages of a conversation, oldest first, bodies whole.
    [[nodiscard]] QList<Interaction> inConversation(Id conversationId, int limit) const;
    [[nodiscard]] qint64 countForCustomer(Id customerId) const { return countForCustomer(customerId, {}); }
    // How many of the customer's events the filter lets through.
    [[nodiscard]] qint64 countForCustomer(Id customerId, const TimelineFilter &filter) const;
    Id insert(const Interaction &interaction, Millis createdAt);
    Id insertSurveyResponse(const SurveyResponse &response);
    // Marks an interaction as superseded by its correction; false when another correction came first.
    bool markSuperseded(Id id, Id correctionId);
    // The survey answers recorded with one interaction, recorded again with its correction.
    void copySurveyResponses(Id fromInteractionId, Id toInteractionId);
    // The causes a complaint can be filed under, by name; the team adds more as it learns.
    [[nodiscard]] QList<std::pair<Id, QString>> complaintCauses() const;
    [[nodiscard]] std::optional<Id> findComplaintCause(const QString &name) const;
    Id addComplaintCause(const QString &name);

private:
    Workspace &m_workspace;
};

} // namespace tandem
