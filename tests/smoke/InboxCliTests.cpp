// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RealBinary.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Qt::StringLiterals;
using namespace tandem::smoke;

TEST_CASE(
    "tandemctl inbox lists, shows, assigns, snoozes and closes, and refuses as the desk does", "[smoke][cli][inbox]")
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home);
    const QString workspace = home.filePath(u"desk.tandem"_s);
    const auto json = [](const Run &done) { return QJsonDocument::fromJson(done.out).object(); };
    const auto inbox = [&](const QString &as, const QStringList &arguments) {
        return run(u"tandemctl"_s,
            QStringList { u"inbox"_s } + arguments + QStringList { u"--workspace"_s, workspace, u"--as"_s, as },
            environment);
    };
    REQUIRE(run(u"tandemctl"_s,
                { u"demo"_s, u"--workspace"_s, workspace, u"--customers"_s, u"30"_s, u"--interactions"_s, u"300"_s,
                    u"--seed"_s, u"2"_s, u"--quiet"_s },
                environment)
                .exitCode
        == 0);

    const Run list = inbox(u"rep"_s, { u"list"_s, u"--folder"_s, u"open"_s, u"--limit"_s, u"2"_s });
    REQUIRE(list.exitCode == 0);
    const QJsonArray open = json(list).value(u"conversations"_s).toArray();
    REQUIRE_FALSE(open.isEmpty());
    CHECK(open.size() <= 2);
    CHECK(json(list).value(u"count"_s).toInteger() >= open.size());
    // The demo's open conversations are nobody's yet, or this rep's: anything they can triage.
    const QJsonObject first = open.first().toObject();
    const qint64 id = first.value(u"id"_s).toInteger();
    const QString number = QString::number(id);
    CHECK_FALSE(first.value(u"customer"_s).toString().isEmpty());
    if (open.size() == 2) {
        const Run nextPage = inbox(
            u"rep"_s, { u"list"_s, u"--limit"_s, u"1"_s, u"--after"_s, json(list).value(u"next"_s).toString() });
        CHECK(nextPage.exitCode == 0);
    }

    const Run show = inbox(u"rep"_s, { u"show"_s, u"--id"_s, number });
    REQUIRE(show.exitCode == 0);
    CHECK(json(show).value(u"id"_s).toInteger() == id);
    CHECK_FALSE(json(show).value(u"messages"_s).toArray().isEmpty());

    const Run lead = inbox(u"lead"_s, { u"assign"_s, u"--id"_s, number, u"--to"_s, u"rep"_s });
    REQUIRE(lead.exitCode == 0);
    const QJsonObject assigned = json(lead).value(u"conversations"_s).toArray().first().toObject();
    CHECK_FALSE(assigned.value(u"assignee"_s).toString().isEmpty());
    const Run mine = inbox(u"rep"_s, { u"list"_s, u"--folder"_s, u"mine"_s, u"--limit"_s, u"1000"_s });
    REQUIRE(mine.exitCode == 0);
    bool listed = false;
    for (const QJsonValue row : json(mine).value(u"conversations"_s).toArray())
        listed |= row.toObject().value(u"id"_s).toInteger() == id;
    CHECK(listed);

    // Another rep may not close a colleague's conversation: a refusal, exit code 1, nothing printed.
    const Run refused = inbox(u"rep2"_s, { u"close"_s, u"--id"_s, number });
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK_THAT(refused.err.toStdString(), Catch::Matchers::StartsWith("tandemctl: "));
    CHECK_THAT(refused.err.toStdString(), Catch::Matchers::ContainsSubstring("#" + number.toStdString()));

    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(3);
    const Run snoozed = inbox(u"rep"_s, { u"snooze"_s, u"--id"_s, number, u"--until"_s, until.toString(Qt::ISODate) });
    REQUIRE(snoozed.exitCode == 0);
    const QJsonObject asleep = json(snoozed).value(u"conversations"_s).toArray().first().toObject();
    CHECK(asleep.value(u"status"_s).toString() == u"snoozed"_s);
    CHECK(QDateTime::fromString(asleep.value(u"snoozed_until"_s).toString(), Qt::ISODateWithMs).toSecsSinceEpoch()
        == until.toSecsSinceEpoch());

    const Run closed = inbox(u"rep"_s, { u"close"_s, u"--id"_s, number });
    REQUIRE(closed.exitCode == 0);
    CHECK(json(closed).value(u"conversations"_s).toArray().first().toObject().value(u"status"_s).toString()
        == u"closed"_s);
    // Closing it twice is refused by the service.
    CHECK(inbox(u"rep"_s, { u"close"_s, u"--id"_s, number }).exitCode == 1);

    // What tandemctl cannot use at all: exit code 2, with what it takes.
    const Run noAssignee = inbox(u"rep"_s, { u"assign"_s, u"--id"_s, number });
    CHECK(noAssignee.exitCode == 2);
    CHECK(noAssignee.err == "tandemctl: assign needs --to LOGIN, me or none.\n");
    const Run badTime = inbox(u"rep"_s, { u"snooze"_s, u"--id"_s, number, u"--until"_s, u"tomorrow"_s });
    CHECK(badTime.exitCode == 2);
    const Run badFolder = inbox(u"rep"_s, { u"list"_s, u"--folder"_s, u"everything"_s });
    CHECK(badFolder.exitCode == 2);
    CHECK(badFolder.err == "tandemctl: --folder takes one of: mine, unassigned, open, snoozed, closed.\n");
    const Run badId = inbox(u"rep"_s, { u"close"_s, u"--id"_s, u"3,x"_s });
    CHECK(badId.exitCode == 2);
}
