// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerListModel.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/TimelineService.h"
#include "services/WorkspaceSession.h"
#include "timeline/TimelineModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<WorkspaceSession> demoSession(test::TempWorkspace &temp, const Clock &clock, const QString &login)
{
    temp.openWithDemo(60, 600, 21);
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    session->setActor(session->accounts().signInWithoutPassword(login));
    return session;
}

} // namespace

TEST_CASE("the main window opens on the first customer and names the signed-in agent", "[ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.customerModel()->rowCount() == 60);
    CHECK(window.timelineModel()->customerId() == window.customerModel()->customerIdAt(0));
    CHECK(window.timelineModel()->rowCount() > 0);
    const auto *agent = window.findChild<QLabel *>(u"signedInAgent"_s);
    REQUIRE(agent);
    CHECK_THAT(agent->text().toStdString(), Catch::Matchers::ContainsSubstring("Sam Carter"));
    CHECK_THAT(agent->text().toStdString(), Catch::Matchers::ContainsSubstring("Service rep"));
}

TEST_CASE("Ctrl+K jumps to the customer search and typing filters the list", "[ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"lead"_s));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // QTest types only ASCII, so pick a customer whose name is plain ASCII.
    QString target;
    for (int row = 30; row < window.customerModel()->rowCount() && target.isEmpty(); ++row) {
        const QString name = window.customerModel()->index(row).data().toString();
        if (std::all_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.unicode() < 128; }))
            target = name;
    }
    REQUIRE_FALSE(target.isEmpty());
    window.timelineModel()->setCustomer(0);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    CHECK(window.customerSearch()->hasFocus());
    QTest::keyClicks(window.customerSearch(), target);
    REQUIRE(test::waitUntil([&] { return window.customerModel()->searchText() == target; }));
    CHECK(window.customerModel()->rowCount() >= 1);
    CHECK(window.customerModel()->index(0).data().toString() == target);
    // The best match is opened at once.
    CHECK(window.timelineModel()->customerId() == window.customerModel()->customerIdAt(0));
}

TEST_CASE("the details pane's event count follows entries logged elsewhere", "[ui][frontline]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto *count = window.findChild<QLabel *>(u"eventCount"_s);
    REQUIRE(count);
    const Id customerId = window.timelineModel()->customerId();
    const qint64 before = window.session().timeline().eventCount(customerId);
    CHECK(count->text() == QCoreApplication::translate("tandem::DetailsPanel", "%n event(s)", nullptr, int(before)));

    Interaction note;
    note.customerId = customerId;
    note.kind = InteractionKind::Note;
    note.channel = Channel::Internal;
    note.direction = Direction::Internal;
    note.body = u"Logged from another desk"_s;
    note.occurredAt = clock.now();
    window.session().timeline().logInteraction(window.session().actor(), note);
    const QString after = QCoreApplication::translate("tandem::DetailsPanel", "%n event(s)", nullptr, int(before + 1));
    CHECK(test::waitUntil([&] { return count->text() == after; }));
}
