// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RealBinary.h"
#include "services/AccountService.h"
#include "services/KpiService.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using namespace tandem::smoke;
using Catch::Matchers::ContainsSubstring;

// The review commands and views of the real binaries, as a user or a script runs them.

namespace {

QString demoWorkspace(const QTemporaryDir &home)
{
    const QString workspace = home.filePath(u"review.tandem"_s);
    const Run demo = run(u"tandemctl"_s,
        { u"demo"_s, u"--workspace"_s, workspace, u"--customers"_s, u"60"_s, u"--interactions"_s, u"2500"_s,
            u"--seed"_s, u"4"_s, u"--anchor"_s, u"2026-01-01"_s, u"--quiet"_s },
        home);
    REQUIRE(demo.exitCode == 0);
    return workspace;
}

void tamper(const QString &workspace, const QString &statement)
{
    std::unique_ptr<Workspace> opened = Workspace::open(workspace);
    Query::execute(opened->database(), statement);
}

} // namespace

TEST_CASE("tandemctl report kpis gives the dashboard's numbers as JSON", "[review][smoke]")
{
    QTemporaryDir home;
    const QString workspace = demoWorkspace(home);
    const Run report = run(u"tandemctl"_s,
        { u"report"_s, u"kpis"_s, u"--workspace"_s, workspace, u"--from"_s, u"2025-10-01"_s, u"--to"_s, u"2025-12-31"_s,
            u"--agent"_s, u"rep"_s, u"--json"_s },
        home);
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(report.out).object();
    REQUIRE(json.contains(u"kpis"_s));
    CHECK(json[u"scope"_s][u"agent"_s].toString() == u"rep"_s);
    CHECK(json[u"period"_s][u"from"_s].toString() == u"2025-10-01T00:00:00Z"_s);
    CHECK(json[u"period"_s][u"to"_s].toString() == u"2026-01-01T00:00:00Z"_s);
    CHECK(json[u"weeks"_s].toArray().size() == 14);

    std::unique_ptr<Workspace> opened = Workspace::open(workspace);
    KpiQuery query;
    query.from = QDateTime(QDate(2025, 10, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    query.to = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    query.agentId = AccountService(*opened).signInWithoutPassword(u"rep"_s).agentId;
    const KpiReport expected
        = KpiService(*opened, SystemClock::instance()).report(AccountService::commandLineActor(), query);
    const QJsonObject kpis = json[u"kpis"_s].toObject();
    const auto same = [&kpis](const char *key, const std::optional<double> &value) {
        INFO(key);
        if (value)
            CHECK(kpis[QString::fromLatin1(key)].toDouble() == Catch::Approx(*value));
        else
            CHECK(kpis[QString::fromLatin1(key)].isNull());
    };
    same("csat_percent", expected.values.csat);
    same("nps", expected.values.nps);
    same("ces", expected.values.ces);
    same("churn_rate_percent", expected.values.churnRate);
    same("escalation_rate_percent", expected.values.escalationRate);
    same("sla_compliance_percent", expected.values.slaCompliance);
    same("reply_sla_percent", expected.values.replySla);
    same("reopen_rate_percent", expected.values.reopenRate);
    CHECK(kpis[u"first_response_time_ms"_s].toInteger() == expected.values.firstResponseTime.value_or(0));
    CHECK(kpis[u"referral_requests_sent"_s].toInteger() == expected.values.referralRequests);
    CHECK(json[u"counts"_s][u"contacts"_s].toInteger() == expected.counts.contacts);
    // The reply SLA over first and next answers, with its breaches.
    CHECK(json[u"counts"_s][u"replies_due"_s].toInteger() == expected.counts.repliesDue);
    CHECK(json[u"counts"_s][u"replies_breached"_s].toInteger()
        == expected.counts.repliesDue - expected.counts.repliesInTime);
    CHECK(json[u"counts"_s][u"next_replies_due"_s].toInteger() == expected.counts.nextRepliesDue);
    CHECK(json[u"counts"_s][u"next_replies_in_time"_s].toInteger() == expected.counts.nextRepliesInTime);

    const Run unknown
        = run(u"tandemctl"_s, { u"report"_s, u"kpis"_s, u"--workspace"_s, workspace, u"--agent"_s, u"nobody"_s }, home);
    CHECK(unknown.exitCode != 0);
    CHECK_THAT(unknown.err.toStdString(), ContainsSubstring("nobody"));
}

TEST_CASE("tandemctl audit verify passes a clean trail and names the first broken entry", "[review][smoke]")
{
    QTemporaryDir home;
    const QString workspace = demoWorkspace(home);
    const Run clean = run(u"tandemctl"_s, { u"audit"_s, u"verify"_s, u"--workspace"_s, workspace }, home);
    INFO(clean.err.toStdString());
    REQUIRE(clean.exitCode == 0);
    const QJsonObject intact = QJsonDocument::fromJson(clean.out).object();
    CHECK(intact[u"intact"_s].toBool());
    const qint64 entries = intact[u"entries_checked"_s].toInteger();
    REQUIRE(entries > 3);

    const Run list
        = run(u"tandemctl"_s, { u"audit"_s, u"list"_s, u"--workspace"_s, workspace, u"--limit"_s, u"2"_s }, home);
    REQUIRE(list.exitCode == 0);
    const QJsonObject listed = QJsonDocument::fromJson(list.out).object();
    CHECK(listed[u"entries"_s].toArray().size() == 2);
    CHECK(listed[u"entries"_s][0][u"id"_s].toInteger() == entries);
    CHECK(listed[u"next"_s].toInteger() == entries - 1);

    SECTION("an entry edited behind the app's back")
    {
        tamper(workspace, u"UPDATE audit_log SET after_data = '{}' WHERE id = 2"_s);
        const Run broken = run(u"tandemctl"_s, { u"audit"_s, u"verify"_s, u"--workspace"_s, workspace }, home);
        CHECK(broken.exitCode != 0);
        CHECK(QJsonDocument::fromJson(broken.out).object()[u"first_broken_entry"_s].toInteger() == 2);
        CHECK_THAT(broken.err.toStdString(), ContainsSubstring("Audit entry 2 "));
    }
    SECTION("the newest entry deleted")
    {
        tamper(workspace, u"DELETE FROM audit_log WHERE id = %1"_s.arg(entries));
        const Run broken = run(u"tandemctl"_s, { u"audit"_s, u"verify"_s, u"--workspace"_s, workspace }, home);
        CHECK(broken.exitCode != 0);
        CHECK(QJsonDocument::fromJson(broken.out).object()[u"first_broken_entry"_s].toInteger() == entries);
        CHECK_THAT(broken.err.toStdString(), ContainsSubstring(QString::number(entries).toStdString()));
    }
}

TEST_CASE("tandemctl audit checkpoint and verify --against catch a trail cut behind the app's back",
    "[review][smoke][reliability]")
{
    QTemporaryDir home;
    const QString workspace = demoWorkspace(home);
    const QString key = home.filePath(u"keys/audit.key"_s);
    QDir(home.path()).mkdir(u"keys"_s);
    const Run keygen = run(u"tandemctl"_s, { u"audit"_s, u"keygen"_s, u"--out"_s, key }, home);
    INFO(keygen.err.toStdString());
    REQUIRE(keygen.exitCode == 0);
    CHECK(QJsonDocument::fromJson(keygen.out).object()[u"public_key"_s].toString().size() == 44);
    CHECK((QFileInfo(key).permissions()
              & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
        == 0);
    const Run again = run(u"tandemctl"_s, { u"audit"_s, u"keygen"_s, u"--out"_s, key }, home);
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err.toStdString(), ContainsSubstring("already exists"));

    const QString checkpoint = home.filePath(u"checkpoint.json"_s);
    const Run taken = run(u"tandemctl"_s,
        { u"audit"_s, u"checkpoint"_s, u"--workspace"_s, workspace, u"--key"_s, key, u"--out"_s, checkpoint }, home);
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    const qint64 entries = QJsonDocument::fromJson(taken.out).object()[u"entries"_s].toInteger();
    REQUIRE(entries > 3);
    QFile written(checkpoint);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK_FALSE(written.readAll().contains("secret"));
    written.close();

    const QStringList against { u"audit"_s, u"verify"_s, u"--workspace"_s, workspace, u"--against"_s, checkpoint,
        u"--public-key"_s, key + u".pub"_s };
    const Run clean = run(u"tandemctl"_s, against, home);
    CHECK(clean.exitCode == 0);
    CHECK(QJsonDocument::fromJson(clean.out).object()[u"checkpoint"_s][u"entries"_s].toInteger() == entries);

    SECTION("the tail cut and the head moved to match")
    {
        tamper(workspace, u"DELETE FROM audit_log WHERE id > %1"_s.arg(entries - 2));
        tamper(workspace,
            u"UPDATE tandem_meta SET value = (SELECT CAST(id AS TEXT) || ':' || hash FROM audit_log WHERE id = %1)"
            " WHERE key = 'audit_head'"_s.arg(entries - 2));
        const Run plain = run(u"tandemctl"_s, { u"audit"_s, u"verify"_s, u"--workspace"_s, workspace }, home);
        CHECK(plain.exitCode == 0); // the workspace alone cannot tell
        const Run broken = run(u"tandemctl"_s, against, home);
        CHECK(broken.exitCode == 1);
        CHECK_FALSE(QJsonDocument::fromJson(broken.out).object()[u"intact"_s].toBool());
        CHECK_THAT(broken.err.toStdString(), ContainsSubstring("the newest entries were deleted"));
    }
    SECTION("the whole trail and its head deleted")
    {
        tamper(workspace, u"DELETE FROM audit_log"_s);
        tamper(workspace, u"DELETE FROM tandem_meta WHERE key = 'audit_head'"_s);
        const Run broken = run(u"tandemctl"_s, { u"audit"_s, u"verify"_s, u"--workspace"_s, workspace }, home);
        CHECK(broken.exitCode == 1);
        CHECK_THAT(broken.err.toStdString(), ContainsSubstring("The audit trail is empty"));
    }
    SECTION("the checkpoint edited")
    {
        REQUIRE(written.open(QIODevice::ReadOnly));
        QByteArray text = written.readAll();
        written.close();
        const QByteArray vouched = QByteArray("\"entries\": ") + QByteArray::number(entries);
        const QByteArray fewer = QByteArray("\"entries\": ") + QByteArray::number(entries - 1);
        REQUIRE(text.contains(vouched));
        text.replace(vouched, fewer);
        REQUIRE(written.open(QIODevice::WriteOnly | QIODevice::Truncate));
        written.write(text);
        written.close();
        const Run refused = run(u"tandemctl"_s, against, home);
        CHECK(refused.exitCode == 1);
        CHECK_THAT(refused.err.toStdString(), ContainsSubstring("does not match its signature"));
    }
    SECTION("another key pinned")
    {
        const QString other = home.filePath(u"keys/other.key"_s);
        REQUIRE(run(u"tandemctl"_s, { u"audit"_s, u"keygen"_s, u"--out"_s, other }, home).exitCode == 0);
        QStringList pinned = against;
        pinned.last() = other + u".pub"_s;
        const Run refused = run(u"tandemctl"_s, pinned, home);
        CHECK(refused.exitCode == 1);
        CHECK_THAT(refused.err.toStdString(), ContainsSubstring("signed with another key"));
    }
}

TEST_CASE("tandemctl audit roles prints the two-role layout for a team server", "[review][smoke][reliability]")
{
    QTemporaryDir home;
    const Run roles = run(u"tandemctl"_s, { u"audit"_s, u"roles"_s, u"--app-role"_s, u"desks"_s }, home);
    REQUIRE(roles.exitCode == 0);
    CHECK_THAT(roles.out.toStdString(), ContainsSubstring("CREATE ROLE tandem_owner LOGIN;"));
    CHECK_THAT(
        roles.out.toStdString(), ContainsSubstring("REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_log FROM desks;"));
    const Run refused = run(u"tandemctl"_s, { u"audit"_s, u"roles"_s, u"--app-role"_s, u"desks; DROP"_s }, home);
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err.toStdString(), ContainsSubstring("is not a plain name"));
}

TEST_CASE("the review views render as screenshots", "[review][smoke]")
{
    QTemporaryDir home;
    const QString workspace = demoWorkspace(home);
    for (const QString &view : { u"kpis"_s, u"records"_s, u"audit"_s, u"sign-in"_s }) {
        INFO(view.toStdString());
        const QString png = home.filePath(view + u".png"_s);
        const Run shot = run(u"tandem"_s,
            { u"--workspace"_s, workspace, u"--as"_s, u"lead"_s, u"--screenshot"_s, png, u"--view"_s, view }, home);
        INFO(shot.err.toStdString());
        CHECK(shot.exitCode == 0);
        const QImage image(png);
        CHECK(image.width() >= 300);
        CHECK(image.height() >= 200);
    }
}
