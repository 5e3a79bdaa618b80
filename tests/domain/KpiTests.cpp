// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Csv.h"
#include "domain/Kpi.h"

#include <QLocale>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Approx;

namespace {

constexpr Millis minute = 60 * 1000;

// A small, hand-counted week of a team: the answers, contacts and escalations below, and what each measure
// must come to (worked out on paper in the comments).
KpiCounts handCountedWeek()
{
    KpiCounts counts;
    // CSAT 5 4 4 3 2 1 5 5 4 3: satisfied (4 or 5) are 5 4 4 5 5 4 = 6 of 10.
    for (const int score : { 5, 4, 4, 3, 2, 1, 5, 5, 4, 3 })
        Kpi::addSurveyAnswer(counts, SurveyKind::Csat, score);
    // NPS 10 9 9 8 7 6 3 0 10 5 9 10: promoters 10 9 9 10 9 10 = 6, passives 8 7 = 2, detractors 6 3 0 5 = 4.
    for (const int score : { 10, 9, 9, 8, 7, 6, 3, 0, 10, 5, 9, 10 })
        Kpi::addSurveyAnswer(counts, SurveyKind::Nps, score);
    // CES 2 3 5 1 4 6 = 21 over 6 answers.
    for (const int score : { 2, 3, 5, 1, 4, 6 })
        Kpi::addSurveyAnswer(counts, SurveyKind::Ces, score);
    counts.customersAtStart = 160;
    counts.customersLost = 4;
    // First responses after 10, 20, 45 and 5 minutes.
    counts.firstResponses = 4;
    counts.firstResponseTotal = (10 + 20 + 45 + 5) * minute;
    // Three escalations resolved after 2 h, 3 h and 7 h.
    counts.resolutions = 3;
    counts.resolutionTotal = (2 + 3 + 7) * 60 * minute;
    counts.contacts = 250;
    counts.escalations = 10;
    counts.slaDue = 8;
    counts.slaMet = 6;
    counts.resolveEvents = 5;
    counts.reopened = 1;
    counts.referralRequests = 7;
    counts.referralsReceived = 2;
    return counts;
}

} // namespace

TEST_CASE("each KPI comes to the number worked out by hand", "[review][domain]")
{
    const KpiCounts counts = handCountedWeek();
    CHECK(counts.csatAnswers == 10);
    CHECK(counts.csatSatisfied == 6);
    CHECK(counts.npsAnswers == 12);
    CHECK(counts.npsPromoters == 6);
    CHECK(counts.npsDetractors == 4);
    CHECK(counts.cesAnswers == 6);
    CHECK(counts.cesScoreSum == 21);

    const KpiValues values = Kpi::evaluate(counts);
    CHECK(*values.csat == Approx(60.0)); // 6 / 10
    CHECK(*values.nps == Approx(100.0 * 2 / 12)); // (6 - 4) / 12 = +16.7
    CHECK(*values.ces == Approx(3.5)); // 21 / 6
    CHECK(*values.churnRate == Approx(2.5)); // 4 / 160
    CHECK(*values.firstResponseTime == 20 * minute); // 80 min / 4
    CHECK(*values.timeToResolution == 4 * 60 * minute); // 12 h / 3
    CHECK(*values.escalationRate == Approx(4.0)); // 10 / 250
    CHECK(*values.slaCompliance == Approx(75.0)); // 6 / 8
    CHECK(*values.reopenRate == Approx(20.0)); // 1 / 5
    CHECK(values.referralRequests == 7);
    CHECK(values.referralsReceived == 2);
}

