// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/TimelineService.h"

#include "domain/EntryCorrection.h"
#include "domain/SurveyReply.h"
#include "services/ArticleUse.h"
#include "services/ServiceError.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QString readOnlyRefusal()
{
    return TimelineService::tr("This workspace is open read-only; entries cannot be corrected in it.");
}

} // namespace

struct TimelineService::Private
{
    explicit Private(Workspace &workspace) : interactions(workspace) { }

    InteractionRepository interactions;
};

TimelineService::TimelineService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &TimelineService::changed);
}

TimelineService::~TimelineService() = default;

InteractionPage TimelineService::page(
    Id customerId, const TimelineFilter &filter, const std::optional<TimelineCursor> &after, int limit) const
{
    return d->interactions.pageForCustomer(customerId, filter, after, qBound(1, limit, 1000));
}

QList<Interaction> TimelineService::storedSince(
    Id customerId, const TimelineFilter &filter, Millis since, int limit) const
{
    return d->interactions.storedSince(customerId, filter, since, qBound(1, limit, 5000));
}

qint64 TimelineService::eventCount(Id customerId, const TimelineFilter &filter) const
{
    return d->interactions.countForCustomer(customerId, filter);
}

std::optional<Interaction> TimelineService::interaction(Id id) const
{
    return d->interactions.find(id);
}

std::pair<int, int> TimelineService::scaleOf(SurveyKind kind)
{
    return SurveyReply::scaleOf(kind);
}

