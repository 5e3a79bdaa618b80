// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/KpiTarget.h"

#include "domain/SlaPolicy.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tandem {

std::optional<KpiTarget> KpiTargets::targetOf(KpiMetric metric)
{
    const auto target = [metric](double threshold) { return KpiTarget { threshold, Kpi::higherIsBetter(metric) }; };
    switch (metric) {
    case KpiMetric::Csat:
        return target(csatAtLeastPercent);
    case KpiMetric::Nps:
        return target(npsAtLeast);
    case KpiMetric::Ces:
        return target(cesAtMost);
    case KpiMetric::ChurnRate:
        return target(churnRateAtMostPercent);
    case KpiMetric::FirstResponseTime:
        return target(firstResponseAtMostHours);
    case KpiMetric::TimeToResolution:
        return target(timeToResolutionAtMostHours);
    case KpiMetric::EscalationRate:
        return target(escalationRateAtMostPercent);
    case KpiMetric::SlaCompliance:
        return target(slaComplianceAtLeastPercent);
    case KpiMetric::ReplySla:
        return target(replySlaAtLeastPercent);
    case KpiMetric::ReopenRate:
        return target(reopenRateAtMostPercent);
    case KpiMetric::AnsweredWithArticle:
        return target(answeredWithArticleAtLeastPercent);
    case KpiMetric::ReferralRequests:
    case KpiMetric::ReferralsReceived:
        return std::nullopt;
    }
    return std::nullopt;
}

KpiStanding KpiTargets::standingOf(KpiMetric metric, const KpiValues &values)
{
    const std::optional<KpiTarget> target = targetOf(metric);
    if (!target)
        return KpiStanding::NoTarget;
    const std::optional<double> value = Kpi::numberOf(metric, values);
    if (!value)
        return KpiStanding::NoValue;
    return target->isMetBy(*value) ? KpiStanding::Met : KpiStanding::Missed;
}

QString KpiTargets::describe(KpiMetric metric)
{
    const std::optional<KpiTarget> target = targetOf(metric);
    if (!target)
        return {};
    const QLocale locale;
    QString threshold;
    switch (metric) {
    case KpiMetric::Csat:
    case KpiMetric::ChurnRate:
    case KpiMetric::EscalationRate:
    case KpiMetric::SlaCompliance:
    case KpiMetric::ReplySla:
    case KpiMetric::ReopenRate:
    case KpiMetric::AnsweredWithArticle:
        threshold = tr("%1 %").arg(locale.toString(target->threshold, 'f', 0));
        break;
    case KpiMetric::Nps:
        threshold = (target->threshold > 0 ? u"+"_s : QString()) + locale.toString(target->threshold, 'f', 0);
        break;
    case KpiMetric::Ces:
        threshold = locale.toString(target->threshold, 'g', 3);
        break;
    case KpiMetric::FirstResponseTime:
    case KpiMetric::TimeToResolution:
        threshold = SlaPolicy::describeDuration(Millis(target->threshold * 60 * 60 * 1000));
        break;
    case KpiMetric::ReferralRequests:
    case KpiMetric::ReferralsReceived:
        return {};
    }
    return target->higherIsBetter ? tr("Target ≥ %1").arg(threshold) : tr("Target ≤ %1").arg(threshold);
}

} // namespace tandem
