// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "domain/Csv.h"
#include "services/AccountService.h"
#include "services/RecordsCsvExport.h"
#include "services/RecordsService.h"
#include "services/ReviewService.h"
#include "services/ServiceError.h"
#include "services/TimelineService.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis day = 24LL * 60 * 60 * 1000;

QList<RecordRow> everything(
    RecordsService &records, const Actor &actor, const RecordsFilter &filter, const RecordsSort &sort, int pageSize)
{
    QList<RecordRow> rows;
    std::optional<RecordsCursor> cursor;
    do {
        const RecordsPage page = records.page(actor, filter, sort, cursor, pageSize);
        rows += page.rows;
        cursor = page.next;
        REQUIRE(rows.size() <= 100000);
    } while (cursor);
    return rows;
}

// The key a sort orders by. Names compare by code point, as SQLite does and as the test server's C.UTF-8
// collation does.
bool inOrder(const RecordRow &a, const RecordRow &b, const RecordsSort &sort)
{
    const auto key = [&sort](const RecordRow &row) {
        const bool byName = sort.key != RecordsSortKey::Time;
        return std::tuple(byName ? row.sortText : QString(), byName ? row.sortGroup : 0, row.at, int(row.type), row.id);
    };
    return sort.descending ? key(a) > key(b) : key(a) < key(b);
}

} // namespace

TEST_CASE("records page through every sort with each record exactly once and in order", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(25, 700, 11);
    test::MockClock clock;
    RecordsService records(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    const qint64 total = records.count(lead, {});
    REQUIRE(total > 700); // the interactions and the escalations

    const RecordsSortKey key = GENERATE(RecordsSortKey::Time, RecordsSortKey::Customer, RecordsSortKey::Agent);
    const bool descending = GENERATE(true, false);
    const RecordsSort sort { key, descending };
    CAPTURE(int(key), descending);
    const QList<RecordRow> rows = everything(records, lead, {}, sort, 37);
    CHECK(rows.size() == total);
    QSet<std::pair<int, Id>> seen;
    int outOfOrder = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        seen.insert({ int(rows.at(i).type), rows.at(i).id });
        if (i > 0 && !inOrder(rows.at(i - 1), rows.at(i), sort))
            ++outOfOrder;
    }
    CHECK(outOfOrder == 0);
    if (sort.key == RecordsSortKey::Agent) {
        // Records of nobody come first (last when descending); every escalation has its creator.
        const RecordRow &edge = descending ? rows.constLast() : rows.constFirst();
        CHECK_FALSE(edge.agentId.has_value());
    }
    CHECK(seen.size() == total);
    // The same order as one big page.
    const QList<RecordRow> once = records.page(lead, {}, sort, std::nullopt, 5000).rows;
    REQUIRE(once.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (once.at(i).id != rows.at(i).id || once.at(i).type != rows.at(i).type) {
            FAIL_CHECK("row " << i << " differs");
            break;
        }
    }
}

