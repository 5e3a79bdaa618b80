// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Appearance.h"
#include "CustomerListModel.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "ShortcutsDialog.h"
#include "TempWorkspace.h"
#include "ThemeColors.h"
#include "Wait.h"
#include "escalation/EscalationDialog.h"
#include "services/WorkspaceSession.h"
#include "templates/TemplatePickerDialog.h"
#include "timeline/ComposePanel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cstdlib>
#include <functional>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<WorkspaceSession> demoSession(test::TempWorkspace &temp, const Clock &clock, const QString &login)
{
    temp.openWithDemo(40, 400, 33);
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    session->setActor(session->accounts().signInWithoutPassword(login));
    return session;
}

void showActive(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

QString describe(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u" \""_s + widget->objectName() + u"\" "_s
        + widget->accessibleName();
}

// The controls a keyboard user must be able to reach: shown, enabled, and taking focus from Tab.
QList<QWidget *> tabbableControls(QWidget &window)
{
    QList<QWidget *> controls;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy() && widget->window() == &window)
            controls.append(widget);
    }
    return controls;
}

QString accessibleNameOf(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Presses keys as someone at the keyboard would: into whatever has the focus now.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

// The next modal dialog is handed to `inspect` and then closed with Escape, as a user would.
void escapeNextModal(std::function<void(QWidget *)> inspect)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, inspect = std::move(inspect)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        inspect(modal);
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && modal->isAncestorOf(focus) ? focus : modal, Qt::Key_Escape);
    });
    poll->start();
}

