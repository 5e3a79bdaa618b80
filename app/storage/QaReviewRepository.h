// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/QaReview.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

class QaReviewRepository
{
public:
    explicit QaReviewRepository(Workspace &workspace) : m_workspace(workspace) { }

    Id insert(const QaReview &review);
    // Every review of an interaction, newest first.
    [[nodiscard]] QList<QaReview> forInteraction(Id interactionId) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
