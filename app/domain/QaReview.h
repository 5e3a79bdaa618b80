// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/QaRubric.h"
#include "domain/Records.h"

#include <array>

namespace tandem {

// A team lead's QA score of one interaction, for the agent who handled it. A second review of the same
// interaction is a new record; the newest counts.
struct QaReview
{
    Id id = 0;
    Id interactionId = 0;
    Id agentId = 0; // who handled the interaction
    Id reviewerId = 0; // the team lead
    QString agentName;
    QString reviewerName;
    std::array<int, QaRubric::criterionCount> scores {}; // in QaRubric::criteria() order, each 1-5
    QString comment;
    Millis reviewedAt = 0;

    [[nodiscard]] int score(QaCriterion criterion) const { return scores.at(std::size_t(criterion)); }
    void setScore(QaCriterion criterion, int value) { scores.at(std::size_t(criterion)) = value; }
    [[nodiscard]] double average() const
    {
        int sum = 0;
        for (const int value : scores)
            sum += value;
        return double(sum) / double(scores.size());
    }
};

} // namespace tandem
