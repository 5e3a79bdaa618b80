// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DateTimeText.h"
#include "EscalationSamples.h"
#include "EscalationSteps.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "escalation/AnswerDialog.h"
#include "escalation/AttachmentsEditor.h"
#include "escalation/EscalationNotifier.h"
#include "escalation/EscalationQueueDelegate.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/HandoffCard.h"
#include "escalation/SpecialistQueueWidget.h"
#include "services/AccountService.h"
#include "services/EscalationService.h"
#include "services/WorkspaceSession.h"
#include "storage/ChangeFeed.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <KNotification>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;
using test::press;
using test::step;

namespace {

constexpr Millis minute = 60'000;

void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

SpecialistQueueWidget *queueWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *queue = qobject_cast<SpecialistQueueWidget *>(widget); queue && queue->isVisible())
            return queue;
    }
    return nullptr;
}

// With TANDEM_ESCALATION_RENDER_DIR set the PNG is kept there to look at.
void render(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("TANDEM_ESCALATION_RENDER_DIR");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name + u".png"_s));
}

} // namespace

TEST_CASE("a hand-back from another desk is pinned first in the rep's list, its state in full, and its notification "
          "opens it",
    "[frontline][escalation]")
{
    test::TempWorkspace temp;
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    temp.openWithDemo(12, 150, 16);
    auto session = std::make_unique<WorkspaceSession>(temp.take(), clock);
    const Actor rep = session->accounts().signInWithoutPassword(u"rep"_s);
    session->setActor(rep);

    // The specialist works at another desk: its own connection, heard through the change feed.
    std::unique_ptr<Workspace> specialistWorkspace = Workspace::open(temp.path());
    EscalationService specialistDesk(*specialistWorkspace, clock);
    const Actor specialist = AccountService(*specialistWorkspace).signInWithoutPassword(u"specialist"_s);
    // Eight open escalations; the one that comes back has the most SLA time left, so by due time alone it
    // would be last.
    QList<Id> open;
    for (int i = 0; i < 7; ++i) {
        open.append(specialistDesk.escalate(rep, test::sampleHandoff(1 + i, Severity(i % 3), u"Issue %1"_s.arg(i))));
        clock.advance(minute);
    }
    const Id returning
        = specialistDesk.escalate(rep, test::sampleHandoff(9, Severity::S4, u"Invoice PDF shows blank pages"_s));
    step(specialistDesk, specialist, returning, EscalationAction::Claim);
    step(specialistDesk, specialist, returning, EscalationAction::Start);
    step(specialistDesk, specialist, returning, EscalationAction::Resolve, u"Fixed the font embedding"_s);

    MainWindow window(std::move(session));
    window.resize(1280, 800);
    showActive(window);
    auto *notifier = window.findChild<EscalationNotifier *>();
    REQUIRE(notifier);

    // Ctrl+E opens the rep's escalations, sorted by SLA: the one about to come back is last.
    auto *customers = window.findChild<QListView *>(u"customerList"_s);
    REQUIRE(customers);
    customers->setFocus(Qt::OtherFocusReason);
    press(customers, Qt::Key_E, Qt::ControlModifier);
    SpecialistQueueWidget *desk = queueWindow();
    REQUIRE(desk);
    QAbstractItemModelTester tester(desk->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(desk->model()->filter().queue == EscalationQueue::EscalatedByMe);
    REQUIRE(desk->model()->rowOf(returning) >= 0);
    CHECK_FALSE(desk->model()->index(desk->model()->rowOf(returning)).data(EscalationRoles::WaitsOnMe).toBool());
    for (const Id id : std::as_const(open))
        CHECK(desk->model()->rowOf(id) < desk->model()->rowOf(returning));
    showActive(*desk);
    desk->view()->setFocus(Qt::OtherFocusReason);
    press(desk->view(), Qt::Key_Home);
    const Id firstBefore = desk->selectedEscalationId();
    CHECK(firstBefore != returning);

    step(specialistDesk, specialist, returning, EscalationAction::HandBack,
        u"Tell the customer to download the invoice again; the old copy stays blank."_s);

    // The desktop notification names the escalation and what to do, and opens it. Whether a notification
    // service shows it or not (there is none here), the notifier says what it asked the desktop to show.
    REQUIRE(test::waitUntil([&] { return notifier->lastSent() && notifier->lastSent()->escalationId == returning; }));
    const EscalationNotifier::Sent sent = *notifier->lastSent();
    CHECK(sent.eventId == QString(EscalationNotifier::needsYouEventId));
    CHECK(sent.title == u"Escalation #%1 was handed back to you"_s.arg(returning));
    CHECK_THAT(sent.text.toStdString(),
        ContainsSubstring(specialist.name.toStdString()) && ContainsSubstring("Invoice PDF shows blank pages")
            && ContainsSubstring("handed"));
    CHECK(sent.defaultAction == u"Open Escalation #%1"_s.arg(returning));

    // In the list it is now at the top with what else waits on the rep (none in this workspace, or older
    // ones from the demo history), before everything that does not, marked, and its state reads in full at
    // the window's default size.
    REQUIRE(test::waitUntil([&] {
        return desk->model()->index(desk->model()->rowOf(returning)).data(EscalationRoles::WaitsOnMe).toBool();
    }));
    const int pinnedRow = desk->model()->rowOf(returning);
    for (int row = 0; row < pinnedRow; ++row)
        CHECK(desk->model()->index(row).data(EscalationRoles::WaitsOnMe).toBool());
    for (const Id id : std::as_const(open))
        CHECK(desk->model()->rowOf(id) > pinnedRow);
    const QModelIndex first = desk->model()->index(pinnedRow);
    CHECK(first.data(EscalationRoles::StateName).toString() == displayName(EscalationState::HandedBack));
    auto *delegate = qobject_cast<EscalationQueueDelegate *>(desk->view()->itemDelegate());
    REQUIRE(delegate);
    QStyleOptionViewItem option;
    option.initFrom(desk->view());
    option.font = desk->view()->font();
    option.rect = desk->view()->visualRect(first);
    CHECK(option.rect.width() > 0);
    CHECK(delegate->shownState(option, first) == displayName(EscalationState::HandedBack));
    // The selection stayed where the rep had put it.
    CHECK(desk->selectedEscalationId() == firstBefore);
    render(*desk, u"escalated-by-me-after-hand-back"_s);

    // The rep moves on in the list, then opens the notification: the escalation is selected and shown.
    press(desk->view(), Qt::Key_End);
    CHECK(desk->selectedEscalationId() != returning);
    notifier->activateLastSent();
    CHECK(queueWindow() == desk);
    CHECK(desk->selectedEscalationId() == returning);
    CHECK(desk->view()->currentIndex().row() == pinnedRow);
    CHECK(desk->card()->escalationId() == returning);
    delete desk;
}

TEST_CASE("the Answer view shows the specialist's question, keeps an empty answer open, and sends the answer with "
          "an attachment",
    "[frontline][escalation]")
{
    test::TempWorkspace temp;
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    Workspace &workspace = temp.openWithDemo(8, 100, 12);
    EscalationService service(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);
    const Id other
        = service.escalate(rep, test::sampleHandoff(2, Severity::S1, u"Dashboard shows every camera offline"_s));
    const Id asked
        = service.escalate(rep, test::sampleHandoff(3, Severity::S3, u"Sync stops behind the office proxy"_s));
    step(service, specialist, asked, EscalationAction::Claim);
    step(service, specialist, asked, EscalationAction::Start);
    clock.advance(5 * minute);
    const QString question = u"Which proxy user does the bridge log in with? Please attach the bridge log."_s;
    step(service, specialist, asked, EscalationAction::AskRep, question);

    SpecialistQueueWidget desk(service, rep);
    desk.resize(1100, 700);
    showActive(desk);
    // Waiting on the rep, so before the S1 (and with whatever else waits on them from the demo history).
    REQUIRE(desk.model()->rowOf(asked) >= 0);
    CHECK(desk.model()->rowOf(asked) < desk.model()->rowOf(other));
    desk.view()->setFocus(Qt::OtherFocusReason);
    press(desk.view(), Qt::Key_Home);
    for (int row = 0; row < desk.model()->rowOf(asked); ++row)
        press(desk.view(), Qt::Key_Down);
    REQUIRE(desk.selectedEscalationId() == asked);

    QPushButton *answer = desk.actionButton(EscalationAction::Answer);
    REQUIRE(answer);
    REQUIRE(answer->isVisible());
    answer->setFocus(Qt::TabFocusReason);
    press(answer, Qt::Key_Space);
    AnswerDialog *dialog = desk.answerDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));

    // What it is about: the escalation, the question, who asked and when.
    CHECK_THAT(dialog->findChild<QLabel *>(u"answerTitle"_s)->text().toStdString(),
        ContainsSubstring("Sync stops behind the office proxy"));
    CHECK(dialog->findChild<QLabel *>(u"question"_s)->text() == question);
    const QString from = dialog->findChild<QLabel *>(u"questionFrom"_s)->text();
    CHECK_THAT(from.toStdString(), ContainsSubstring(specialist.name.toStdString()));
    CHECK_THAT(from.toStdString(),
        ContainsSubstring(shortDateTimeText(QDateTime::fromMSecsSinceEpoch(clock.now()).toLocalTime()).toStdString()));
    QPlainTextEdit *text = dialog->answerEdit();
    CHECK(test::waitUntil([&] { return text->hasFocus(); }));

    // The log asked for, pasted with the keyboard as on the hand-off form.
    const QString log = u"2026-01-01 09:58:12.530 WARN  [http] proxy asked for credentials (407)\n"
                        "2026-01-01 09:58:12.531 ERROR [sync] cycle 4411 failed: ProxyAuthenticationRequired\n"_s;
    QApplication::clipboard()->setText(log);
    auto *paste = dialog->findChild<QPushButton *>(u"pasteAttachment"_s);
    REQUIRE(paste);
    paste->setFocus(Qt::TabFocusReason);
    press(paste, Qt::Key_Space);
    REQUIRE(dialog->attachments()->attachments().size() == 1);
    CHECK(dialog->attachments()->attachments().at(0).format == BodyFormat::Log);

    // An answer of blanks is refused: the dialog stays, says why, and keeps what was typed and attached.
    text->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(text, u"   "_s);
    press(text, Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog->isVisible());
    CHECK(dialog->message()->isVisible());
    CHECK_THAT(dialog->message()->text().toStdString(), ContainsSubstring("Write your answer"));
    CHECK(text->toPlainText() == u"   "_s);
    CHECK(dialog->attachments()->attachments().size() == 1);
    CHECK(service.escalation(asked)->escalation.state == EscalationState::NeedsInfoFromRep);
    render(*dialog, u"answer-refused"_s);

    // A real answer over several lines goes with the attachment.
    text->selectAll();
    QTest::keyClicks(text, u"The bridge logs in as svc-bridge."_s);
    press(text, Qt::Key_Return);
    QTest::keyClicks(text, u"The log from the office PC is attached."_s);
    press(text, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return desk.answerDialog() == nullptr; }));
    const std::optional<HandoffDetails> card = service.handoff(specialist, asked);
    REQUIRE(card);
    CHECK(card->item.escalation.state == EscalationState::InProgress);
    CHECK(card->events.constLast().action == EscalationAction::Answer);
    CHECK(card->events.constLast().note
        == u"The bridge logs in as svc-bridge.\nThe log from the office PC is attached."_s);
    REQUIRE(card->attachments.size() == 1);
    CHECK(card->attachments.at(0).content == log);
    CHECK(desk.model()->rowOf(asked) > desk.model()->rowOf(other));
}

