// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Kpi.h"

#include "domain/SlaPolicy.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tandem {

std::optional<double> Kpi::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

std::optional<double> Kpi::csat(qint64 satisfied, qint64 answers)
{
    return percent(satisfied, answers);
}

std::optional<double> Kpi::nps(qint64 promoters, qint64 detractors, qint64 answers)
{
    if (answers <= 0)
        return std::nullopt;
    return 100.0 * double(promoters - detractors) / double(answers);
}

std::optional<double> Kpi::ces(qint64 scoreSum, qint64 answers)
{
    if (answers <= 0)
        return std::nullopt;
    return double(scoreSum) / double(answers);
}

std::optional<double> Kpi::churnRate(qint64 lost, qint64 atStart)
{
    return percent(lost, atStart);
}

std::optional<Millis> Kpi::meanDuration(Millis total, qint64 count)
{
    if (count <= 0)
        return std::nullopt;
    return Millis(std::llround(double(total) / double(count)));
}

bool Kpi::slaMet(
    std::optional<Millis> claimedAt, Millis claimDueAt, std::optional<Millis> resolvedAt, Millis resolveDueAt)
{
    return claimedAt && *claimedAt <= claimDueAt && resolvedAt && *resolvedAt <= resolveDueAt;
}

void Kpi::addSurveyAnswer(KpiCounts &counts, SurveyKind kind, int score)
{
    switch (kind) {
    case SurveyKind::Csat:
        ++counts.csatAnswers;
        if (score >= csatSatisfiedFrom)
            ++counts.csatSatisfied;
        return;
    case SurveyKind::Nps:
        ++counts.npsAnswers;
        if (score >= npsPromoterFrom)
            ++counts.npsPromoters;
        else if (score <= npsDetractorUpTo)
            ++counts.npsDetractors;
        return;
    case SurveyKind::Ces:
        ++counts.cesAnswers;
        counts.cesScoreSum += score;
        return;
    }
}

KpiValues Kpi::evaluate(const KpiCounts &counts)
{
    KpiValues values;
    values.csat = csat(counts.csatSatisfied, counts.csatAnswers);
    values.nps = nps(counts.npsPromoters, counts.npsDetractors, counts.npsAnswers);
    values.ces = ces(counts.cesScoreSum, counts.cesAnswers);
    values.churnRate = churnRate(counts.customersLost, counts.customersAtStart);
    values.firstResponseTime = meanDuration(counts.firstResponseTotal, counts.firstResponses);
    values.timeToResolution = meanDuration(counts.resolutionTotal, counts.resolutions);
    values.escalationRate = percent(counts.escalations, counts.contacts);
    values.slaCompliance = percent(counts.slaMet, counts.slaDue);
    values.replySla = percent(counts.repliesInTime, counts.repliesDue);
    values.reopenRate = percent(counts.reopened, counts.resolveEvents);
    values.answeredWithArticle = percent(counts.closedWithArticle, counts.closedConversations);
    values.referralRequests = counts.referralRequests;
    values.referralsReceived = counts.referralsReceived;
    return values;
}

QList<KpiMetric> Kpi::metrics()
{
    return { KpiMetric::Csat, KpiMetric::Nps, KpiMetric::Ces, KpiMetric::ChurnRate, KpiMetric::FirstResponseTime,
        KpiMetric::TimeToResolution, KpiMetric::EscalationRate, KpiMetric::SlaCompliance, KpiMetric::ReplySla,
        KpiMetric::ReopenRate, KpiMetric::AnsweredWithArticle, KpiMetric::ReferralRequests,
        KpiMetric::ReferralsReceived };
}

QString Kpi::nameOf(KpiMetric metric)
{
    switch (metric) {
    case KpiMetric::Csat:
        return tr("CSAT");
    case KpiMetric::Nps:
        return tr("NPS");
    case KpiMetric::Ces:
        return tr("CES");
    case KpiMetric::ChurnRate:
        return tr("Churn rate");
    case KpiMetric::FirstResponseTime:
        return tr("First response time");
    case KpiMetric::TimeToResolution:
        return tr("Time to resolution");
    case KpiMetric::EscalationRate:
        return tr("Escalation rate");
    case KpiMetric::SlaCompliance:
        return tr("SLA compliance");
    case KpiMetric::ReplySla:
        return tr("Reply SLA");
    case KpiMetric::ReopenRate:
        return tr("Reopen rate");
    case KpiMetric::AnsweredWithArticle:
        return tr("Answered with an article");
    case KpiMetric::ReferralRequests:
        return tr("Referral requests sent");
    case KpiMetric::ReferralsReceived:
        return tr("Referrals received");
    }
    return {};
}