// A window manager gives the activation back to the main window when a dialog closes; the offscreen
// platform has none, so the test does it. The window itself must put the focus back where it was.
void backToWindow(QWidget &window)
{
    if (!window.isActiveWindow()) {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
}

bool closeTo(const QList<int> &sizes, const QList<int> &expected, int slack)
{
    if (sizes.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (std::abs(sizes.at(i) - expected.at(i)) > slack)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("every control of the main window is in the Tab chain and reached by pressing Tab", "[ui][a11y]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    showActive(window);

    auto *leftTabs = window.findChild<QTabWidget *>(u"leftTabs"_s);
    auto *rightTabs = window.findChild<QTabWidget *>(u"rightTabs"_s);
    REQUIRE(leftTabs);
    REQUIRE(rightTabs);
    // Every page of both tab widgets, so hidden tabs are walked too.
    for (int left = 0; left < std::max(leftTabs->count(), rightTabs->count()); ++left) {
        leftTabs->setCurrentIndex(std::min(left, leftTabs->count() - 1));
        rightTabs->setCurrentIndex(std::min(left, rightTabs->count() - 1));
        QApplication::processEvents();
        const QList<QWidget *> controls = tabbableControls(window);
        REQUIRE(controls.size() > 12);

        QSet<QWidget *> chain;
        for (QWidget *widget = window.nextInFocusChain(); widget != &window; widget = widget->nextInFocusChain())
            chain.insert(widget);
        for (QWidget *control : controls) {
            INFO(describe(control).toStdString());
            CHECK(chain.contains(control));
        }

        // Start from the first control on this page and walk until Tab comes back to it.
        QWidget *start = window.customerSearch()->isVisible() ? window.customerSearch() : controls.front();
        start->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> reached { start };
        // Round the whole chain until Tab comes back to the search box; the bound only stops a loop that
        // never comes back.
        for (qsizetype i = 0; i < controls.size() * 4; ++i) {
            press(Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            if (focus == start)
                break;
            if (focus)
                reached.insert(focus);
        }
        for (QWidget *control : controls) {
            INFO(describe(control).toStdString());
            CHECK(reached.contains(control));
        }
    }

    // Shift+Tab goes back the same way.
    leftTabs->setCurrentIndex(0);
    QApplication::processEvents();
    window.customerSearch()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == window.findChild<QListView *>(u"customerList"_s));
    press(Qt::Key_Backtab);
    CHECK(QApplication::focusWidget() == window.customerSearch());
}

TEST_CASE("a keyboard-only walk: find a customer, read the timeline, log a note, open the picker and the Escalate "
          "dialog",
    "[ui][a11y]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    showActive(window);
    auto *customers = window.findChild<QListView *>(u"customerList"_s);
    REQUIRE(customers);

    // QTest types only ASCII, so pick a customer whose name is plain ASCII.
    QString target;
    for (int row = 10; row < window.customerModel()->rowCount() && target.isEmpty(); ++row) {
        const QString name = window.customerModel()->index(row).data().toString();
        if (std::all_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.unicode() < 128; }))
            target = name;
    }
    REQUIRE_FALSE(target.isEmpty());

    press(Qt::Key_K, Qt::ControlModifier);
    REQUIRE(window.customerSearch()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), target);
    REQUIRE(test::waitUntil([&] { return window.customerModel()->searchText() == target; }));
    press(Qt::Key_Return);
    CHECK(customers->hasFocus());
    const Id customerId = window.customerModel()->customerIdAt(0);
    CHECK(window.customerModel()->index(0).data().toString() == target);
    CHECK(window.timelineModel()->customerId() == customerId);
    REQUIRE(window.timelineModel()->rowCount() > 1);

    // Tab through the filters to the cards.
    QListView *cards = window.timelineView()->list();
    for (int i = 0; i < 60 && !cards->hasFocus(); ++i)
        press(Qt::Key_Tab);
    REQUIRE(cards->hasFocus());
    CHECK(cards->currentIndex().row() == 0);
    press(Qt::Key_Down);
    CHECK(cards->currentIndex().row() == 1);

    // Ctrl+N starts a note, Ctrl+Enter logs it.
    const int eventsBefore = window.timelineModel()->rowCount();
    press(Qt::Key_N, Qt::ControlModifier);
    QPlainTextEdit *body = window.composePanel()->bodyEdit();
    REQUIRE(body->hasFocus());
    QTest::keyClicks(body, u"Keyboard only: customer asked for a call back on Friday"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return window.timelineModel()->rowCount() > eventsBefore; }));
    bool found = false;
    for (int row = 0; row < window.timelineModel()->rowCount() && !found; ++row) {
        const QModelIndex index = window.timelineModel()->index(row);
        found = index.data(TimelineRoles::Preview).toString().contains(u"call back on Friday"_s)
            && InteractionKind(index.data(TimelineRoles::Kind).toInt()) == InteractionKind::Note;
    }
    CHECK(found);
    CHECK(body->toPlainText().isEmpty());

    // Ctrl+. opens the template picker; Escape leaves it without inserting anything.
    body->setFocus(Qt::OtherFocusReason);
    bool sawPicker = false;
    escapeNextModal([&](QWidget *modal) { sawPicker = qobject_cast<TemplatePickerDialog *>(modal) != nullptr; });
    press(Qt::Key_Period, Qt::ControlModifier);
    CHECK(sawPicker);
    CHECK(body->toPlainText().isEmpty());
    CHECK(QApplication::activeModalWidget() == nullptr);
    backToWindow(window);
    CHECK(body->hasFocus());

    // Ctrl+Shift+E opens the Escalate dialog; Escape cancels it and nothing is escalated.
    bool sawEscalation = false;
    escapeNextModal([&](QWidget *modal) { sawEscalation = qobject_cast<EscalationDialog *>(modal) != nullptr; });
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(sawEscalation);
    CHECK(QApplication::activeModalWidget() == nullptr);
    backToWindow(window);
    CHECK(body->hasFocus());
}

TEST_CASE("every control a keyboard reaches, icon-only buttons included, has an accessible name", "[ui][a11y]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"lead"_s));
    showActive(window);
    auto *leftTabs = window.findChild<QTabWidget *>(u"leftTabs"_s);
    auto *rightTabs = window.findChild<QTabWidget *>(u"rightTabs"_s);
    REQUIRE(leftTabs);
    REQUIRE(rightTabs);

    for (int page = 0; page < std::max(leftTabs->count(), rightTabs->count()); ++page) {
        leftTabs->setCurrentIndex(std::min(page, leftTabs->count() - 1));
        rightTabs->setCurrentIndex(std::min(page, rightTabs->count() - 1));
        QApplication::processEvents();
        for (QWidget *control : tabbableControls(window)) {
            INFO(describe(control).toStdString());
            CHECK_FALSE(accessibleNameOf(control).isEmpty());
        }
        // Buttons without text (a clear button, an icon in a tool bar) are named for screen readers too.
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || !button->text().trimmed().isEmpty())
                continue;
            INFO(describe(button).toStdString());
            CHECK_FALSE(accessibleNameOf(button).isEmpty());
        }
    }
    auto *toolBar = window.findChild<QToolBar *>(u"deskToolBar"_s);
    REQUIRE(toolBar);
    for (QAction *action : toolBar->actions()) {
        QWidget *button = toolBar->widgetForAction(action);
        REQUIRE(button);
        if (action->isVisible())
            CHECK_FALSE(accessibleNameOf(button).isEmpty());
    }
}