TEST_CASE("the notice of a returned escalation is a desktop notification whose action opens that escalation",
    "[frontline][escalation]")
{
    EscalationNotifier notifier;
    QSignalSpy opened(&notifier, &EscalationNotifier::openEscalationRequested);
    EscalationListItem item;
    item.escalation.id = 4711;
    item.escalation.state = EscalationState::NeedsInfoFromRep;
    item.escalation.summary = u"Exports fail with an error page"_s;
    item.customerName = u"Ada Lovelace"_s;
    item.assigneeName = u"Sam Specialist"_s;
    // Without a notification service (as here) sending returns at once and nothing is shown.
    notifier.notifyReturned(item);
    KNotification *notice = notifier.notice();
    REQUIRE(notice);
    CHECK(notice->eventId() == QString(EscalationNotifier::needsYouEventId));
    CHECK(notice->componentName() == u"tandem"_s);
    CHECK(notice->title() == u"Escalation #4711 needs information from you"_s);
    CHECK(notice->text()
        == u"Sam Specialist has a question about “Exports fail with an error page” for Ada Lovelace. Support waits "
           "for your answer."_s);
    REQUIRE(notice->defaultAction());
    CHECK(notice->defaultAction()->label() == u"Open Escalation #4711"_s);
    emit notice->defaultAction()->activated();
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == 4711);
}