TEST_CASE("a KPI with nothing to count has no value, not zero", "[review][domain]")
{
    const KpiValues values = Kpi::evaluate(KpiCounts {});
    CHECK_FALSE(values.csat.has_value());
    CHECK_FALSE(values.nps.has_value());
    CHECK_FALSE(values.ces.has_value());
    CHECK_FALSE(values.churnRate.has_value());
    CHECK_FALSE(values.firstResponseTime.has_value());
    CHECK_FALSE(values.timeToResolution.has_value());
    CHECK_FALSE(values.escalationRate.has_value());
    CHECK_FALSE(values.slaCompliance.has_value());
    CHECK_FALSE(values.reopenRate.has_value());
    CHECK(Kpi::format(KpiMetric::Csat, values) == u"–"_s);
    // A period with detractors only is a real -100, not "nothing".
    CHECK(*Kpi::nps(0, 3, 3) == Approx(-100.0));
    CHECK(*Kpi::csat(0, 4) == Approx(0.0));
}

TEST_CASE("the survey scales split where the definitions say", "[review][domain]")
{
    KpiCounts counts;
    for (int score = 1; score <= 5; ++score)
        Kpi::addSurveyAnswer(counts, SurveyKind::Csat, score);
    CHECK(counts.csatSatisfied == 2); // 4 and 5
    for (int score = 0; score <= 10; ++score)
        Kpi::addSurveyAnswer(counts, SurveyKind::Nps, score);
    CHECK(counts.npsPromoters == 2); // 9 and 10
    CHECK(counts.npsDetractors == 7); // 0 to 6
    CHECK(*Kpi::evaluate(counts).nps == Approx(100.0 * (2 - 7) / 11));
}

TEST_CASE("an escalation keeps its SLA only when claimed and resolved in time", "[review][domain]")
{
    CHECK(Kpi::slaMet(100, 100, 500, 500));
    CHECK_FALSE(Kpi::slaMet(101, 100, 400, 500)); // claimed late
    CHECK_FALSE(Kpi::slaMet(50, 100, 501, 500)); // resolved late
    CHECK_FALSE(Kpi::slaMet(50, 100, std::nullopt, 500));
    CHECK_FALSE(Kpi::slaMet(std::nullopt, 100, std::nullopt, 500));
}

TEST_CASE("KPI values read as a person expects", "[review][domain]")
{
    QLocale::setDefault(QLocale::c());
    const KpiValues values = Kpi::evaluate(handCountedWeek());
    CHECK(Kpi::format(KpiMetric::Csat, values) == u"60 %"_s);
    CHECK(Kpi::format(KpiMetric::Nps, values) == u"+17"_s);
    CHECK(Kpi::format(KpiMetric::Ces, values) == u"3.5"_s);
    CHECK(Kpi::format(KpiMetric::ChurnRate, values) == u"2.5 %"_s);
    CHECK(Kpi::format(KpiMetric::FirstResponseTime, values) == u"20 min"_s);
    CHECK(Kpi::format(KpiMetric::TimeToResolution, values) == u"4 h"_s);
    CHECK(Kpi::format(KpiMetric::ReferralRequests, values) == u"7"_s);
    CHECK(*Kpi::numberOf(KpiMetric::TimeToResolution, values) == Approx(4.0)); // hours on the chart
    CHECK(Kpi::higherIsBetter(KpiMetric::Csat));
    CHECK_FALSE(Kpi::higherIsBetter(KpiMetric::Ces));
    for (const KpiMetric metric : Kpi::metrics()) {
        CHECK_FALSE(Kpi::nameOf(metric).isEmpty());
        CHECK_FALSE(Kpi::definitionOf(metric).isEmpty());
    }
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("CSV fields are quoted exactly when RFC 4180 needs it", "[review][domain]")
{
    CHECK(Csv::field(u"plain"_s) == u"plain"_s);
    CHECK(Csv::field(QString()) == QString());
    CHECK(Csv::field(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(Csv::field(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(Csv::field(u"two\nlines"_s) == u"\"two\nlines\""_s);
    CHECK(Csv::field(u"cr\rhere"_s) == u"\"cr\rhere\""_s);
    CHECK(Csv::field(u" spaced "_s) == u" spaced "_s);
    CHECK(Csv::record({ u"a"_s, u"b,c"_s, QString() }) == u"a,\"b,c\",\r\n"_s);
}
