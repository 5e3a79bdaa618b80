// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "escalation/AddInformationDialog.h"
#include "escalation/AttachmentsEditor.h"
#include "escalation/EscalationDialog.h"
#include "escalation/HandoffCard.h"
#include "services/AccountService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/TimelineService.h"
#include "storage/Query.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <KMessageWidget>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

struct Desk
{
    Desk()
        : workspace(temp.openWithDemo(5, 40, 9)),
          escalations(workspace, clock),
          customers(workspace),
          timeline(workspace, clock)
    {
        AccountService accounts(workspace);
        rep = accounts.signInWithoutPassword(u"rep"_s);
        specialist = accounts.signInWithoutPassword(u"specialist"_s);
    }

    // A demo customer support has nothing open for yet, so the escalation made here is the one the form names.
    Id quietCustomer()
    {
        for (Id id = 1; id <= 5; ++id) {
            if (escalations.unresolvedEscalationsOf(id).isEmpty())
                return id;
        }
        return 0;
    }

    // Escalated and being worked on by the specialist.
    Id inProgress(Id customerId, const QString &summary)
    {
        const Id id = escalations.escalate(rep, test::sampleHandoff(customerId, Severity::S2, summary));
        for (const EscalationAction action : { EscalationAction::Claim, EscalationAction::Start })
            escalations.transition(specialist, id, action, {}, escalations.escalation(id)->escalation.version);
        return id;
    }

    qint64 escalationCount() const
    {
        return Query::scalar(workspace.database(), u"SELECT count(*) FROM escalations"_s).toLongLong();
    }

    test::TempWorkspace temp;
    test::MockClock clock;
    Workspace &workspace;
    EscalationService escalations;
    CustomerService customers;
    TimelineService timeline;
    Actor rep, specialist;
};

void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// With TANDEM_ESCALATION_RENDER_DIR set the PNG is kept there to look at.
void render(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("TANDEM_ESCALATION_RENDER_DIR");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name + u".png"_s));
}

} // namespace

