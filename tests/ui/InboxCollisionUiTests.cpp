// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageBanner.h"
#include "MessageBoxAnswer.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "inbox/ConversationPane.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/DraftStore.h"
#include "services/PresenceService.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// Rep's conversation pane on a customer's new conversation; rep2 works at the same workspace.
struct CollisionDesk
{
    CollisionDesk()
        : workspace(temp.openWithDemo(8, 100, 5)),
          service(workspace, clock),
          presence(workspace, clock),
          drafts(draftFolder.path()),
          rep(AccountService(workspace).signInWithoutPassword(u"rep"_s)),
          rep2(AccountService(workspace).signInWithoutPassword(u"rep2"_s)),
          lead(AccountService(workspace).signInWithoutPassword(u"lead"_s)),
          pane(service, drafts, temp.path(), rep)
    {
        id = customerWrites(u"Our hub is offline."_s);
        pane.setPresence(&presence);
        pane.setConversation(id);
        pane.resize(900, 700);
        pane.show();
        pane.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&pane));
    }

    Id customerWrites(const QString &body)
    {
        clock.advance(60'000);
        ChannelMessage message;
        message.fromAddress = u"noor@collide.example"_s;
        message.fromName = u"Noor Haddad"_s;
        message.subject = u"Hub offline"_s;
        message.body = body;
        message.receivedAt = clock.now();
        return service.recordInbound(message).conversationId;
    }

    [[nodiscard]] qsizetype messages() const { return service.thread(rep, id)->messages.size(); }

    void typeReply(const QString &text)
    {
        pane.replyEdit()->setFocus();
        QTest::keyClicks(pane.replyEdit(), text);
    }

    test::TempWorkspace temp;
    test::MockClock clock { test::TempWorkspace::demoAnchor };
    Workspace &workspace;
    ConversationService service;
    PresenceService presence;
    QTemporaryDir draftFolder;
    DraftStore drafts;
    Actor rep;
    Actor rep2;
    Actor lead;
    ConversationPane pane;
    Id id = 0;
};

QPushButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(u'&') == text)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

TEST_CASE(
    "sending after a colleague replied asks first; review keeps the draft, send anyway sends", "[inbox][ui][collision]")
{
    CollisionDesk desk;
    desk.typeReply(u"A restart brings the hub back."_s);
    // Meanwhile a colleague answers.
    ReplyDraft theirs;
    theirs.body = u"Please check the cable first."_s;
    desk.service.reply(desk.rep2, desk.id, theirs);
    const qsizetype before = desk.messages();

    bool asked = false;
    QString question;
    test::answerNextMessageBox(
        [&question](QMessageBox *box) {
            question = box->text();
            buttonNamed(box, u"Review"_s)->click();
        },
        &asked);
    QTest::keyClick(desk.pane.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(asked);
    CHECK(question.contains(desk.rep2.name));
    test::backToWindow(desk.pane);
    // Nothing went out; the draft is there, under the colleague's reply.
    CHECK(desk.messages() == before);
    CHECK(desk.pane.replyEdit()->toPlainText() == u"A restart brings the hub back."_s);
    CHECK(desk.pane.thread()->toPlainText().contains(u"check the cable"_s));

    // Reviewed: sending now asks nothing.
    asked = false;
    QTest::keyClick(desk.pane.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(asked);
    CHECK(desk.messages() == before + 1);
    CHECK(desk.pane.replyEdit()->toPlainText().isEmpty());

    // The customer writes again while the rep types: asked again, and this time sent anyway.
    desk.typeReply(u"One more idea: update the firmware."_s);
    desk.customerWrites(u"Still offline!"_s);
    test::answerNextMessageBox(
        [&question](QMessageBox *box) {
            question = box->text();
            buttonNamed(box, u"Send Anyway"_s)->click();
        },
        &asked);
    QTest::keyClick(desk.pane.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(asked);
    CHECK(question.contains(u"customer wrote again"_s));
    test::backToWindow(desk.pane);
    CHECK(desk.messages() == before + 3);
    CHECK(desk.pane.replyEdit()->toPlainText().isEmpty());
}

TEST_CASE("a conversation assigned to a colleague says so and asks before a reply", "[inbox][ui][collision]")
{
    CollisionDesk desk;
    CHECK(desk.pane.assignmentBanner()->isHidden());
    desk.service.assign(desk.lead, { desk.id }, desk.rep2.agentId);
    desk.pane.reload();
    CHECK(desk.pane.assignmentBanner()->isVisible());
    CHECK(desk.pane.assignmentBanner()->text().contains(desk.rep2.name));

    desk.typeReply(u"I can take this one."_s);
    const qsizetype before = desk.messages();
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); }, &asked);
    QTest::keyClick(desk.pane.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(asked);
    test::backToWindow(desk.pane);
    CHECK(desk.messages() == before);
    CHECK(desk.pane.replyEdit()->toPlainText() == u"I can take this one."_s);

    asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { buttonNamed(box, u"Send Reply"_s)->click(); }, &asked);
    QTest::keyClick(desk.pane.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(asked);
    test::backToWindow(desk.pane);
    CHECK(desk.messages() == before + 1);
}

TEST_CASE("a colleague viewing and typing shows live on the conversation", "[inbox][ui][presence]")
{
    CollisionDesk desk;
    CHECK_FALSE(desk.pane.presenceText()->isVisible());
    PresenceService colleagueDesk(desk.workspace, desk.clock);
    colleagueDesk.open(desk.rep2, desk.id);
    REQUIRE(test::waitUntil([&] { return desk.pane.presenceText()->isVisible(); }));
    CHECK(desk.pane.presenceText()->text() == u"%1 is viewing"_s.arg(desk.rep2.name));
    colleagueDesk.typing(desk.rep2, desk.id, true);
    REQUIRE(test::waitUntil([&] { return desk.pane.presenceText()->text().contains(u"typing"_s); }));
    CHECK(desk.pane.presenceText()->text() == u"%1 is typing a reply…"_s.arg(desk.rep2.name));
    // The rep's own typing is what the colleague sees.
    desk.typeReply(u"On it"_s);
    const QList<ConversationPresence> seenByColleague = colleagueDesk.present(desk.rep2, desk.id);
    REQUIRE(seenByColleague.size() == 1);
    CHECK(seenByColleague.constFirst().typing);
    // The colleague's laptop closes: after the timeout the line goes at the next refresh.
    desk.clock.advance(PresenceService::presenceTimeout + 1'000);
    desk.presence.heartbeat();
    desk.pane.refreshPresence();
    CHECK_FALSE(desk.pane.presenceText()->isVisible());
}
