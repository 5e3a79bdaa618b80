// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"
#include "MockClock.h"
#include "NextModal.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "escalation/EscalationDialog.h"
#include "escalation/SpecialistQueueWidget.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxWidget.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/EscalationService.h"
#include "services/TemplateService.h"
#include "services/WorkspaceSession.h"
#include "storage/Workspace.h"
#include "templates/TemplatePickerDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// A rep's desk (demo data) where Noor Haddad just wrote in about her hub, shown on the inbox with her
// conversation selected.
struct RepInbox
{
    RepInbox()
    {
        temp.openWithDemo(5, 60, 16);
        auto opened = std::make_unique<WorkspaceSession>(temp.take(), clock);
        opened->setActor(opened->accounts().signInWithoutPassword(u"rep"_s));
        session = opened.get();
        ChannelMessage message;
        message.fromAddress = u"noor@haddad.example"_s;
        message.fromName = u"Noor Haddad"_s;
        message.subject = u"Hub offline"_s;
        message.body = u"The hub has been offline since this morning."_s;
        message.externalId = u"<hub@haddad.example>"_s;
        message.receivedAt = clock.now();
        received = session->conversations().recordInbound(message);
        window = std::make_unique<MainWindow>(std::move(opened));
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->showInbox();
        InboxWidget *inbox = window->inbox();
        inbox->showFolder(InboxFolder::of(InboxFolderKind::Unassigned));
        const int row = inbox->model()->rowOf(received.conversationId);
        REQUIRE(row >= 0);
        inbox->list()->setCurrentIndex(inbox->model()->index(row));
        pane = inbox->conversation();
        REQUIRE(pane->conversationId() == received.conversationId);
    }

    test::TempWorkspace temp;
    test::MockClock clock;
    WorkspaceSession *session = nullptr;
    InboundReceipt received;
    std::unique_ptr<MainWindow> window;
    ConversationPane *pane = nullptr;
};

