// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/KpiService.h"

#include "services/ReviewAccess.h"
#include "services/ServiceError.h"
#include "storage/AgentRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/KpiRepository.h"
#include "storage/Workspace.h"

namespace tandem {
namespace {

RecordsFilter periodFilter(const KpiQuery &query)
{
    RecordsFilter filter;
    filter.from = query.from;
    filter.to = query.to;
    filter.agentId = query.agentId;
    filter.role = query.role;
    return filter;
}

} // namespace

struct KpiService::Private
{
    explicit Private(Workspace &workspace) : kpis(workspace) { }

    KpiRepository kpis;
};

KpiService::KpiService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &KpiService::changed);
}

KpiService::~KpiService() = default;

QList<Agent> KpiService::agentsFor(const Actor &actor) const
{
    QList<Agent> agents = AgentRepository(m_workspace).all();
    agents.removeIf([&actor](const Agent &agent) {
        return ReviewAccess::reviewsEveryone(actor) ? !agent.active : agent.id != actor.agentId;
    });
    return agents;
}

KpiReport KpiService::report(const Actor &actor, const KpiQuery &query) const
{
    if (query.to <= query.from)
        throw ServiceError(tr("The period ends before it starts."));
    KpiReport report;
    report.query = query;
    report.query.agentId = ReviewAccess::scopedAgent(actor, query.agentId, query.role);
    if (!ReviewAccess::reviewsEveryone(actor))
        report.query.role.reset();
    KpiScope scope;
    scope.from = report.query.from;
    scope.to = report.query.to;
    scope.agentId = report.query.agentId;
    scope.role = report.query.role;
    scope.now = m_clock.now();
    const KpiTally tally = d->kpis.tally(scope);
    report.counts = tally.total;
    report.values = Kpi::evaluate(tally.total);
    report.topCauses = tally.topCauses;
    for (qsizetype i = 0; i < tally.weeks.size(); ++i) {
        KpiWeek week;
        week.start = scope.from + i * Kpi::week;
        week.end = qMin(scope.to, week.start + Kpi::week);
        week.counts = tally.weeks.at(i);
        week.values = Kpi::evaluate(week.counts);
        report.weeks.append(week);
    }
    return report;
}

std::optional<RecordsFilter> KpiService::recordsBehind(KpiMetric metric, const KpiQuery &query)
{
    RecordsFilter filter = periodFilter(query);
    switch (metric) {
    case KpiMetric::Csat:
    case KpiMetric::Nps:
    case KpiMetric::Ces:
        filter.recordType = RecordType::Interaction;
        filter.surveyKind = metric == KpiMetric::Csat ? SurveyKind::Csat
            : metric == KpiMetric::Nps                ? SurveyKind::Nps
                                                      : SurveyKind::Ces;
        return filter;
    case KpiMetric::ChurnRate:
    case KpiMetric::ReplySla: // conversations are not records (yet): the inbox lists them
    case KpiMetric::AnsweredWithArticle:
        return std::nullopt;
    case KpiMetric::FirstResponseTime:
        filter.recordType = RecordType::Interaction;
        filter.kinds = { InteractionKind::Message, InteractionKind::Complaint };
        return filter;
    case KpiMetric::TimeToResolution:
    case KpiMetric::EscalationRate:
    case KpiMetric::SlaCompliance:
    case KpiMetric::ReopenRate:
        filter.recordType = RecordType::Escalation;
        return filter;
    case KpiMetric::ReferralRequests:
    case KpiMetric::ReferralsReceived:
        filter.recordType = RecordType::Interaction;
        filter.kinds = { InteractionKind::Referral };
        filter.direction = metric == KpiMetric::ReferralRequests ? Direction::Outbound : Direction::Inbound;
        return filter;
    }
    return std::nullopt;
}

RecordsFilter KpiService::complaintsWithCause(Id causeId, const KpiQuery &query)
{
    RecordsFilter filter = periodFilter(query);
    filter.recordType = RecordType::Interaction;
    filter.kinds = { InteractionKind::Complaint };
    filter.complaintCauseId = causeId;
    return filter;
}

} // namespace tandem
