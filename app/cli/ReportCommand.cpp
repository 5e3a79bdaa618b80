// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ReportCommand.h"

#include "cli/CommandLine.h"
#include "services/AccountService.h"
#include "services/KpiService.h"
#include "services/WorkspaceSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

constexpr Millis day = 24LL * 60 * 60 * 1000;

QString timeText(Millis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC).toString(Qt::ISODate);
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue duration(const std::optional<Millis> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject kpisJson(const KpiValues &values)
{
    return { { u"csat_percent"_s, number(values.csat) }, { u"nps"_s, number(values.nps) },
        { u"ces"_s, number(values.ces) }, { u"churn_rate_percent"_s, number(values.churnRate) },
        { u"first_response_time_ms"_s, duration(values.firstResponseTime) },
        { u"time_to_resolution_ms"_s, duration(values.timeToResolution) },
        { u"escalation_rate_percent"_s, number(values.escalationRate) },
        { u"sla_compliance_percent"_s, number(values.slaCompliance) },
        { u"reply_sla_percent"_s, number(values.replySla) }, { u"reopen_rate_percent"_s, number(values.reopenRate) },
        { u"answered_with_article_percent"_s, number(values.answeredWithArticle) },
        { u"referral_requests_sent"_s, values.referralRequests },
        { u"referrals_received"_s, values.referralsReceived } };
}

QJsonObject countsJson(const KpiCounts &counts)
{
    return { { u"csat_answers"_s, counts.csatAnswers }, { u"csat_satisfied"_s, counts.csatSatisfied },
        { u"nps_answers"_s, counts.npsAnswers }, { u"nps_promoters"_s, counts.npsPromoters },
        { u"nps_detractors"_s, counts.npsDetractors }, { u"ces_answers"_s, counts.cesAnswers },
        { u"ces_score_sum"_s, counts.cesScoreSum }, { u"customers_at_start"_s, counts.customersAtStart },
        { u"customers_lost"_s, counts.customersLost }, { u"first_responses"_s, counts.firstResponses },
        { u"first_response_total_ms"_s, counts.firstResponseTotal }, { u"resolutions"_s, counts.resolutions },
        { u"resolution_total_ms"_s, counts.resolutionTotal }, { u"contacts"_s, counts.contacts },
        { u"escalations"_s, counts.escalations }, { u"sla_due"_s, counts.slaDue }, { u"sla_met"_s, counts.slaMet },
        { u"replies_due"_s, counts.repliesDue }, { u"replies_in_time"_s, counts.repliesInTime },
        { u"replies_breached"_s, counts.repliesDue - counts.repliesInTime },
        { u"next_replies_due"_s, counts.nextRepliesDue }, { u"next_replies_in_time"_s, counts.nextRepliesInTime },
        { u"resolutions_for_reopen"_s, counts.resolveEvents }, { u"reopened"_s, counts.reopened },
        { u"closed_conversations"_s, counts.closedConversations },
        { u"closed_with_article"_s, counts.closedWithArticle },
        { u"referral_requests_sent"_s, counts.referralRequests },
        { u"referrals_received"_s, counts.referralsReceived } };
}

QJsonObject reportJson(const KpiReport &report, const QString &workspace, const QString &agentLogin)
{
    QJsonArray causes;
    for (const ComplaintCauseCount &cause : report.topCauses)
        causes.append(QJsonObject { { u"cause"_s, cause.name }, { u"complaints"_s, cause.complaints } });
    QJsonArray weeks;
    for (const KpiWeek &week : report.weeks) {
        weeks.append(QJsonObject { { u"start"_s, timeText(week.start) }, { u"end"_s, timeText(week.end) },
            { u"kpis"_s, kpisJson(week.values) }, { u"counts"_s, countsJson(week.counts) } });
    }
    return { { u"workspace"_s, workspace },
        { u"period"_s,
            QJsonObject { { u"from"_s, timeText(report.query.from) }, { u"to"_s, timeText(report.query.to) } } },
        { u"scope"_s,
            QJsonObject { { u"agent"_s, agentLogin.isEmpty() ? QJsonValue() : QJsonValue(agentLogin) },
                { u"role"_s, report.query.role ? QJsonValue(keyOf(*report.query.role)) : QJsonValue() } } },
        { u"kpis"_s, kpisJson(report.values) }, { u"counts"_s, countsJson(report.counts) },
        { u"top_complaint_causes"_s, causes }, { u"weeks"_s, weeks } };
}

void printText(const KpiReport &report)
{
    QString text = ReportCommand::tr("KPIs from %1 to %2 (UTC, end exclusive)\n")
                       .arg(timeText(report.query.from), timeText(report.query.to));
    for (const KpiMetric metric : Kpi::metrics())
        text += u"  %1  %2\n"_s.arg(Kpi::nameOf(metric), -26).arg(Kpi::format(metric, report.values));
    if (!report.topCauses.isEmpty()) {
        text += ReportCommand::tr("Top complaint causes\n");
        for (const ComplaintCauseCount &cause : report.topCauses)
            text += u"  %1  %2\n"_s.arg(cause.name, -26).arg(cause.complaints);
    }
    std::fputs(text.toUtf8().constData(), stdout);
}

} // namespace