TEST_CASE("Help > Keyboard Shortcuts lists every action of the main window that has a shortcut", "[ui][a11y]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"lead"_s));
    showActive(window);

    std::unique_ptr<ShortcutsDialog> dialog = window.createShortcutsDialog();
    QTreeWidget *tree = dialog->tree();
    const auto rows = [tree](bool visibleOnly) {
        QList<QTreeWidgetItem *> all;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                QTreeWidgetItem *row = tree->topLevelItem(i)->child(j);
                if (!visibleOnly || (!row->isHidden() && !row->parent()->isHidden()))
                    all.append(row);
            }
        }
        return all;
    };
    const QList<QTreeWidgetItem *> everything = rows(false);
    int withShortcut = 0;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = ShortcutsDialog::keyText(action->shortcuts());
        QString name = action->text();
        name.remove(u'&');
        INFO(name.toStdString() + " " + keys.toStdString());
        CHECK(std::any_of(everything.cbegin(), everything.cend(),
            [&](const QTreeWidgetItem *row) { return row->text(0) == name && row->text(1) == keys; }));
    }
    CHECK(withShortcut >= 12);
    // Keys that are not actions are listed as well.
    CHECK(std::any_of(everything.cbegin(), everything.cend(), [](const QTreeWidgetItem *row) {
        return row->text(1) == TemplatePickerDialog::defaultShortcut().toString(QKeySequence::NativeText);
    }));

    // The filter finds a command by its name or by its keys.
    dialog->setFilter(u"find customer"_s);
    QList<QTreeWidgetItem *> shown = rows(true);
    REQUIRE(shown.size() == 1);
    CHECK(shown.front()->text(1) == QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
    dialog->setFilter(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E).toString(QKeySequence::NativeText));
    shown = rows(true);
    REQUIRE(shown.size() == 1);
    CHECK(shown.front()->text(0).startsWith(u"Escalate"_s));
    dialog->setFilter(QString());
    CHECK(rows(true).size() == everything.size());

    // Ctrl+/ opens it from the desk.
    dialog.reset();
    press(Qt::Key_Slash, Qt::ControlModifier);
    auto *opened = window.findChild<ShortcutsDialog *>(u"shortcutsDialog"_s);
    REQUIRE(opened);
    CHECK(opened->isVisible());
    opened->close();
}

