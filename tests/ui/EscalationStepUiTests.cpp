// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DetailsPanel.h"
#include "EscalationSamples.h"
#include "EscalationSteps.h"
#include "LengthLimitedTextEdit.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "escalation/EscalationActionDialog.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/HandoffCard.h"
#include "escalation/SpecialistQueueWidget.h"
#include "services/AccountService.h"
#include "services/CustomerProfileService.h"
#include "services/EscalationService.h"
#include "services/TimelineService.h"
#include "services/WorkspaceSession.h"
#include "timeline/BodyViewer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;
using test::press;
using test::step;

namespace {

constexpr Millis minute = 60'000;

// Presses the step's button from the keyboard and returns the dialog it opened.
EscalationActionDialog *openStep(SpecialistQueueWidget &desk, EscalationAction action)
{
    QPushButton *button = desk.actionButton(action);
    REQUIRE(button);
    REQUIRE(button->isVisible());
    button->setFocus(Qt::TabFocusReason);
    press(button, Qt::Key_Space);
    EscalationActionDialog *dialog = desk.actionDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    REQUIRE(test::waitUntil([&] { return dialog->noteEdit()->hasFocus(); }));
    return dialog;
}

QString labelText(QWidget *parent, const QString &name)
{
    auto *label = parent->findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

QStringList texts(QWidget *parent)
{
    QStringList all;
    for (const QLabel *label : parent->findChildren<QLabel *>())
        all.append(label->text());
    return all;
}

// The queue loaded to its end, so its rows can be counted.
void loadAll(EscalationQueueModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

TEST_CASE("ask, resolve and hand back take their text in a dialog about the escalation that never loses it",
    "[frontline][escalation]")
{
    test::TempWorkspace temp;
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    Workspace &workspace = temp.openWithDemo(8, 100, 12);
    EscalationService service(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);
    const Id id = service.escalate(rep, test::sampleHandoff(3, Severity::S2, u"Sync stops behind the office proxy"_s));
    step(service, specialist, id, EscalationAction::Claim);
    step(service, specialist, id, EscalationAction::Start);
    const QString customer = service.escalation(id)->customerName;

    SpecialistQueueWidget desk(service, specialist);
    desk.resize(1100, 700);
    desk.show();
    desk.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&desk));
    QAbstractItemModelTester tester(desk.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(desk.selectEscalation(id));

    // What it is about: number, summary, customer, and that nobody asked anything yet.
    EscalationActionDialog *ask = openStep(desk, EscalationAction::AskRep);
    CHECK_THAT(labelText(ask, u"actionTitle"_s).toStdString(), ContainsSubstring("#" + std::to_string(id)));
    CHECK_THAT(labelText(ask, u"actionTitle"_s).toStdString(), ContainsSubstring("Sync stops behind the office proxy"));
    CHECK(texts(ask).join(u'\n').contains(customer));
    CHECK_THAT(labelText(ask, u"actionPrompt"_s).toStdString(), ContainsSubstring(rep.name.toStdString()));

    // Blank text cannot be sent: the button is unavailable, Ctrl+Return says why and keeps the dialog and the text.
    LengthLimitedTextEdit *note = ask->noteEdit();
    CHECK_FALSE(ask->takeButton()->isEnabled());
    QTest::keyClicks(note, u"  "_s);
    CHECK_FALSE(ask->takeButton()->isEnabled());
    press(note, Qt::Key_Return, Qt::ControlModifier);
    CHECK(ask->isVisible());
    CHECK(ask->message()->isVisible());
    CHECK_THAT(ask->message()->text().toStdString(), ContainsSubstring("Write your question first"));
    CHECK(note->toPlainText() == u"  "_s);
    CHECK(service.escalation(id)->escalation.state == EscalationState::InProgress);

    // Escape closes without asking and without losing a word: the text is back next time.
    note->selectAll();
    QTest::keyClicks(note, u"Which proxy user does the bridge use?"_s);
    CHECK(ask->takeButton()->isEnabled());
    press(note, Qt::Key_Escape);
    REQUIRE(test::waitUntil([&] { return desk.actionDialog() == nullptr; }));
    CHECK(service.escalation(id)->escalation.state == EscalationState::InProgress);
    ask = openStep(desk, EscalationAction::AskRep);
    CHECK(ask->noteEdit()->toPlainText() == u"Which proxy user does the bridge use?"_s);
    CHECK(ask->takeButton()->isEnabled());

    // Return is a new line; Ctrl+Return asks.
    press(ask->noteEdit(), Qt::Key_Return);
    QTest::keyClicks(ask->noteEdit(), u"Please attach the bridge log."_s);
    press(ask->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return desk.actionDialog() == nullptr; }));
    std::optional<HandoffDetails> card = service.handoff(specialist, id);
    REQUIRE(card);
    CHECK(card->item.escalation.state == EscalationState::NeedsInfoFromRep);
    CHECK(card->events.constLast().action == EscalationAction::AskRep);
    CHECK(card->events.constLast().note == u"Which proxy user does the bridge use?\nPlease attach the bridge log."_s);