SpecialistQueueWidget *openQueueWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *queue = qobject_cast<SpecialistQueueWidget *>(widget); queue && queue->isVisible())
            return queue;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a conversation is escalated with the desk's dialog, shows the escalation live and gets the hand-back",
    "[inbox][ui][escalation]")
{
    RepInbox desk;
    ConversationPane *pane = desk.pane;
    REQUIRE(pane->escalateButton()->isVisible());
    CHECK(pane->escalationLine()->isHidden());

    // The customer desk's hand-off form, for the conversation's customer and her message.
    bool escalated = false;
    test::onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<EscalationDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        CHECK(dialog->form().conversationId == desk.received.conversationId);
        CHECK(dialog->form().customerId == desk.received.customerId);
        CHECK(dialog->form().interactionIds == QList<Id> { desk.received.interactionId });
        dialog->findChild<QLineEdit *>(u"summary"_s)->setText(u"Hub drops offline after a restart"_s);
        dialog->findChild<QPlainTextEdit *>(u"steps"_s)->setPlainText(u"Restart the hub."_s);
        dialog->findChild<QPlainTextEdit *>(u"expected"_s)->setPlainText(u"It comes back online."_s);
        dialog->findChild<QPlainTextEdit *>(u"actual"_s)->setPlainText(u"It stays offline."_s);
        dialog->findChild<QPlainTextEdit *>(u"alreadyTried"_s)->setPlainText(u"Restarted the router."_s);
        escalated = dialog->submit();
        if (!escalated)
            dialog->reject();
    });
    QTest::mouseClick(pane->escalateButton(), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return escalated && QApplication::activeModalWidget() == nullptr; }));
    const QList<EscalationListItem> linked
        = desk.session->escalations().escalationsOfConversation(desk.received.conversationId);
    REQUIRE(linked.size() == 1);
    const Id escalationId = linked.constFirst().escalation.id;
    REQUIRE(test::waitUntil([&] { return pane->escalationLine()->isVisible(); }));
    CHECK(pane->escalationLine()->text().contains(u"waiting to be claimed"_s));

    // Support works on it at another desk; the line follows through the change feed.
    std::unique_ptr<Workspace> supportDesk = Workspace::open(desk.temp.path());
    EscalationService support(*supportDesk, desk.clock);
    const Actor specialist = AccountService(*supportDesk).signInWithoutPassword(u"specialist"_s);
    const auto step = [&](EscalationAction action, const QString &note = {}) {
        desk.clock.advance(60'000);
        support.transition(
            specialist, escalationId, action, note, support.escalation(escalationId)->escalation.version);
    };
    step(EscalationAction::Claim);
    step(EscalationAction::Start);
    REQUIRE(test::waitUntil(
        [&] { return pane->escalationLine()->text().contains(u"claimed by "_s + specialist.name); }, 10'000));
    CHECK(pane->escalationLine()->text().contains(displayName(EscalationState::InProgress)));

    step(EscalationAction::Resolve, u"Firmware 2.4 keeps the pairing."_s);
    step(EscalationAction::HandBack, u"Ask her to update the hub to firmware 2.4."_s);
    REQUIRE(test::waitUntil(
        [&] { return pane->thread()->toPlainText().contains(u"Ask her to update the hub to firmware 2.4."_s); },
        10'000));
    CHECK(pane->thread()->toPlainText().contains(u"Internal note by "_s + specialist.name));
    CHECK(pane->escalationLine()->text().contains(displayName(EscalationState::HandedBack)));

    // The line opens the escalation: the rep's own, in the queue window.
    emit pane->escalationLine()->linkActivated(u"escalation:%1"_s.arg(escalationId));
    REQUIRE(test::waitUntil([] { return openQueueWindow() != nullptr; }));
    CHECK(openQueueWindow()->selectedEscalationId() == escalationId);
    openQueueWindow()->close();
}

TEST_CASE("a reply from a referral-request template is filled in for the customer and counted as a request",
    "[inbox][ui][templates]")
{
    RepInbox desk;
    TemplateService &templates = desk.session->templates();
    templates.installDefaultLibrary();
    const Actor lead = desk.session->accounts().signInWithoutPassword(u"lead"_s);
    const auto requestsSent = [&] {
        for (const TemplateReferralCount &count : templates.referralCounts(lead)) {
            if (count.shortcode == u"ref-support"_s)
                return count.requestsSent;
        }
        return qint64(-1);
    };
    const qint64 before = requestsSent();
    REQUIRE(before >= 0);

    ConversationPane *pane = desk.pane;
    REQUIRE(pane->templateButton()->isVisible());
    pane->replyEdit()->setFocus(Qt::OtherFocusReason);
    bool picked = false;
    test::onNextModal([&](QWidget *modal) {
        auto *picker = qobject_cast<TemplatePickerDialog *>(modal);
        if (!picker) {
            modal->close();
            return;
        }
        QTest::keyClicks(picker->filterEdit(), u"ref-support"_s);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        picked = !picker->isVisible();
        if (!picked)
            picker->reject();
    });
    QTest::keyClick(pane->replyEdit(), Qt::Key_Period, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return picked && QApplication::activeModalWidget() == nullptr; }));

    // Placeholders filled from the conversation's customer and the agent replying.
    const QString reply = pane->replyEdit()->toPlainText();
    INFO(reply.toStdString());
    CHECK(reply.startsWith(u"Hi Noor,"_s));
    CHECK(reply.contains(desk.session->actor().name));
    CHECK_FALSE(reply.contains(u"{{"_s));

    QString refusal;
    QObject::connect(pane, &ConversationPane::failed, pane, [&](const QString &message) { refusal = message; });
    // The offscreen platform does not give the window back its activation when the picker closes.
    desk.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(desk.window.get()));
    REQUIRE(test::waitUntil([&] { return pane->replyEdit()->hasFocus(); }));
    QTest::keyClick(pane->replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    INFO(refusal.toStdString());
    REQUIRE(pane->replyEdit()->toPlainText().isEmpty());
    CHECK(requestsSent() == before + 1);
    const std::optional<ConversationThread> thread
        = desk.session->conversations().thread(desk.session->actor(), desk.received.conversationId);
    REQUIRE(thread);
    CHECK(thread->messages.constLast().interaction.kind == InteractionKind::Referral);
    CHECK(thread->messages.constLast().outboxState == OutboxState::Queued);
}
