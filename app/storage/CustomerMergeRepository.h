// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/CustomerMerge.h"
#include "domain/Records.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace tandem {

class Workspace;

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
