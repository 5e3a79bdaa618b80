// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ReviewService.h"

#include "services/ReviewAccess.h"
#include "services/ServiceError.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/InteractionRepository.h"
#include "storage/QaReviewRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tandem {

struct ReviewService::Private
{
    explicit Private(Workspace &workspace) : reviews(workspace) { }

    QaReviewRepository reviews;
};

ReviewService::ReviewService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &ReviewService::changed);
}

ReviewService::~ReviewService() = default;

Id ReviewService::score(const Actor &actor, Id interactionId, const QaReview &scores)
{
    ReviewAccess::requireLead(actor, tr("Only team leads score interactions."));
    const std::optional<Interaction> interaction = InteractionRepository(m_workspace).find(interactionId);
    if (!interaction)
        throw ServiceError(tr("That entry does not exist."));
    if (!interaction->agentId)
        throw ServiceError(tr("Nobody handled this entry, so there is nobody to give the feedback to."));
    QJsonObject after { { u"interaction"_s, interactionId }, { u"agent"_s, *interaction->agentId } };
    for (const QaCriterion criterion : QaRubric::criteria()) {
        const int value = scores.score(criterion);
        if (value < QaRubric::lowest || value > QaRubric::highest) {
            throw ServiceError(tr("Give “%1” a score from %2 to %3.")
                    .arg(QaRubric::nameOf(criterion))
                    .arg(QaRubric::lowest)
                    .arg(QaRubric::highest));
        }
    }
    const QString comment = scores.comment.trimmed();
    if (comment.size() > maximumCommentLength)
        throw ServiceError(tr("Keep the comment under %1 characters.").arg(maximumCommentLength));

    QaReview review = scores;
    review.interactionId = interactionId;
    review.agentId = *interaction->agentId;
    review.reviewerId = actor.agentId;
    review.comment = comment;
    review.reviewedAt = m_clock.now();
    const QStringList keys { u"listen"_s, u"empathize"_s, u"apologize"_s, u"solve"_s, u"thank"_s, u"accuracy"_s,
        u"tone"_s };
    for (const QaCriterion criterion : QaRubric::criteria())
        after.insert(keys.at(qsizetype(criterion)), review.score(criterion));
    after.insert(u"comment"_s, comment);

    Transaction transaction(m_workspace.database());
    const Id id = d->reviews.insert(review);
    AuditRecord(u"qa.review"_s, u"qa_review"_s, id)
        .at(review.reviewedAt)
        .by(actor.agentId)
        .after(after)
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

QList<QaReview> ReviewService::reviewsOf(const Actor &actor, Id interactionId) const
{
    if (!ReviewAccess::reviewsEveryone(actor)) {
        const std::optional<Interaction> interaction = InteractionRepository(m_workspace).find(interactionId);
        if (!interaction || interaction->agentId != actor.agentId)
            throw PermissionDenied(tr("You can read the feedback on your own records only."));
    }
    return d->reviews.forInteraction(interactionId);
}

std::optional<Interaction> ReviewService::entryToReview(const Actor &actor, Id interactionId) const
{
    std::optional<Interaction> interaction = InteractionRepository(m_workspace).find(interactionId);
    if (!ReviewAccess::reviewsEveryone(actor) && interaction && interaction->agentId != actor.agentId)
        throw PermissionDenied(tr("You can read your own records only."));
    return interaction;
}

} // namespace tandem
