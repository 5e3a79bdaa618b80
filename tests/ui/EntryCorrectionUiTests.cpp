// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "ShortcutsDialog.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/WorkspaceSession.h"
#include "templates/TemplatePickerDialog.h"
#include "timeline/ComposePanel.h"
#include "timeline/CorrectEntryDialog.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

#include <functional>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<WorkspaceSession> demoSession(test::TempWorkspace &temp, const Clock &clock, const QString &login)
{
    temp.openWithDemo(5, 60, 16);
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

// What has the keyboard focus, as a person would name it: a button's or check box's words, else its kind.
QString focusedControl()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return u"(nothing)"_s;
    if (const auto *button = qobject_cast<QAbstractButton *>(focus))
        return button->text().remove(u'&');
    return QString::fromLatin1(focus->metaObject()->className());
}

// Runs `act` on the next modal dialog as soon as it is open and has the keyboard.
void onNextModal(const std::function<void(QWidget *)> &act)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isActiveWindow()) {
            poll->deleteLater();
            poll->stop();
            act(modal);
        }
    });
    poll->start(10);
}

int rowWithPreview(const TimelineModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(TimelineRoles::Preview).toString().contains(text))
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("Tab in a complaint passes its cause and L.E.A.S.T. steps before it reaches Log", "[frontline][timeline]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    showActive(window);
    ComposePanel *compose = window.composePanel();
    compose->setEntryType(ComposePanel::EntryType::Complaint);
    const qint64 events = window.timelineModel()->rowCount();
    QPlainTextEdit *body = compose->bodyEdit();
    body->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(body, u"Customer says the parcel arrived crushed"_s);

    QStringList reached;
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.append(focusedControl());
    }
    const QStringList expected { u"QComboBox"_s, u"New Cause…"_s, u"Listen"_s, u"Empathize"_s, u"Apologize"_s,
        u"Solve"_s, u"Thank"_s, u"Template…"_s, u"Log"_s };
    INFO(reached.join(u", "_s).toStdString());
    CHECK(reached == expected);

    // Shift+Tab walks back to the last step, and Space there ticks the step; nothing was logged on the way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    REQUIRE(focusedControl() == u"Thank"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(qobject_cast<QCheckBox *>(QApplication::focusWidget())->isChecked());
    CHECK(window.timelineModel()->rowCount() == events);
    CHECK(body->toPlainText() == u"Customer says the parcel arrived crushed"_s);
}

TEST_CASE("a template inserted into a complaint keeps it a complaint, a blank line below the typed text",
    "[frontline][timeline]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    window.session().templates().installDefaultLibrary();
    showActive(window);
    ComposePanel *compose = window.composePanel();
    compose->setEntryType(ComposePanel::EntryType::Complaint);
    QPlainTextEdit *body = compose->bodyEdit();
    body->setFocus(Qt::OtherFocusReason);
    const QString typed = u"Customer says the parcel arrived crushed."_s;
    QTest::keyClicks(body, typed);

    bool picked = false;
    onNextModal([&](QWidget *modal) {
        auto *picker = qobject_cast<TemplatePickerDialog *>(modal);
        if (!picker)
            return;
        // The L.E.A.S.T. call script, the walk-through's choice.
        QTest::keyClicks(picker->filterEdit(), u"apology-call"_s);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        picked = true;
    });
    QTest::keyClick(body, Qt::Key_Period, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return picked && QApplication::activeModalWidget() == nullptr; }));

    CHECK(compose->draft().value(u"type"_s).toInt() == int(ComposePanel::EntryType::Complaint));
    const QString text = body->toPlainText();
    INFO(text.toStdString());
    REQUIRE(text.size() > typed.size() + 2);
    CHECK(text.startsWith(typed + u"\n\n"_s));
    CHECK_FALSE(text.mid(typed.size() + 2).startsWith(u'\n'));

    // Inserted in the middle, it is a paragraph of its own on both sides.
    body->setPlainText(u"Before.After."_s);
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(7);
    body->setTextCursor(cursor);
    compose->insertText(u"Script"_s, 6);
    CHECK(body->toPlainText() == u"Before.\n\nScript\n\nAfter."_s);
    CHECK(body->textCursor().position() == 15);
}

TEST_CASE("F2 on a timeline entry corrects it: the correction supersedes it, and the old card shows corrected",
    "[frontline][timeline]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    MainWindow window(demoSession(temp, clock, u"rep"_s));
    showActive(window);
    TimelineModel &model = *window.timelineModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    // The walk-through's slip: a complaint logged as a note, with the keyboard.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPlainTextEdit *body = window.composePanel()->bodyEdit();
    REQUIRE(body->hasFocus());
    QTest::keyClicks(body, u"Charged twice for the March invoice"_s);
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return rowWithPreview(model, u"Charged twice"_s) >= 0; }));
    const int row = rowWithPreview(model, u"Charged twice"_s);
    const Id original = model.interactionIdAt(row);

    // The timeline's context menu and the shortcuts dialog offer it.
    QListView *cards = window.timelineView()->list();
    QAction *correct = nullptr;
    for (QAction *action : cards->actions()) {
        if (action->text().remove(u'&') == u"Correct Entry…"_s)
            correct = action;
    }
    REQUIRE(correct);
    CHECK(correct->shortcut() == QKeySequence(Qt::Key_F2));
    const std::unique_ptr<ShortcutsDialog> shortcuts = window.createShortcutsDialog();
    CHECK_FALSE(shortcuts->tree()->findItems(u"Correct Entry…"_s, Qt::MatchExactly | Qt::MatchRecursive).isEmpty());

    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    REQUIRE(window.timelineView()->selectInteraction(original));
    REQUIRE(cards->hasFocus());

    // In the dialog: Down turns the note into a complaint (with the first cause), Return saves it.
    bool corrected = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<CorrectEntryDialog *>(modal);
        if (!dialog)
            return;
        CHECK(dialog->kindBox()->hasFocus());
        QTest::keyClick(dialog->kindBox(), Qt::Key_Down);
        CHECK(InteractionKind(dialog->kindBox()->currentData().toInt()) == InteractionKind::Complaint);
        QTest::keyClick(dialog->kindBox(), Qt::Key_Return);
        corrected = true;
    });
    QTest::keyClick(cards, Qt::Key_F2);
    REQUIRE(test::waitUntil([&] { return corrected && QApplication::activeModalWidget() == nullptr; }));

    const int oldRow = model.rowOf(original);
    REQUIRE(oldRow > 0);
    const QModelIndex oldCard = model.index(oldRow);
    const QModelIndex correction = model.index(oldRow - 1);
    CHECK(correction.data(TimelineRoles::CorrectsId).toLongLong() == original);
    CHECK(InteractionKind(correction.data(TimelineRoles::Kind).toInt()) == InteractionKind::Complaint);
    CHECK(oldCard.data(TimelineRoles::SupersededBy).toLongLong() == correction.data(TimelineRoles::Id).toLongLong());
    CHECK(InteractionKind(oldCard.data(TimelineRoles::Kind).toInt()) == InteractionKind::Note);
    CHECK(oldCard.data(Qt::AccessibleDescriptionRole).toString().contains(u"corrected"_s));
    CHECK(cards->currentIndex() == correction);

    // The old card cannot be corrected again: the window says why and opens nothing.
    const int rows = model.rowCount();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.timelineView()->selectInteraction(original));
    QTest::keyClick(cards, Qt::Key_F2);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(model.rowCount() == rows);
    INFO(window.messageBanner()->text().toStdString());
    CHECK(window.messageBanner()->text().contains(u"corrected already"_s));
}