QString Kpi::definitionOf(KpiMetric metric)
{
    switch (metric) {
    case KpiMetric::Csat:
        return tr("Share of satisfaction answers (1-5) that are 4 or 5.");
    case KpiMetric::Nps:
        return tr("Net Promoter Score: % of promoters (9-10) minus % of detractors (0-6) among answers on the "
                  "0-10 scale.");
    case KpiMetric::Ces:
        return tr("Customer Effort Score: the mean answer on the 1-7 scale; lower means less effort.");
    case KpiMetric::ChurnRate:
        return tr("Customers lost in the period divided by the customers at its start. For an agent: among the "
                  "customers they served in the 90 days before.");
    case KpiMetric::FirstResponseTime:
        return tr("Mean time from an inbound message or complaint to the next outbound reply to that customer.");
    case KpiMetric::TimeToResolution:
        return tr("Mean time from escalation to resolution, for escalations resolved in the period.");
    case KpiMetric::EscalationRate:
        return tr("Escalations created per customer contact (messages, calls and complaints).");
    case KpiMetric::SlaCompliance:
        return tr("Share of escalations due in the period that were claimed and resolved in time.");
    case KpiMetric::ReplySla:
        return tr("Share of answers to customers (first and next responses) due in the period that were sent in "
                  "time; an answer still owed past its due time is a breach.");
    case KpiMetric::ReopenRate:
        return tr("Share of resolutions in the period that had to be reopened.");
    case KpiMetric::AnsweredWithArticle:
        return tr("Share of conversations closed in the period whose replies carried a knowledge-base article "
                  "(its link, its text or a template's article placeholders).");
    case KpiMetric::ReferralRequests:
        return tr("Messages asking a customer to recommend us.");
    case KpiMetric::ReferralsReceived:
        return tr("Referrals customers made, credited to whoever asked for them.");
    }
    return {};
}

std::optional<double> Kpi::numberOf(KpiMetric metric, const KpiValues &values)
{
    constexpr double hour = 60.0 * 60.0 * 1000.0;
    switch (metric) {
    case KpiMetric::Csat:
        return values.csat;
    case KpiMetric::Nps:
        return values.nps;
    case KpiMetric::Ces:
        return values.ces;
    case KpiMetric::ChurnRate:
        return values.churnRate;
    case KpiMetric::FirstResponseTime:
        return values.firstResponseTime ? std::optional(double(*values.firstResponseTime) / hour) : std::nullopt;
    case KpiMetric::TimeToResolution:
        return values.timeToResolution ? std::optional(double(*values.timeToResolution) / hour) : std::nullopt;
    case KpiMetric::EscalationRate:
        return values.escalationRate;
    case KpiMetric::SlaCompliance:
        return values.slaCompliance;
    case KpiMetric::ReplySla:
        return values.replySla;
    case KpiMetric::ReopenRate:
        return values.reopenRate;
    case KpiMetric::AnsweredWithArticle:
        return values.answeredWithArticle;
    case KpiMetric::ReferralRequests:
        return double(values.referralRequests);
    case KpiMetric::ReferralsReceived:
        return double(values.referralsReceived);
    }
    return std::nullopt;
}

QString Kpi::format(KpiMetric metric, const KpiValues &values)
{
    QString none = u"–"_s;
    const QLocale locale;
    const auto percentText = [&](const std::optional<double> &value, int decimals) {
        return value ? tr("%1 %").arg(locale.toString(*value, 'f', decimals)) : none;
    };
    switch (metric) {
    case KpiMetric::Csat:
        return percentText(values.csat, 0);
    case KpiMetric::SlaCompliance:
        return percentText(values.slaCompliance, 0);
    case KpiMetric::ReplySla:
        return percentText(values.replySla, 0);
    case KpiMetric::AnsweredWithArticle:
        return percentText(values.answeredWithArticle, 0);
    case KpiMetric::ChurnRate:
    case KpiMetric::EscalationRate:
    case KpiMetric::ReopenRate:
        return percentText(metric == KpiMetric::ChurnRate ? values.churnRate
                : metric == KpiMetric::EscalationRate     ? values.escalationRate
                                                          : values.reopenRate,
            1);
    case KpiMetric::Nps:
        if (!values.nps)
            return none;
        return (*values.nps > 0 ? u"+"_s : QString()) + locale.toString(*values.nps, 'f', 0);
    case KpiMetric::Ces:
        return values.ces ? locale.toString(*values.ces, 'f', 1) : none;
    case KpiMetric::FirstResponseTime:
        return values.firstResponseTime ? SlaPolicy::describeDuration(*values.firstResponseTime) : none;
    case KpiMetric::TimeToResolution:
        return values.timeToResolution ? SlaPolicy::describeDuration(*values.timeToResolution) : none;
    case KpiMetric::ReferralRequests:
        return locale.toString(values.referralRequests);
    case KpiMetric::ReferralsReceived:
        return locale.toString(values.referralsReceived);
    }
    return none;
}

bool Kpi::higherIsBetter(KpiMetric metric)
{
    switch (metric) {
    case KpiMetric::Csat:
    case KpiMetric::Nps:
    case KpiMetric::SlaCompliance:
    case KpiMetric::ReplySla:
    case KpiMetric::AnsweredWithArticle:
    case KpiMetric::ReferralRequests:
    case KpiMetric::ReferralsReceived:
        return true;
    case KpiMetric::Ces:
    case KpiMetric::ChurnRate:
    case KpiMetric::FirstResponseTime:
    case KpiMetric::TimeToResolution:
    case KpiMetric::EscalationRate:
    case KpiMetric::ReopenRate:
        return false;
    }
    return true;
}

} // namespace tandem