TEST_CASE("every records filter keeps exactly the records it names", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(25, 900, 12);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    RecordsService records(workspace, clock);
    AccountService accounts(workspace);
    const Actor lead = accounts.defaultDemoActor();
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const QList<RecordRow> all = everything(records, lead, {}, {}, 5000);

    const auto check = [&](const RecordsFilter &filter, const std::function<bool(const RecordRow &)> &belongs) {
        qint64 expected = 0;
        for (const RecordRow &row : all)
            expected += belongs(row) ? 1 : 0;
        const QList<RecordRow> found = everything(records, lead, filter, {}, 500);
        CHECK(found.size() == expected);
        CHECK(records.count(lead, filter) == expected);
        for (const RecordRow &row : found)
            CHECK(belongs(row));
        return expected;
    };

    RecordsFilter filter;
    filter.recordType = RecordType::Escalation;
    CHECK(check(filter, [](const RecordRow &row) { return row.type == RecordType::Escalation; }) > 0);

    filter = {};
    filter.agentId = rep.agentId;
    // An escalation is the rep's when they created it (its agent) or hold it.
    CHECK(check(filter, [&](const RecordRow &row) {
        return row.agentId == rep.agentId || (row.type == RecordType::Escalation && row.assigneeName == rep.name);
    }) > 0);

    filter = {};
    filter.role = Role::SupportSpecialist;
    filter.recordType = RecordType::Interaction;
    CHECK(check(filter, [](const RecordRow &row) {
        return row.type == RecordType::Interaction && row.agentRole == Role::SupportSpecialist;
    }) > 0);

    filter = {};
    filter.channels = { Channel::Phone, Channel::Video };
    CHECK(check(filter, [](const RecordRow &row) {
        return row.channel == Channel::Phone || row.channel == Channel::Video;
    }) > 0);

    filter = {};
    filter.kinds = { InteractionKind::Complaint };
    CHECK(check(filter, [](const RecordRow &row) { return row.kind == InteractionKind::Complaint; }) > 0);

    filter = {};
    filter.customerId = 3;
    CHECK(check(filter, [](const RecordRow &row) { return row.customerId == 3; }) > 0);

    filter = {};
    filter.from = test::TempWorkspace::demoAnchor - 60 * day;
    filter.to = test::TempWorkspace::demoAnchor - 10 * day;
    CHECK(check(filter, [&](const RecordRow &row) { return row.at >= *filter.from && row.at < *filter.to; }) > 0);

    filter = {};
    filter.sla = SlaOutcome::Breached;
    const qint64 breached = check(filter, [](const RecordRow &row) { return row.sla == SlaOutcome::Breached; });
    filter.sla = SlaOutcome::Met;
    const qint64 met = check(filter, [](const RecordRow &row) { return row.sla == SlaOutcome::Met; });
    CHECK(met + breached > 0);

    const QList<std::pair<Id, QString>> causes = records.complaintCauses();
    REQUIRE_FALSE(causes.isEmpty());
    filter = {};
    filter.complaintCauseId = causes.constFirst().first;
    CHECK(check(filter, [&](const RecordRow &row) { return row.complaintCause == causes.constFirst().second; }) > 0);

    filter = {};
    filter.direction = Direction::Outbound;
    filter.kinds = { InteractionKind::Referral };
    CHECK(check(filter, [](const RecordRow &row) {
        return row.kind == InteractionKind::Referral && row.direction == Direction::Outbound;
    }) >= 0);

    filter = {};
    filter.kinds = { InteractionKind::Feedback };
    const qint64 feedback = check(filter, [](const RecordRow &row) { return row.kind == InteractionKind::Feedback; });
    filter = {};
    filter.surveyKind = SurveyKind::Nps;
    const QList<RecordRow> nps = everything(records, lead, filter, {}, 500);
    CHECK_FALSE(nps.isEmpty());
    CHECK(nps.size() < feedback);
    for (const RecordRow &row : nps)
        CHECK(row.kind == InteractionKind::Feedback);
}