    // The rep answers at another desk: the status line follows the card's header instead of contradicting it.
    auto *banner = desk.findChild<MessageBanner *>(u"queueMessage"_s);
    REQUIRE(banner);
    CHECK_THAT(
        banner->text().toStdString(), ContainsSubstring(displayName(EscalationState::NeedsInfoFromRep).toStdString()));
    clock.advance(10 * minute);
    step(service, rep, id, EscalationAction::Answer, u"svc-bridge; the log is in the vault."_s);
    const std::string inProgress = displayName(EscalationState::InProgress).toStdString();
    CHECK_THAT(labelText(desk.card(), u"handoffBadges"_s).toStdString(), ContainsSubstring(inProgress));
    CHECK_THAT(banner->text().toStdString(), ContainsSubstring(inProgress));
    CHECK_FALSE(banner->text().contains(displayName(EscalationState::NeedsInfoFromRep)));

    // Resolving shows the latest exchange, question and answer, and asks for the fix.
    EscalationActionDialog *resolve = openStep(desk, EscalationAction::Resolve);
    const QStringList shown = texts(resolve);
    CHECK(shown.contains(u"Which proxy user does the bridge use?\nPlease attach the bridge log."_s));
    CHECK(shown.contains(u"svc-bridge; the log is in the vault."_s));
    CHECK_THAT(labelText(resolve, u"actionPrompt"_s).toStdString(), ContainsSubstring("fix"));
    QTest::keyClicks(resolve->noteEdit(), u"The bridge now sends proxy credentials."_s);
    press(resolve->noteEdit(), Qt::Key_Enter, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return desk.actionDialog() == nullptr; }));
    CHECK(service.escalation(id)->escalation.state == EscalationState::Resolved);
    CHECK(service.escalation(id)->escalation.resolution == u"The bridge now sends proxy credentials."_s);
    // Resolved, it leaves the working list but stays on the card for its hand-back.
    CHECK(desk.model()->rowOf(id) < 0);
    CHECK(desk.card()->escalationId() == id);

    EscalationActionDialog *handBack = openStep(desk, EscalationAction::HandBack);
    CHECK_THAT(labelText(handBack, u"actionPrompt"_s).toStdString(), ContainsSubstring("reason"));
    CHECK(texts(handBack).contains(u"The bridge now sends proxy credentials."_s));
    CHECK_FALSE(handBack->takeButton()->isEnabled());
    QTest::keyClicks(handBack->noteEdit(), u"Fixed: tell the customer sync works again after the update."_s);
    press(handBack->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return desk.actionDialog() == nullptr; }));
    CHECK(service.escalation(id)->escalation.state == EscalationState::HandedBack);
    CHECK(service.escalation(id)->escalation.customerExplanation
        == u"Fixed: tell the customer sync works again after the update."_s);
}