TEST_CASE("the escalation form warns of the customer's open escalation, and Alt+A adds what was typed to it instead",
    "[frontline][escalation]")
{
    Desk desk;
    const Id customer = desk.quietCustomer();
    REQUIRE(customer != 0);
    const Id open = desk.inProgress(customer, u"Export fails with an error page"_s);
    const qint64 escalationsBefore = desk.escalationCount();

    EscalationDialog dialog(desk.escalations, desk.customers, desk.timeline, desk.rep, customer, {});
    showActive(dialog);
    MessageBanner *warning = dialog.relatedNotice();
    REQUIRE(warning);
    CHECK(warning->isVisible());
    CHECK(warning->messageType() == KMessageWidget::Warning);
    const std::string expected = "This customer already has an open escalation: #" + std::to_string(open)
        + " Export fails with an error page (In progress, " + desk.specialist.name.toStdString() + ")";
    CHECK_THAT(warning->text().toStdString(), ContainsSubstring(expected));

    // The rep types the problem anyway, and pastes a log, all from the keyboard.
    auto *summary = dialog.findChild<QLineEdit *>(u"summary"_s);
    auto *steps = dialog.findChild<QPlainTextEdit *>(u"steps"_s);
    REQUIRE((summary && steps));
    summary->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(summary, u"Export still fails"_s);
    steps->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(steps, u"Export March as CSV"_s);
    const QString log = u"2026-03-01 10:00:01 ERROR export: timeout after 30 s\n"_s;
    QApplication::clipboard()->setText(log);
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    REQUIRE(test::waitUntil([&] { return dialog.attachments().size() == 1; }));

    // "Add to #N instead" answers to its mnemonic and opens the note with everything typed, and the file.
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    REQUIRE(
        test::waitUntil([&] { return dialog.addInformationDialog() && dialog.addInformationDialog()->isVisible(); }));
    AddInformationDialog *add = dialog.addInformationDialog();
    CHECK(add->escalationId() == open);
    const QString note = add->noteEdit()->toPlainText();
    CHECK_THAT(note.toStdString(), ContainsSubstring("Export still fails") && ContainsSubstring("Export March as CSV"));
    REQUIRE(add->attachments()->attachments().size() == 1);
    CHECK(add->attachments()->attachments().constFirst().content == log);
    render(*add, u"add-information"_s);

    // Cancelling loses nothing: the form still holds it all.
    QTest::keyClick(add->noteEdit(), Qt::Key_Escape);
    REQUIRE(test::waitUntil([&] { return dialog.addInformationDialog() == nullptr; }));
    CHECK(dialog.isVisible());
    CHECK(summary->text() == u"Export still fails"_s);
    CHECK(dialog.attachments().size() == 1);

    // Back in the form (the window manager hands the focus back; offscreen, the test does).
    showActive(dialog);
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    REQUIRE(
        test::waitUntil([&] { return dialog.addInformationDialog() && dialog.addInformationDialog()->isVisible(); }));
    add = dialog.addInformationDialog();
    REQUIRE(QTest::qWaitForWindowActive(add));
    QTest::keyClick(add->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return !dialog.isVisible(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.addedToId() == open);
    CHECK(dialog.escalationId() == 0);

    // The note and the file landed on the open escalation, and no second one was made.
    CHECK(desk.escalationCount() == escalationsBefore);
    const std::optional<HandoffDetails> card = desk.escalations.handoff(desk.specialist, open);
    REQUIRE(card);
    CHECK(card->item.escalation.state == EscalationState::InProgress);
    CHECK(card->events.constLast().action == EscalationAction::AddInformation);
    CHECK(card->events.constLast().note == note.trimmed());
    REQUIRE(card->attachments.size() == 1);
    CHECK(card->attachments.constFirst().content == log);
}

TEST_CASE("a customer with nothing open gets no warning on the escalation form", "[frontline][escalation]")
{
    Desk desk;
    const Id customer = desk.quietCustomer();
    REQUIRE(customer != 0);
    EscalationDialog dialog(desk.escalations, desk.customers, desk.timeline, desk.rep, customer, {});
    showActive(dialog);
    CHECK_FALSE(dialog.relatedNotice()->isVisible());
    CHECK(dialog.relatedNotice()->actions().isEmpty());
}

TEST_CASE("the specialist's hand-off card names the customer's other open escalation and shows added information",
    "[frontline][escalation]")
{
    Desk desk;
    const Id customer = desk.quietCustomer();
    REQUIRE(customer != 0);
    const Id first = desk.inProgress(customer, u"Export fails with an error page"_s);
    const Id second = desk.escalations.escalate(desk.rep, test::sampleHandoff(customer, Severity::S3, u"Export"_s));

    HandoffCard card(desk.escalations, desk.specialist);
    card.resize(700, 900);
    REQUIRE(card.showEscalation(second));
    showActive(card);
    auto *related = card.findChild<MessageBanner *>(u"handoffRelated"_s);
    REQUIRE(related);
    CHECK(related->isVisible());
    CHECK_THAT(related->text().toStdString(),
        ContainsSubstring("Related: #" + std::to_string(first) + " Export fails with an error page (In progress, "
            + desk.specialist.name.toStdString() + ")"));
    render(card, u"handoff-related"_s);

    desk.escalations.addInformation(desk.rep, first, u"The customer says March fails too."_s, {});
    REQUIRE(card.showEscalation(first));
    bool noteShown = false;
    for (const QLabel *label : card.findChildren<QLabel *>())
        noteShown = noteShown || label->text().contains(u"The customer says March fails too."_s);
    CHECK(noteShown);
    // The first escalation's card names the second in turn.
    related = card.findChild<MessageBanner *>(u"handoffRelated"_s);
    REQUIRE(related);
    CHECK_THAT(related->text().toStdString(), ContainsSubstring("Related: #" + std::to_string(second)));
}

TEST_CASE("the open escalation handed over from the same timeline entry is offered first, whatever its urgency",
    "[frontline][escalation]")
{
    Desk desk;
    const Id customer = desk.quietCustomer();
    REQUIRE(customer != 0);
    const QList<Interaction> newest = desk.timeline.page(customer, std::nullopt, 1).interactions;
    REQUIRE(newest.size() == 1);
    const Id urgent = desk.inProgress(customer, u"Invoices show the wrong tax rate"_s);
    desk.clock.advance(60'000); // due later than the urgent one
    HandoffForm same = test::sampleHandoff(customer, Severity::S4, u"Sync stops behind the proxy"_s);
    same.interactionIds = { newest.constFirst().id };
    const Id fromSameEntry = desk.escalations.escalate(desk.rep, same);
    REQUIRE(test::idsOf(desk.escalations.unresolvedEscalationsOf(customer)).constFirst() == urgent);

    EscalationDialog dialog(
        desk.escalations, desk.customers, desk.timeline, desk.rep, customer, { newest.constFirst().id });
    const QList<QAction *> offers = dialog.relatedNotice()->actions();
    REQUIRE(offers.size() == 2);
    CHECK(offers.at(0)->objectName() == u"addTo%1"_s.arg(fromSameEntry));
    CHECK(offers.at(0)->text().startsWith(u'&'));
    CHECK(offers.at(1)->objectName() == u"addTo%1"_s.arg(urgent));
}
