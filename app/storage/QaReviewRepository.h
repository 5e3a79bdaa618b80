// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/QaReview.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

struct QaReviewPage
{
    QList<QaReview> reviews; // newest first
    std::optional<Id> next; // pass back as `before`
};

class QaReviewRepository
{
public:
    explicit QaReviewRepository(Workspace &workspace) : m_workspace(workspace) { }

    Id insert(const QaReview &review);
    // Every review of an interaction, newest first.
    [[nodiscard]] QList<QaReview> forInteraction(Id interactionId) const;
    // Reviews of one agent's work, newest first, keyset-paged by id.
    [[nodiscard]] QaReviewPage forAgent(Id agentId, const std::optional<Id> &before, int limit) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