Id TimelineService::logInteraction(const Actor &actor, Interaction interaction,
    const std::optional<SurveyResponse> &survey, const QList<ArticleUse> &articles)
{
    if (!CustomerRepository(m_workspace).find(interaction.customerId))
        throw ServiceError(tr("That customer does not exist (any more)."));
    if (interaction.kind == InteractionKind::Complaint && !interaction.complaintCauseId)
        throw ServiceError(tr("A complaint needs a cause, so the team can see which causes come up most."));
    if (survey) {
        const auto [lowest, highest] = scaleOf(survey->kind);
        if (survey->score < lowest || survey->score > highest) {
            throw ServiceError(
                tr("A %1 score goes from %2 to %3.").arg(displayName(survey->kind)).arg(lowest).arg(highest));
        }
    }
    const Millis now = m_clock.now();
    interaction.agentId = actor.agentId;
    if (interaction.occurredAt == 0)
        interaction.occurredAt = now;

    Transaction transaction(m_workspace.database());
    const Id id = d->interactions.insert(interaction, now);
    QJsonObject after { { u"customer"_s, interaction.customerId }, { u"kind"_s, keyOf(interaction.kind) },
        { u"channel"_s, keyOf(interaction.channel) }, { u"subject"_s, interaction.subject } };
    if (survey) {
        SurveyResponse response = *survey;
        response.customerId = interaction.customerId;
        response.interactionId = id;
        response.answeredAt = interaction.occurredAt;
        d->interactions.insertSurveyResponse(response);
        after.insert(u"survey"_s, keyOf(response.kind));
        after.insert(u"score"_s, response.score);
    }
    if (interaction.direction == Direction::Outbound) {
        const QJsonArray used = recordArticleUses(m_workspace, actor, articles, id, interaction.conversationId,
            interaction.subject + u'\n' + interaction.body, now);
        if (!used.isEmpty())
            after.insert(u"articles"_s, used);
    }
    AuditRecord(u"interaction.log"_s, u"interaction"_s, id)
        .at(now)
        .by(actor.agentId)
        .after(after)
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

std::optional<QString> TimelineService::correctionRefusal(const Actor &actor, const Interaction &entry) const
{
    if (m_workspace.isReadOnly())
        return readOnlyRefusal();
    if (entry.supersededBy)
        return tr("This entry has been corrected already; correct its correction (the newer entry) instead.");
    if (actor.role == Role::TeamLead)
        return std::nullopt;
    if (entry.agentId != actor.agentId)
        return tr("Only the person who logged an entry, or a team lead, may correct it.");
    if (m_clock.now() - entry.createdAt > ownEntryCorrectionWindow) {
        const auto hours = int(ownEntryCorrectionWindow / (60 * 60 * 1000));
        return tr("You can correct your own entries for %1 hours after logging them; ask a team lead to correct "
                  "this one.")
            .arg(hours);
    }
    return std::nullopt;
}

Id TimelineService::correctInteraction(const Actor &actor, Id interactionId, const Interaction &corrected)
{
    if (m_workspace.isReadOnly())
        throw PermissionDenied(readOnlyRefusal());
    // Read inside the transaction, so two desks correcting the same entry do not both pass the checks.
    Transaction transaction(m_workspace.database());
    const std::optional<Interaction> old = d->interactions.find(interactionId);
    if (!old)
        throw ServiceError(tr("That entry does not exist (any more)."));
    if (const std::optional<QString> refusal = correctionRefusal(actor, *old))
        throw PermissionDenied(*refusal);
    Interaction correction = *old;
    correction.kind = corrected.kind;
    correction.channel = corrected.channel;
    correction.direction = corrected.direction;
    correction.subject = corrected.subject.trimmed();
    correction.body = corrected.body;
    correction.complaintCauseId
        = corrected.kind == InteractionKind::Complaint ? corrected.complaintCauseId : std::nullopt;
    if (correction.kind == InteractionKind::Complaint && !correction.complaintCauseId)
        throw ServiceError(tr("A complaint needs a cause, so the team can see which causes come up most."));
    if (correction.subject.isEmpty() && correction.body.trimmed().isEmpty())
        throw ServiceError(tr("A correction needs a subject or some text."));
    if (correction.kind == old->kind && correction.channel == old->channel && correction.direction == old->direction
        && correction.subject == old->subject && correction.body == old->body
        && correction.complaintCauseId == old->complaintCauseId) {
        throw ServiceError(tr("The correction is the same as the entry; change something first."));
    }
    // The correction is the current record of what happened then; who corrected it is in the audit trail.
    correction.correctsId = old->id;
    correction.supersededBy.reset();

    const Millis now = m_clock.now();
    const Id id = d->interactions.insert(correction, now);
    if (!d->interactions.markSuperseded(old->id, id))
        throw ServiceError(tr("Someone corrected this entry at the same moment; correct their correction instead."));
    if (old->kind == InteractionKind::Feedback && correction.kind == InteractionKind::Feedback)
        d->interactions.copySurveyResponses(old->id, id);
    const auto stateOf = [](const Interaction &entry) {
        return QJsonObject { { u"kind"_s, keyOf(entry.kind) }, { u"channel"_s, keyOf(entry.channel) },
            { u"direction"_s, keyOf(entry.direction) }, { u"subject"_s, entry.subject } };
    };
    QJsonObject after = stateOf(correction);
    after.insert(u"customer"_s, correction.customerId);
    after.insert(u"corrects"_s, old->id);
    AuditRecord(u"interaction.correct"_s, u"interaction"_s, id)
        .at(now)
        .by(actor.agentId)
        .after(after)
        .appendTo(m_workspace);
    AuditRecord(u"interaction.supersede"_s, u"interaction"_s, old->id)
        .at(now)
        .by(actor.agentId)
        .before(stateOf(*old))
        .after({ { u"superseded_by"_s, id } })
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

QList<std::pair<Id, QString>> TimelineService::complaintCauses() const
{
    return d->interactions.complaintCauses();
}

Id TimelineService::addComplaintCause(const Actor &actor, const QString &name)
{
    const QString cause = name.simplified();
    if (cause.isEmpty() || cause.size() > 80)
        throw ServiceError(tr("A complaint cause needs a short name (up to 80 characters)."));
    if (const std::optional<Id> existing = d->interactions.findComplaintCause(cause))
        return *existing;
    Transaction transaction(m_workspace.database());
    const Id id = d->interactions.addComplaintCause(cause);
    AuditRecord(u"complaint_cause.add"_s, u"complaint_cause"_s, id)
        .at(m_clock.now())
        .by(actor.agentId)
        .after({ { u"name"_s, cause } })
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

} // namespace tandem
