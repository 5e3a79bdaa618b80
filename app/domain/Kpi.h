// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/Enums.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tandem {

// The measures a team lead reviews. Definitions (a period runs from its start, inclusive, to its end,
// exclusive; "the agent's" says how a measure is counted for one agent, and for a role it is the sum over
// the agents of that role):
//
//  CSAT               share of CSAT answers (scale 1-5) that are 4 or 5, in %. The agent's: answers that
//                     came with an interaction the agent handled.
//  NPS                % promoters (9-10) minus % detractors (0-6) among NPS answers (scale 0-10): -100..100.
//  CES                mean customer-effort score (scale 1-7; lower is less effort).
//  Churn rate         customers lost in the period / customers at its start, in %. At the start: customers
//                     (not prospects, not merged away) created before the period and not churned before it;
//                     lost: those of them who churned during it. The agent's: among the customers the agent
//                     had a contact with (see escalation rate) in the 90 days before the period.
//  First response     for each inbound message or complaint, the time until the next outbound interaction
//  time               with the same customer; the mean over those answered. The agent's: responses the
//                     agent sent.
//  Time to            mean time from escalation to resolution, over escalations resolved in the period.
//  resolution         The agent's: escalations the agent created or was assigned.
//  Escalation rate    escalations created / customer contacts (messages, calls and complaints, inbound or
//                     outbound), in %. The agent's: escalations the agent created / contacts the agent handled.
//  SLA compliance     share of escalations whose resolution fell due in the period (and is past) that were
//                     claimed and resolved by their due times, in %. The agent's: created or assigned.
//  Reply SLA          share of the answers conversations owed (the first and every next response) that
//                     fell due in the period and were sent by their due times, in %; an answer still owed
//                     past its due time is a breach. The agent's: answers the agent sent, and those still
//                     owed on conversations assigned to the agent.
//  Reopen rate        share of resolutions in the period that were reopened later, in %. The agent's:
//                     resolutions by the agent.
//  Answered with      share of conversations closed in the period whose replies carried a knowledge-base
//  an article         article (its link, its text or a template's article placeholders), in %; those closed
//                     now count, by when they were closed. The agent's: conversations assigned to the agent.
//  Referrals          referral requests sent (outbound referral interactions) and referrals received
//                     (inbound ones). The agent's received: answers to requests the agent sent (or, when
//                     none is linked, referrals the agent logged).
//
// A measure with nothing to count (no answers, no contacts) has no value rather than zero.
enum class KpiMetric {
    Csat,
    Nps,
    Ces,
    ChurnRate,
    FirstResponseTime,
    TimeToResolution,
    EscalationRate,
    SlaCompliance,
    ReplySla,
    ReopenRate,
    AnsweredWithArticle,
    ReferralRequests,
    ReferralsReceived,
};

// The raw counts the database aggregates; every measure is a pure function of them.
struct KpiCounts
{
    qint64 csatAnswers = 0;
    qint64 csatSatisfied = 0; // answers of 4 or 5
    qint64 npsAnswers = 0;
    qint64 npsPromoters = 0; // 9 or 10
    qint64 npsDetractors = 0; // 0 to 6
    qint64 cesAnswers = 0;
    qint64 cesScoreSum = 0;
    qint64 customersAtStart = 0;
    qint64 customersLost = 0;
    qint64 firstResponses = 0;
    Millis firstResponseTotal = 0;
    qint64 resolutions = 0;
    Millis resolutionTotal = 0;
    qint64 contacts = 0;
    qint64 escalations = 0;
    qint64 slaDue = 0;
    qint64 slaMet = 0;
    // Answers to customers (a conversation's first and each next one) due in the period and decided: sent,
    // or past due. Those not in time are breaches.
    qint64 repliesDue = 0;
    qint64 repliesInTime = 0;
    qint64 nextRepliesDue = 0; // of those, the answers after the first
    qint64 nextRepliesInTime = 0;
    qint64 resolveEvents = 0;
    qint64 reopened = 0;
    qint64 closedConversations = 0;
    qint64 closedWithArticle = 0; // of those, the ones whose replies carried an article
    qint64 referralRequests = 0;
    qint64 referralsReceived = 0;

    bool operator==(const KpiCounts &) const = default;
};

struct KpiValues
{
    std::optional<double> csat; // %
    std::optional<double> nps; // -100..100
    std::optional<double> ces; // 1..7
    std::optional<double> churnRate; // %
    std::optional<Millis> firstResponseTime;
    std::optional<Millis> timeToResolution;
    std::optional<double> escalationRate; // %
    std::optional<double> slaCompliance; // %
    std::optional<double> replySla; // %
    std::optional<double> reopenRate; // %
    std::optional<double> answeredWithArticle; // %
    qint64 referralRequests = 0;
    qint64 referralsReceived = 0;
};

class Kpi
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Kpi)

public:
    static constexpr int csatSatisfiedFrom = 4;
    static constexpr int npsPromoterFrom = 9;
    static constexpr int npsDetractorUpTo = 6;
    // The window before a period whose customers count for an agent's churn.
    static constexpr Millis churnServiceWindow = 90LL * 24 * 60 * 60 * 1000;
    static constexpr Millis week = 7LL * 24 * 60 * 60 * 1000;

    [[nodiscard]] static std::optional<double> csat(qint64 satisfied, qint64 answers);
    [[nodiscard]] static std::optional<double> nps(qint64 promoters, qint64 detractors, qint64 answers);
    [[nodiscard]] static std::optional<double> ces(qint64 scoreSum, qint64 answers);
    [[nodiscard]] static std::optional<double> churnRate(qint64 lost, qint64 atStart);
    // part / whole in %, none when whole is 0.
    [[nodiscard]] static std::optional<double> percent(qint64 part, qint64 whole);
    [[nodiscard]] static std::optional<Millis> meanDuration(Millis total, qint64 count);
    // Whether an escalation kept both promises of its SLA.
    [[nodiscard]] static bool slaMet(
        std::optional<Millis> claimedAt, Millis claimDueAt, std::optional<Millis> resolvedAt, Millis resolveDueAt);

    // Counts one survey answer the way the database does.
    static void addSurveyAnswer(KpiCounts &counts, SurveyKind kind, int score);
    [[nodiscard]] static KpiValues evaluate(const KpiCounts &counts);

    [[nodiscard]] static QList<KpiMetric> metrics();
    // "CSAT", "First response time"
    [[nodiscard]] static QString nameOf(KpiMetric metric);
    // One or two sentences for a tooltip: the definition above in words for a lead.
    [[nodiscard]] static QString definitionOf(KpiMetric metric);
    // The value as a person reads it ("87 %", "+12", "3.4", "2 h 10 min"), or "–" when there is none.
    [[nodiscard]] static QString format(KpiMetric metric, const KpiValues &values);
    // The value as a number for charts (durations in hours), or none.
    [[nodiscard]] static std::optional<double> numberOf(KpiMetric metric, const KpiValues &values);
    // Whether a larger number is better (CES, durations, churn, escalations and reopens: smaller is better).
    [[nodiscard]] static bool higherIsBetter(KpiMetric metric);
};

struct ComplaintCauseCount
{
    Id causeId = 0;
    QString name;
    qint64 complaints = 0;
};

} // namespace tandem
