// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace tandem {

class Workspace;

// What a merge moved from the duplicate to the customer kept: exactly these rows, so that an unmerge
// can move the same ones back. Stored in the merge's audit entry.
struct CustomerMergeRecord
{
    Id keptId = 0;
    Id mergedId = 0;
    QList<Id> interactions;
    QList<Id> surveyResponses;
    QList<Id> followUps;
    QList<Id> escalations;
    QList<Id> contacts;
    QStringList tagsAdded; // the duplicate's tags the kept customer did not have (the duplicate keeps its own)

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<CustomerMergeRecord> fromJson(const QJsonObject &json);
};

// How much a merge would move, for showing before it is confirmed.
struct CustomerMergePreview
{
    qint64 interactions = 0;
    qint64 surveyResponses = 0;
    qint64 followUps = 0;
    qint64 escalations = 0;
    qint64 contacts = 0;
    QStringList tagsAdded;
};

// Moves a duplicate customer's records to another customer and back. Every call works within the
// caller's transaction; nothing is deleted except tags the merge itself had added.
class CustomerMergeRepository
{
public:
    static constexpr auto mergeAction = u"customer.merge";
    static constexpr auto unmergeAction = u"customer.unmerge";

    explicit CustomerMergeRepository(Workspace &workspace) : m_workspace(workspace) { }

    [[nodiscard]] CustomerMergePreview preview(Id mergedId, Id keptId) const;
    // Moves every record of `mergedId` to `keptId` and copies its tags; returns what moved.
    CustomerMergeRecord moveRecords(Id mergedId, Id keptId);
    // Moves the recorded rows that are still on the kept customer back, and removes the tags the merge
    // added; returns what actually moved back.
    CustomerMergeRecord moveBack(const CustomerMergeRecord &record);
    void setMergedInto(Id customerId, std::optional<Id> keptId, Millis now);
    // The latest merge of `mergedId` recorded in the audit trail, with its entry's id.
    [[nodiscard]] std::optional<std::pair<Id, CustomerMergeRecord>> latestMerge(Id mergedId) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
