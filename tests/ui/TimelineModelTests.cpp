// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/TimelineService.h"
#include "timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("the timeline model shows a customer's events newest first, a page at a time", "[timeline][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(10, 1500, 4);
    test::MockClock clock;
    TimelineService service(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    TimelineModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.rowCount() == 0);
    model.setCustomer(1);
    CHECK(model.rowCount() == TimelineModel::pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == service.eventCount(1));
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.index(row - 1).data(TimelineRoles::OccurredAt).toDateTime()
            >= model.index(row).data(TimelineRoles::OccurredAt).toDateTime());
    }
    const QModelIndex first = model.index(0);
    CHECK_FALSE(first.data(Qt::DisplayRole).toString().isEmpty());
    CHECK_FALSE(first.data(TimelineRoles::Summary).toString().isEmpty());

    model.setCustomer(2);
    CHECK(model.rowCount() == qMin<qint64>(TimelineModel::pageSize, service.eventCount(2)));
    model.setCustomer(0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("an internal note's summary says 'Internal' once", "[timeline][ui][frontline]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 20, 4);
    test::MockClock clock;
    TimelineService service(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    Interaction note;
    note.customerId = 1;
    note.kind = InteractionKind::Note;
    note.channel = Channel::Internal;
    note.direction = Direction::Internal;
    note.body = u"Prefers a call after 4 pm."_s;
    note.occurredAt = clock.now();
    const Id id = service.logInteraction(rep, note);
    TimelineModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QString summary;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(TimelineRoles::Id).toLongLong() == id)
            summary = model.index(row).data(TimelineRoles::Summary).toString();
    }
    CHECK(summary == u"Note · Internal"_s);
}
