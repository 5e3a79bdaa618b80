// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ServiceError.h"
#include "services/TimelineService.h"
#include "storage/Query.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

QList<Interaction> everything(TimelineService &timeline, Id customerId, const TimelineFilter &filter)
{
    QList<Interaction> all;
    std::optional<TimelineCursor> cursor;
    do {
        const InteractionPage page = timeline.page(customerId, filter, cursor, 50);
        all.append(page.interactions);
        cursor = page.next;
    } while (cursor);
    return all;
}

} // namespace

TEST_CASE("timeline filters run in the database and combine", "[timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(5, 1200, 13);
    test::MockClock clock;
    TimelineService timeline(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);

    const QList<Interaction> all = everything(timeline, 1, {});
    REQUIRE(all.size() == timeline.eventCount(1));

    TimelineFilter phoneCalls;
    phoneCalls.channels = { Channel::Phone };
    phoneCalls.kinds = { InteractionKind::Call };
    const QList<Interaction> calls = everything(timeline, 1, phoneCalls);
    const auto expectedCalls = std::count_if(all.cbegin(), all.cend(),
        [](const Interaction &i) { return i.channel == Channel::Phone && i.kind == InteractionKind::Call; });
    CHECK(calls.size() == expectedCalls);
    CHECK(expectedCalls > 0);

    Interaction marker;
    marker.customerId = 1;
    marker.kind = InteractionKind::Note;
    marker.channel = Channel::Internal;
    marker.subject = u"Zebrafish firmware"_s;
    marker.body = u"The customer's hub runs the zebrafish beta build."_s;
    const Id markerId = timeline.logInteraction(rep, marker);
    TimelineFilter text;
    text.text = u"zebrafi"_s;
    const QList<Interaction> found = everything(timeline, 1, text);
    REQUIRE(found.size() == 1);
    CHECK(found.front().id == markerId);
    // The same words on another customer's timeline do not show up here.
    marker.customerId = 2;
    timeline.logInteraction(rep, marker);
    CHECK(everything(timeline, 1, text).size() == 1);
}

TEST_CASE("any text typed into the timeline filter is safe", "[timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(3, 200, 2);
    test::MockClock clock;
    TimelineService timeline(workspace, clock);
    const QString hostile = GENERATE(u"\"unbalanced"_s, u"a* OR b*"_s, u"NEAR(x y, 2)"_s, u"-minus"_s, u"col:val"_s,
        u"'); DROP TABLE interactions; --"_s, u"(("_s, u"😀"_s, u"ملف"_s, QString(10000, u'z'), u"^"_s, u"a & b | !c"_s,
        u"x:*"_s);
    CAPTURE(hostile.left(30).toStdString());
    TimelineFilter filter;
    filter.text = hostile;
    CHECK_NOTHROW(timeline.page(1, filter, std::nullopt, 50));
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM interactions"_s).toInt() == 200);
}

TEST_CASE("paging returns every event exactly once while new events arrive between pages", "[timeline]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(4, 800, 21);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    TimelineService timeline(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    const qint64 before = timeline.eventCount(1);

    QSet<Id> seen;
    QSet<Id> backdated;
    std::optional<TimelineCursor> cursor;
    int pages = 0;
    do {
        const InteractionPage page = timeline.page(1, {}, cursor, 25);
        for (const Interaction &interaction : page.interactions) {
            CHECK_FALSE(seen.contains(interaction.id));
            seen.insert(interaction.id);
        }
        cursor = page.next;
        if (!cursor)
            break;
        // Another desk logs a new call (newest) and a backdated note (older than all) between pages.
        Interaction call;
        call.customerId = 1;
        call.kind = InteractionKind::Call;
        call.channel = Channel::Phone;
        call.subject = u"Live call %1"_s.arg(pages);
        clock.advance(1000);
        timeline.logInteraction(rep, call);
        Interaction note;
        note.customerId = 1;
        note.kind = InteractionKind::Note;
        note.subject = u"Backdated note %1"_s.arg(pages);
        note.occurredAt = test::TempWorkspace::demoAnchor - 20LL * 365 * 24 * 3600 * 1000 + pages;
        backdated.insert(timeline.logInteraction(rep, note));
        ++pages;
    } while (true);
    // Everything that existed when paging began was seen once, and so was every event that arrived below
    // the page being read; events newer than the first page are the live view's job.
    CHECK(qint64(seen.size()) == before + backdated.size());
    for (const Id id : std::as_const(backdated))
        CHECK(seen.contains(id));
    const QList<Interaction> stored = timeline.storedSince(1, {}, test::TempWorkspace::demoAnchor, 1000);
    CHECK(stored.size() == 2 * pages);
}

TEST_CASE("a complaint needs a cause and a survey answer must fit its scale", "[timeline]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(2, 10, 1);
    test::MockClock clock;
    TimelineService timeline(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    Interaction complaint;
    complaint.customerId = 1;
    complaint.kind = InteractionKind::Complaint;
    complaint.subject = u"Late again"_s;
    CHECK_THROWS_AS(timeline.logInteraction(rep, complaint), ServiceError);
    complaint.complaintCauseId = timeline.addComplaintCause(rep, u"  Courier   lost parcel "_s);
    CHECK(timeline.addComplaintCause(rep, u"Courier lost parcel"_s) == *complaint.complaintCauseId);
    const Id id = timeline.logInteraction(rep, complaint);
    CHECK(timeline.interaction(id)->complaintCause == u"Courier lost parcel"_s);

    Interaction feedback;
    feedback.customerId = 1;
    feedback.kind = InteractionKind::Feedback;
    SurveyResponse nps;
    nps.kind = SurveyKind::Nps;
    nps.score = 11;
    CHECK_THROWS_AS(timeline.logInteraction(rep, feedback, nps), ServiceError);
    nps.score = 10;
    const Id answered = timeline.logInteraction(rep, feedback, nps);
    CHECK(Query::scalar(
              workspace.database(), u"SELECT score FROM survey_responses WHERE interaction_id = ?"_s, { answered })
              .toInt()
        == 10);
}
