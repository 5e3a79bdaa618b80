// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/QaReviewRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto selectReviews = u"SELECT q.id, q.interaction_id, q.agent_id, q.reviewer_id, a.display_name, r.display_name,"
                           " q.listen, q.empathize, q.apologize, q.solve, q.thank, q.accuracy, q.tone, q.comment,"
                           " q.reviewed_at FROM qa_reviews q LEFT JOIN agents a ON a.id = q.agent_id"
                           " LEFT JOIN agents r ON r.id = q.reviewer_id "_s;

QaReview reviewFrom(const Query &query)
{
    QaReview review;
    review.id = query.value(0).toLongLong();
    review.interactionId = query.value(1).toLongLong();
    review.agentId = query.value(2).toLongLong();
    review.reviewerId = query.value(3).toLongLong();
    review.agentName = query.value(4).toString();
    review.reviewerName = query.value(5).toString();
    for (int i = 0; i < QaRubric::criterionCount; ++i)
        review.scores.at(std::size_t(i)) = query.value(6 + i).toInt();
    review.comment = query.value(13).toString();
    review.reviewedAt = query.value(14).toLongLong();
    return review;
}

} // namespace

Id QaReviewRepository::insert(const QaReview &review)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO qa_reviews (interaction_id, agent_id, reviewer_id, listen, empathize, apologize,"
        " solve, thank, accuracy, tone, comment, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { review.interactionId, review.agentId, review.reviewerId, review.score(QaCriterion::Listen),
            review.score(QaCriterion::Empathize), review.score(QaCriterion::Apologize),
            review.score(QaCriterion::Solve), review.score(QaCriterion::Thank), review.score(QaCriterion::Accuracy),
            review.score(QaCriterion::Tone), review.comment, review.reviewedAt });
}

QList<QaReview> QaReviewRepository::forInteraction(Id interactionId) const
{
    Query query(
        m_workspace.database(), selectReviews + u"WHERE q.interaction_id = ? ORDER BY q.id DESC"_s, { interactionId });
    QList<QaReview> reviews;
    while (query.next())
        reviews.append(reviewFrom(query));
    return reviews;
}

} // namespace tandem