TEST_CASE("a lead's QA review reaches the agent's records, audited", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(10, 200, 4);
    test::MockClock clock;
    RecordsService records(workspace, clock);
    ReviewService reviews(workspace, clock);
    AccountService accounts(workspace);
    const Actor lead = accounts.defaultDemoActor();
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Id interaction
        = Query::scalar(workspace.database(), u"SELECT max(id) FROM interactions WHERE agent_id = ?"_s, { rep.agentId })
              .toLongLong();

    QaReview review;
    const QList<int> scores { 5, 4, 3, 5, 4, 2, 5 };
    for (const QaCriterion criterion : QaRubric::criteria())
        review.setScore(criterion, scores.at(qsizetype(criterion)));
    review.comment = u"  Good apology; check the order number before promising a date.  "_s;
    QaReview tooHigh = review;
    tooHigh.setScore(QaCriterion::Tone, 6);
    CHECK_THROWS_AS(reviews.score(lead, interaction, tooHigh), ServiceError);
    QaReview missing = review;
    missing.setScore(QaCriterion::Listen, 0);
    CHECK_THROWS_AS(reviews.score(lead, interaction, missing), ServiceError);
    const Id nobodys = Query::scalar(workspace.database(), u"SELECT min(id) FROM interactions WHERE agent_id IS NULL"_s)
                           .toLongLong();
    CHECK_THROWS_AS(reviews.score(lead, nobodys, review), ServiceError);

    const Id id = reviews.score(lead, interaction, review);
    const QList<QaReview> seen = reviews.reviewsOf(rep, interaction);
    REQUIRE(seen.size() == 1);
    CHECK(seen.constFirst().id == id);
    CHECK(seen.constFirst().agentId == rep.agentId);
    CHECK(seen.constFirst().reviewerName == lead.name);
    CHECK(seen.constFirst().comment == u"Good apology; check the order number before promising a date."_s);
    CHECK(seen.constFirst().score(QaCriterion::Accuracy) == 2);

    RecordsFilter reviewed;
    reviewed.reviewedOnly = true;
    const RecordsPage page = records.page(rep, reviewed, {}, std::nullopt);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows.constFirst().id == interaction);
    REQUIRE(page.rows.constFirst().qaAverage.has_value());
    CHECK(*page.rows.constFirst().qaAverage == 4.0); // 28 / 7

    const AuditListEntry audit = AuditLog(workspace).page(std::nullopt, 1).entries.constFirst();
    CHECK(audit.entry.action == u"qa.review"_s);
    CHECK(audit.entry.entityId == id);
    CHECK(audit.entry.actorId == lead.agentId);
}

TEST_CASE("the CSV export round-trips through Python's csv module", "[review]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(4, 30, 6);
    test::MockClock clock(test::TempWorkspace::demoAnchor + day);
    TimelineService timeline(workspace, clock);
    RecordsService records(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    const QStringList hostile {
        u"Comma, separated, subject"_s,
        u"She said \"it's broken\" and \"\" twice"_s,
        u"First line\nsecond line\r\nthird line after CRLF"_s,
        u"Emoji 🎉🔥 and ümlauts, ß, 漢字, עברית"_s,
        u"\"Quoted, with\ncomma and newline\""_s,
        u" leading and trailing spaces "_s,
    };
    for (const QString &text : hostile) {
        Interaction note;
        note.customerId = 2;
        note.kind = InteractionKind::Note;
        note.channel = Channel::Internal;
        note.direction = Direction::Internal;
        note.subject = text;
        note.body = text + u"\nbody: "_s + text;
        timeline.logInteraction(lead, note);
    }

    RecordsFilter filter;
    filter.customerId = 2;
    const RecordsSort sort { RecordsSortKey::Time, false };
    QTemporaryDir dir;
    const QString path = dir.filePath(u"records.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    RecordsCsvExport exporter(records, lead, filter, sort);
    exporter.start(file);
    int chunks = 0;
    while (exporter.writeChunk(file, 5))
        ++chunks;
    file.close();
    CHECK(chunks > 1);
    CHECK(exporter.written() == exporter.total());

    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.endsWith("\r\n"));
    CHECK(bytes.startsWith(Csv::record(RecordsService::csvHeader()).toUtf8()));

    QProcess python;
    python.start(u"python3"_s,
        { u"-c"_s,
            u"import csv, json, sys\n"
            "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
            "    rows = list(csv.reader(f, strict=True))\n"
            "sys.stdout.write(json.dumps(rows))\n"_s,
            path });
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonArray parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).array();

    const QList<RecordRow> rows = records.page(lead, filter, sort, std::nullopt, 5000, true).rows;
    REQUIRE(parsed.size() == rows.size() + 1);
    QJsonArray header;
    for (const QString &field : RecordsService::csvHeader())
        header.append(field);
    CHECK(parsed.at(0).toArray() == header);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonArray expected;
        for (const QString &field : RecordsService::csvFields(rows.at(i)))
            expected.append(field);
        CHECK(parsed.at(i + 1).toArray() == expected);
    }
    QStringList subjects;
    for (qsizetype i = 1; i < parsed.size(); ++i)
        subjects.append(parsed.at(i).toArray().at(11).toString());
    for (const QString &text : hostile)
        CHECK(subjects.contains(text));
}