TEST_CASE("the queue button counts the list the queue window shows, without what support resolved, and the queue "
          "searches number, customer and summary without accents",
    "[frontline][escalation]")
{
    test::TempWorkspace temp;
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    temp.openWithDemo(8, 100, 12);
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    session->setActor(session->accounts().signInWithoutPassword(u"specialist"_s));
    WorkspaceSession &desk = *session;
    EscalationService &service = desk.escalations();
    const Actor specialist = desk.actor();
    const Actor rep = desk.accounts().signInWithoutPassword(u"rep"_s);

    // A customer whose name carries accents, escalated for twice; one of the two gets resolved.
    Customer muller = *desk.customers().customer(2);
    muller.firstName = u"Jürgen"_s;
    muller.lastName = u"Müller-Núñez"_s;
    desk.profiles().updateDetails(specialist, muller);
    const Id open = service.escalate(rep, test::sampleHandoff(2, Severity::S2, u"Café display stays black"_s));
    const Id done = service.escalate(rep, test::sampleHandoff(2, Severity::S3, u"Export misses March"_s));
    step(service, specialist, done, EscalationAction::Claim);
    step(service, specialist, done, EscalationAction::Start);
    step(service, specialist, done, EscalationAction::Resolve, u"Re-ran the export"_s);

    MainWindow window(std::move(session));
    window.show();
    QAction *queueAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            queueAction = action;
    }
    REQUIRE(queueAction);
    queueAction->trigger();
    SpecialistQueueWidget *queue = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<SpecialistQueueWidget *>(widget); candidate && candidate->isVisible())
            queue = candidate;
    }
    REQUIRE(queue);
    QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    loadAll(*queue->model());
    const int rows = queue->model()->rowCount();
    REQUIRE(rows > 0);
    CHECK(queueAction->text() == MainWindow::tr("Escalations (%1)").arg(rows));
    CHECK(queue->countLabel()->text() == SpecialistQueueWidget::tr("%n escalation(s)", nullptr, rows));
    for (int row = 0; row < rows; ++row) {
        const auto state = EscalationState(queue->model()->index(row).data(EscalationRoles::State).toInt());
        CHECK(state != EscalationState::Resolved);
        CHECK(state != EscalationState::HandedBack);
        CHECK(state != EscalationState::Closed);
    }
    CHECK(queue->model()->rowOf(open) >= 0);
    CHECK(queue->model()->rowOf(done) < 0);

    // A new hand-off moves the button and the list together.
    service.escalate(rep, test::sampleHandoff(4, Severity::S4, u"Printer icon missing"_s));
    loadAll(*queue->model());
    CHECK(queue->model()->rowCount() == rows + 1);
    CHECK(queueAction->text() == MainWindow::tr("Escalations (%1)").arg(rows + 1));

    // What support finished is one switch away.
    auto *which = queue->findChild<QComboBox *>(u"queueChoice"_s);
    REQUIRE(which);
    const int resolvedIndex = which->findData(int(EscalationQueue::Resolved));
    REQUIRE(resolvedIndex >= 0);
    which->setCurrentIndex(resolvedIndex);
    loadAll(*queue->model());
    CHECK(queue->model()->rowOf(done) >= 0);
    CHECK(queue->model()->rowOf(open) < 0);

    // The search, typed without accents, finds the customer; the number and the summary find it too.
    which->setCurrentIndex(which->findData(int(EscalationQueue::Support)));
    REQUIRE(QTest::qWaitForWindowActive(queue));
    queue->view()->setFocus(Qt::OtherFocusReason);
    press(queue->view(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return queue->searchEdit()->hasFocus(); }));
    QTest::keyClicks(queue->searchEdit(), u"muller-nun"_s);
    CHECK(queue->model()->rowOf(open) >= 0);
    CHECK(queue->model()->rowOf(done) < 0);
    CHECK(queue->countLabel()->text()
        == SpecialistQueueWidget::tr("%n escalation(s)", nullptr, queue->model()->rowCount()));
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        CHECK(queue->model()->index(row).data(EscalationRoles::CustomerId).toLongLong() == 2);
    queue->searchEdit()->clear();
    QTest::keyClicks(queue->searchEdit(), u"cafe DISPLAY"_s);
    REQUIRE(queue->model()->rowCount() == 1);
    CHECK(queue->model()->escalationIdAt(0) == open);
    queue->searchEdit()->clear();
    QTest::keyClicks(queue->searchEdit(), u"#"_s + QString::number(open));
    CHECK(queue->model()->rowOf(open) >= 0);
    queue->searchEdit()->clear();
    QTest::keyClicks(queue->searchEdit(), u"no such thing"_s);
    CHECK(queue->model()->rowCount() == 0);
    CHECK(queue->countLabel()->text() == SpecialistQueueWidget::tr("%n escalation(s)", nullptr, 0));
    queue->close();
}

