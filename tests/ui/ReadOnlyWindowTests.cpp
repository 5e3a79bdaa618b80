// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/WorkspaceSession.h"
#include "services/WorkspaceSetup.h"
#include "timeline/ComposePanel.h"
#include "timeline/TimelineModel.h"

#include <QAction>
#include <QMenuBar>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("a workspace opened read-only says so and offers nothing that writes", "[ui][reliability]")
{
    test::TempWorkspace temp;
    temp.openWithDemo(10, 80);
    temp.close();
    test::MockClock clock;
    std::unique_ptr<WorkspaceSession> session
        = WorkspaceSetup::openExistingSession(temp.path(), clock, WorkspaceSetup::OpenMode::ReadOnly);
    REQUIRE(session->isReadOnly());
    session->setActor(session->accounts().signInWithoutPassword(u"lead"_s));
    MainWindow window(std::move(session));

    CHECK_THAT(window.windowTitle().toStdString(), ContainsSubstring("opened read-only"));
    CHECK_FALSE(window.messageBanner()->isHidden());
    CHECK_THAT(window.messageBanner()->text().toStdString(), ContainsSubstring("opened read-only"));
    CHECK(window.composePanel()->isHidden());
    // The timeline is still there to read.
    CHECK(window.timelineModel()->rowCount() > 0);
    QStringList offered;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->isEnabled() && !action->isSeparator())
                offered.append(action->text());
        }
    }
    for (const QString &writing : { u"&Escalate…"_s, u"Write a &Note"_s, u"Schedule &Follow-up…"_s,
             u"Log Referral &Received…"_s, u"Template &Library…"_s, u"A&gents…"_s, u"C&orrect Entry…"_s }) {
        INFO(writing.toStdString());
        CHECK_FALSE(offered.contains(writing));
    }
    CHECK(offered.contains(u"&Records…"_s));
}

TEST_CASE("a workspace opened to work in has no read-only note", "[ui][reliability]")
{
    test::TempWorkspace temp;
    temp.openWithDemo(10, 80);
    test::MockClock clock;
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    session->setActor(session->accounts().signInWithoutPassword(u"lead"_s));
    MainWindow window(std::move(session));
    CHECK_THAT(window.windowTitle().toStdString(), !ContainsSubstring("read-only"));
    CHECK(window.messageBanner()->isHidden());
    CHECK_FALSE(window.composePanel()->isHidden());
}
