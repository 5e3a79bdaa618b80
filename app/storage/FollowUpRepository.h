// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/FollowUpPage.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

class FollowUpRepository
{
public:
    explicit FollowUpRepository(Workspace &workspace) : m_workspace(workspace) { }

    Id insert(const FollowUp &followUp, Millis createdAt);
    [[nodiscard]] std::optional<FollowUpItem> find(Id id) const;
    // Sets the done time of an open follow-up; false when it was already done.
    bool markDone(Id id, Millis doneAt);
    // The agent's open follow-ups, earliest due first, strictly after `after`.
    [[nodiscard]] FollowUpPage openForAgent(Id agentId, const std::optional<FollowUpCursor> &after, int limit) const;
    // A customer's open follow-ups (whoever has them), earliest due first.
    [[nodiscard]] QList<FollowUpItem> openForCustomer(Id customerId, int limit) const;
    [[nodiscard]] qint64 openCountForAgent(Id agentId) const;
    [[nodiscard]] qint64 overdueCountForAgent(Id agentId, Millis now) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
