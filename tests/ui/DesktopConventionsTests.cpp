// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Appearance.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "SyntaxHighlighting.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "escalation/EscalationNotifier.h"
#include "services/WorkspaceSession.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <catch2/catch_test_macros.hpp>

#include <KNotification>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("an error shows as a closable message at the top of the main window", "[ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    temp.openWithDemo(10, 60, 3);
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    session->setActor(session->accounts().signInWithoutPassword(u"rep"_s));
    MainWindow window(std::move(session));
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    MessageBanner *banner = window.messageBanner();
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    window.showError(u"The team server did not answer."_s);
    CHECK(banner->isVisible());
    CHECK(banner->text() == u"The team server did not answer."_s);
    CHECK(banner->messageType() == KMessageWidget::Error);
    // Above everything else in the window.
    CHECK(banner->mapTo(&window, QPoint(0, 0)).y() <= window.centralWidget()->mapTo(&window, QPoint(0, 0)).y());

    // The agent closes it with its close button.
    auto *close = banner->findChild<QToolButton *>();
    REQUIRE(close);
    close->click();
    // Closing may be animated.
    CHECK(test::waitUntil([banner] { return !banner->isVisible(); }));
}

TEST_CASE("the escalation notice is a desktop notification whose action opens the queue", "[ui][escalation]")
{
    EscalationNotifier notifier;
    QSignalSpy opened(&notifier, &EscalationNotifier::openRequested);
    // Without a notification service (as here) sending returns at once and nothing is shown.
    notifier.notify(u"A new escalation is waiting in the queue."_s);
    KNotification *notice = notifier.notice();
    REQUIRE(notice);
    CHECK(notice->eventId() == QString(EscalationNotifier::eventId));
    CHECK(notice->componentName() == u"tandem"_s);
    CHECK(notice->text() == u"A new escalation is waiting in the queue."_s);
    REQUIRE(notice->defaultAction());
    emit notice->defaultAction()->activated();
    CHECK(opened.count() == 1);

    // A second notice replaces the first.
    notifier.notify(u"An escalation came back to you."_s);
    REQUIRE(notifier.notice());
    CHECK(notifier.notice()->text() == u"An escalation came back to you."_s);
}

TEST_CASE("highlighted text takes the colours of a light or dark theme when the theme is switched", "[ui]")
{
    // In a window on screen, as in the program: Qt tells the widgets in windows of a new application palette.
    QWidget window;
    auto *editor = new QPlainTextEdit(&window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    editor->setPlainText(u"{\"error\": \"expired\"}"_s);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor->document());
    highlighter->setDefinition(SyntaxHighlighting::repository().definitionForFileName(u"body.json"_s));
    SyntaxHighlighting::followPalette(highlighter, editor);

    KSyntaxHighlighting::Repository &repository = SyntaxHighlighting::repository();
    // Widgets hear of a new application palette through posted events.
    Appearance::apply(Appearance::Theme::Light);
    QApplication::processEvents();
    const QString light = highlighter->theme().name();
    CHECK(light == repository.themeForPalette(editor->palette()).name());
    Appearance::apply(Appearance::Theme::Dark);
    QApplication::processEvents();
    const QString dark = highlighter->theme().name();
    CHECK(dark == repository.themeForPalette(editor->palette()).name());
    CHECK(dark != light);
    Appearance::apply(Appearance::Theme::System);
    QApplication::processEvents();
    CHECK(highlighter->theme().name() == repository.themeForPalette(editor->palette()).name());
}
