// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "inbox/ConversationPane.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/DraftStore.h"

#include <QTemporaryDir>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("A customer's quoted earlier mail is folded in the thread and shown on request", "[mail][ui]")
{
    test::TempWorkspace temp;
    test::MockClock clock { test::TempWorkspace::demoAnchor };
    Workspace &workspace = temp.openWithDemo(4, 20, 3);
    ConversationService service(workspace, clock);
    QTemporaryDir draftFolder;
    const DraftStore drafts(draftFolder.path());
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    ChannelMessage message;
    message.fromAddress = u"ann@customers.example"_s;
    message.fromName = u"Ann Baker"_s;
    message.subject = u"Printer jams"_s;
    message.body = u"Still jamming, sorry.\n\nOn Tue, 1 Dec 2026, Support <support@tandem.example> wrote:\n"
                   "> Please try the rear tray.\n"_s;
    message.externalId = u"<quoted-1@customers.example>"_s;
    message.receivedAt = clock.now();
    const InboundReceipt receipt = service.recordInbound(message);

    ConversationPane pane(service, drafts, temp.path(), rep);
    pane.setConversation(receipt.conversationId);
    CHECK(pane.thread()->toPlainText().contains(u"Still jamming, sorry."_s));
    CHECK_FALSE(pane.thread()->toPlainText().contains(u"rear tray"_s));
    CHECK(pane.thread()->toPlainText().contains(u"Show quoted text"_s));

    emit pane.thread()->anchorClicked(ConversationPane::quotedTextLink(receipt.interactionId));
    CHECK(pane.thread()->toPlainText().contains(u"> Please try the rear tray."_s));
    CHECK(pane.thread()->toPlainText().contains(u"Hide quoted text"_s));

    emit pane.thread()->anchorClicked(ConversationPane::quotedTextLink(receipt.interactionId));
    CHECK_FALSE(pane.thread()->toPlainText().contains(u"rear tray"_s));
}