TEST_CASE("the main window puts its geometry, splitter sizes and tabs back on the next start", "[ui][a11y]")
{
    QSettings().remove(u"mainWindow"_s);
    QList<int> desk;
    QList<int> centre;
    QSize closedSize;
    {
        test::TempWorkspace temp;
        test::MockClock clock;
        MainWindow window(demoSession(temp, clock, u"rep"_s));
        window.restoreLayout();
        // A first start opens on the inbox; this agent goes to the customer desk and leaves it there.
        auto *desks = window.findChild<QTabWidget *>(u"desks"_s);
        REQUIRE(desks);
        CHECK(desks->currentIndex() == 0);
        desks->setCurrentIndex(1);
        window.findChild<QTabWidget *>(u"leftTabs"_s)->setCurrentIndex(2);
        window.findChild<QTabWidget *>(u"rightTabs"_s)->setCurrentIndex(1);
        showActive(window);
        // Smaller than the offscreen screen, so nothing has to shrink the window to fit it. At its smallest
        // width the desk's panes are at their smallest too; the timeline's split is the agent's own.
        window.resize(window.minimumSizeHint().width(), 700);
        QApplication::processEvents();
        auto *deskSplitter = window.findChild<QSplitter *>(u"deskSplitter"_s);
        auto *centreSplitter = window.findChild<QSplitter *>(u"timelineSplitter"_s);
        REQUIRE(deskSplitter);
        REQUIRE(centreSplitter);
        deskSplitter->setSizes({ 420, 500, 340 });
        centreSplitter->setSizes({ 300, 400 });
        QApplication::processEvents();
        CHECK(deskSplitter->sizes() != QList<int> { 280, 620, 380 });
        window.close();
        // What the window looked like when it closed is what the next one shows.
        closedSize = window.size();
        desk = deskSplitter->sizes();
        centre = centreSplitter->sizes();
    }
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    window.restoreLayout();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The offscreen platform's made-up window frame moves a restored width by a few pixels, which the
    // splitters then share out; a real window manager gives the size back exactly.
    constexpr int frameSlack = 8;
    CHECK(std::abs(window.width() - closedSize.width()) <= frameSlack);
    CHECK(std::abs(window.height() - closedSize.height()) <= frameSlack);
    QApplication::processEvents();
    const auto text = [](const QList<int> &sizes) {
        QStringList parts;
        for (const int size : sizes)
            parts.append(QString::number(size));
        return parts.join(u' ').toStdString();
    };
    INFO("restored " << text(window.findChild<QSplitter *>(u"deskSplitter"_s)->sizes()) << " closed " << text(desk));
    CHECK(closeTo(window.findChild<QSplitter *>(u"deskSplitter"_s)->sizes(), desk, frameSlack));
    CHECK(closeTo(window.findChild<QSplitter *>(u"timelineSplitter"_s)->sizes(), centre, frameSlack));
    CHECK(window.findChild<QTabWidget *>(u"desks"_s)->currentIndex() == 1);
    CHECK(window.findChild<QTabWidget *>(u"leftTabs"_s)->currentIndex() == 2);
    CHECK(window.findChild<QTabWidget *>(u"rightTabs"_s)->currentIndex() == 1);
    QSettings().remove(u"mainWindow"_s);
}

TEST_CASE("light and dark palettes: meaning colours stay readable and System goes back", "[ui][a11y]")
{
    const QPalette original = QApplication::palette();
    for (const Appearance::Theme theme : { Appearance::Theme::Light, Appearance::Theme::Dark }) {
        Appearance::apply(theme);
        const QPalette palette = QApplication::palette();
        INFO(Appearance::keyOf(theme).toStdString());
        CHECK(ThemeColors::isDark(palette) == (theme == Appearance::Theme::Dark));
        CHECK(QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) == 0);
        for (const QPalette::ColorRole background : { QPalette::Window, QPalette::Base }) {
            CHECK(ThemeColors::contrastRatio(palette.color(QPalette::Text), palette.color(background)) >= 7.0);
            CHECK(
                ThemeColors::contrastRatio(palette.color(QPalette::PlaceholderText), palette.color(background)) >= 4.5);
        }
        CHECK(ThemeColors::contrastRatio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight))
            >= 4.5);
        for (const QColor &color :
            { ThemeColors::error(palette), ThemeColors::warning(palette), ThemeColors::success(palette) })
            CHECK(ThemeColors::contrastRatio(color, palette.color(QPalette::Window)) >= 4.5);
    }
    Appearance::apply(Appearance::Theme::System);
    CHECK(QApplication::palette() == original);
    CHECK(Appearance::current() == Appearance::Theme::System);
    CHECK(Appearance::fromKey(u"DARK"_s) == Appearance::Theme::Dark);
    CHECK_FALSE(Appearance::fromKey(u"sepia"_s).has_value());
}

TEST_CASE("the current row of a list shows a focus frame while the list has the keyboard focus", "[ui][a11y]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    showActive(window);
    auto *customers = window.findChild<QListView *>(u"customerList"_s);
    REQUIRE(customers);
    const QRect row = customers->visualRect(customers->currentIndex());
    REQUIRE(row.isValid());

    window.customerSearch()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    const QImage unfocused = customers->viewport()->grab(row).toImage();
    customers->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    const QImage focused = customers->viewport()->grab(row).toImage();
    CHECK(focused != unfocused);
    // The frame is drawn in the selected row's text colour, so it shows on the highlight.
    const QColor edge = focused.pixelColor(focused.width() / 2, 2 * int(focused.devicePixelRatio()));
    CHECK(ThemeColors::contrastRatio(edge, customers->palette().color(QPalette::Active, QPalette::Highlight)) > 2.0);
}
