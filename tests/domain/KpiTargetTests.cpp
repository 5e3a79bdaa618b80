// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/KpiTarget.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis minute = 60 * 1000;

} // namespace

TEST_CASE("each KPI with a target stands met or missed from the better side", "[frontline][review][domain]")
{
    for (const KpiMetric metric : Kpi::metrics()) {
        const std::optional<KpiTarget> target = KpiTargets::targetOf(metric);
        const bool counted = metric == KpiMetric::ReferralRequests || metric == KpiMetric::ReferralsReceived;
        CHECK(target.has_value() == !counted);
        CHECK(KpiTargets::describe(metric).isEmpty() == counted);
        if (target)
            CHECK(target->higherIsBetter == Kpi::higherIsBetter(metric));
    }

    KpiValues values;
    values.csat = 84.9;
    values.nps = 30;
    values.ces = 3.4;
    values.churnRate = 5;
    values.firstResponseTime = 59 * minute;
    values.timeToResolution = 25 * 60 * minute;
    values.escalationRate = 10.1;
    values.slaCompliance = 96;
    CHECK(KpiTargets::standingOf(KpiMetric::Csat, values) == KpiStanding::Missed);
    CHECK(KpiTargets::standingOf(KpiMetric::Nps, values) == KpiStanding::Met); // on the line counts as met
    CHECK(KpiTargets::standingOf(KpiMetric::Ces, values) == KpiStanding::Missed); // lower is better
    CHECK(KpiTargets::standingOf(KpiMetric::ChurnRate, values) == KpiStanding::Met);
    CHECK(KpiTargets::standingOf(KpiMetric::FirstResponseTime, values) == KpiStanding::Met);
    CHECK(KpiTargets::standingOf(KpiMetric::TimeToResolution, values) == KpiStanding::Missed);
    CHECK(KpiTargets::standingOf(KpiMetric::EscalationRate, values) == KpiStanding::Missed);
    CHECK(KpiTargets::standingOf(KpiMetric::SlaCompliance, values) == KpiStanding::Met);
    CHECK(KpiTargets::standingOf(KpiMetric::ReopenRate, values) == KpiStanding::NoValue);
    CHECK(KpiTargets::standingOf(KpiMetric::ReferralRequests, values) == KpiStanding::NoTarget);
}

TEST_CASE("a KPI target reads with its direction and unit", "[frontline][review][domain]")
{
    CHECK(KpiTargets::describe(KpiMetric::Csat) == u"Target ≥ 85 %"_s);
    CHECK(KpiTargets::describe(KpiMetric::Ces) == u"Target ≤ 3"_s);
    CHECK(KpiTargets::describe(KpiMetric::Nps) == u"Target ≥ +30"_s);
    CHECK(KpiTargets::describe(KpiMetric::FirstResponseTime) == u"Target ≤ 1 h"_s);
}