ReportCommand::ReportCommand()
    : Command(
          tr("Reports the team's KPIs for a period, as the dashboard shows them.\n\n"
             "  report kpis   CSAT, NPS, CES, churn, response and resolution times, escalation rate, SLA compliance,\n"
             "                reopen rate, top complaint causes, referrals; with weekly trends"))
{
    takeAction(tr("kpis"), { u"kpis"_s }, tr("report needs what to report: kpis; see tandemctl report --help."));
    onlyReadFor({ u"kpis"_s });
    addOptions({
        { u"workspace"_s, tr("Workspace file or postgresql:// address."), u"W"_s },
        { u"from"_s, tr("First day of the period, YYYY-MM-DD, UTC (default: 12 weeks ago)."), u"DATE"_s },
        { u"to"_s, tr("Last day of the period, YYYY-MM-DD, UTC, included (default: today)."), u"DATE"_s },
        { u"agent"_s, tr("Only this agent's numbers (a login)."), u"LOGIN"_s },
        { u"role"_s, tr("Only this role's numbers: service_rep, support_specialist or team_lead."), u"KEY"_s },
        { u"json"_s, tr("Print JSON instead of a table.") },
    });
    requireOptions({ u"workspace"_s }, tr("report needs --workspace W."));
}

int ReportCommand::execute()
{
    if (isSet(u"agent"_s) && isSet(u"role"_s)) {
        printError(tr("Give --agent or --role, not both."));
        return UsageError;
    }

    KpiQuery query;
    const Millis today
        = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    query.to = today + day;
    if (isSet(u"to"_s)) {
        const std::optional<Millis> to = dateOption(u"to"_s);
        if (!to)
            return UsageError;
        query.to = *to + day;
    }
    query.from = query.to - 12 * Kpi::week;
    if (isSet(u"from"_s)) {
        const std::optional<Millis> from = dateOption(u"from"_s);
        if (!from)
            return UsageError;
        query.from = *from;
    }
    if (query.to <= query.from) {
        printError(tr("--from must not come after --to."));
        return UsageError;
    }
    if (isSet(u"role"_s)) {
        query.role = fromKey<Role>(value(u"role"_s));
        if (!query.role) {
            printError(tr("--role takes service_rep, support_specialist or team_lead."));
            return UsageError;
        }
    }

    WorkspaceSession &session = workspace();
    const QString login = value(u"agent"_s);
    if (!login.isEmpty()) {
        query.agentId = agentWithLogin(login);
        if (!query.agentId)
            return UsageError;
    }
    const KpiReport report = session.kpis().report(AccountService::commandLineActor(), query);
    if (isSet(u"json"_s))
        printJson(reportJson(report, session.workspaceSpec(), login));
    else
        printText(report);
    return Success;
}

} // namespace tandem::cli
