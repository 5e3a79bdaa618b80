// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Kpi.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tandem {

// Where a measure should be: a threshold in the units of Kpi::numberOf (durations in hours), reached from
// the better side as Kpi::higherIsBetter says. A value on the threshold meets it.
struct KpiTarget
{
    double threshold = 0;
    bool higherIsBetter = true;

    [[nodiscard]] bool isMetBy(double value) const { return higherIsBetter ? value >= threshold : value <= threshold; }
};

enum class KpiStanding {
    NoTarget, // the measure has no target (referral counts)
    NoValue, // nothing to count in the period
    Met,
    Missed,
};

// The team's default targets, one named constant each, and how a period's value stands against them.
class KpiTargets
{
    Q_DECLARE_TR_FUNCTIONS(tandem::KpiTargets)

public:
    static constexpr double csatAtLeastPercent = 85;
    static constexpr double npsAtLeast = 30;
    static constexpr double cesAtMost = 3;
    static constexpr double churnRateAtMostPercent = 5;
    static constexpr double firstResponseAtMostHours = 1;
    // The resolution promise of a high-severity (S2) escalation; critical ones promise less, minor ones more.
    static constexpr double timeToResolutionAtMostHours = 24;
    static constexpr double escalationRateAtMostPercent = 10;
    static constexpr double slaComplianceAtLeastPercent = 95;
    static constexpr double replySlaAtLeastPercent = 90;
    static constexpr double reopenRateAtMostPercent = 5;
    // A team whose knowledge base answers the recurring questions links it in a good part of its answers.
    static constexpr double answeredWithArticleAtLeastPercent = 25;

    [[nodiscard]] static std::optional<KpiTarget> targetOf(KpiMetric metric);
    [[nodiscard]] static KpiStanding standingOf(KpiMetric metric, const KpiValues &values);
    // "Target ≥ 85 %", "Target ≤ 1 h"; empty when the measure has none.
    [[nodiscard]] static QString describe(KpiMetric metric);
};

} // namespace tandem
