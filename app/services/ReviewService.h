// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/QaReview.h"
#include "services/Actor.h"

#include <QObject>

#include <memory>

namespace tandem {

class Workspace;

// QA review: a team lead scores an interaction on the rubric (QaRubric) with a comment; the agent who
// handled it reads the feedback on their own records.
class ReviewService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximumCommentLength = 4000;

    ReviewService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~ReviewService() override;

    // Team leads only; every score 1-5; audited. The review is for whoever handled the interaction, so
    // an entry without an agent cannot be scored. Returns the review's id.
    Id score(const Actor &actor, Id interactionId, const QaReview &scores);
    // The reviews of one interaction, newest first: for leads, and for the agent who handled it.
    [[nodiscard]] QList<QaReview> reviewsOf(const Actor &actor, Id interactionId) const;
    // The whole entry a review is about (its full text, for reading while scoring): for leads, and for the
    // agent who handled it. None when it is gone.
    [[nodiscard]] std::optional<Interaction> entryToReview(const Actor &actor, Id interactionId) const;

signals:
    void changed();

private:
    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