TEST_CASE("a long stack trace picked for a hand-off scrolls in the card, highlighted", "[frontline][escalation]")
{
    test::TempWorkspace temp;
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    Workspace &workspace = temp.openWithDemo(8, 100, 12);
    EscalationService service(workspace, clock);
    TimelineService timeline(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);

    QString trace = u"com.lumo.sdk.ApiException: 407 Proxy Authentication Required while syncing the devices of "
                    "site Lanterna Café (request req_7f3a2c1b4e10, proxy http://proxy.office.local:3128)\n"_s;
    for (int frame = 0; frame < 60; ++frame)
        trace += u"\tat com.lumo.sdk.sync.Stage%1.run(Stage%1.java:%2)\n"_s.arg(frame).arg(100 + frame);
    Interaction pasted;
    pasted.customerId = 3;
    pasted.channel = Channel::Email;
    pasted.direction = Direction::Inbound;
    pasted.kind = InteractionKind::Message;
    pasted.subject = u"The crash from last night"_s;
    pasted.body = trace;
    pasted.bodyFormat = BodyFormat::StackTrace;
    const Id traceId = timeline.logInteraction(rep, pasted);
    HandoffForm form = test::sampleHandoff(3, Severity::S2, u"Sync crashes every night"_s);
    form.interactionIds = { traceId };
    const Id id = service.escalate(rep, form);

    HandoffCard card(service, specialist);
    card.resize(760, 900);
    REQUIRE(card.showEscalation(id));
    card.show();
    QApplication::processEvents();
    BodyViewer *viewer = nullptr;
    for (BodyViewer *candidate : card.findChildren<BodyViewer *>()) {
        if (candidate->editor()->toPlainText().startsWith(u"com.lumo.sdk.ApiException"_s))
            viewer = candidate;
    }
    REQUIRE(viewer);
    CHECK(viewer->highlightingName() == u"Tandem Stack Trace"_s);
    // Every frame is there, in a box that scrolls rather than a cut preview.
    CHECK(viewer->editor()->toPlainText() == trace);
    CHECK(viewer->editor()->verticalScrollBar()->maximum() > 0);
    viewer->editor()->setFocus(Qt::OtherFocusReason);
    press(viewer->editor(), Qt::Key_End, Qt::ControlModifier);
    CHECK(viewer->editor()->verticalScrollBar()->value() == viewer->editor()->verticalScrollBar()->maximum());
    CHECK(viewer->editor()->horizontalScrollBar()->maximum() > 0);

    // The details pane beside the timeline: the same trace scrolls both ways there too.
    DetailsPanel details;
    details.resize(420, 520);
    details.show();
    details.showInteraction(timeline.interaction(traceId));
    QApplication::processEvents();
    auto *body = details.findChild<BodyViewer *>();
    REQUIRE(body);
    CHECK(body->highlightingName() == u"Tandem Stack Trace"_s);
    CHECK(body->editor()->toPlainText() == trace);
    CHECK(body->editor()->height() > 100);
    CHECK(body->editor()->verticalScrollBar()->maximum() > 0);
    CHECK(body->editor()->horizontalScrollBar()->maximum() > 0);
}
