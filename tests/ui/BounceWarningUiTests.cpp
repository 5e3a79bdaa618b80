// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "inbox/ConversationPane.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/DraftStore.h"
#include "storage/OutboxRepository.h"

#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("the reply box warns when mail to the customer's address bounced", "[mail][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 20, 5);
    test::MockClock clock;
    ConversationService service(workspace, clock);
    QTemporaryDir draftFolder;
    DraftStore drafts(draftFolder.path());
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    const Id conversation = service.recordInbound(test::customerEmail(u"noor"_s, clock.now())).conversationId;

    ConversationPane pane(service, drafts, temp.path(), rep);
    pane.setConversation(conversation);
    pane.resize(900, 700);
    pane.show();
    CHECK(pane.addressBanner()->isHidden());

    // The rep answered; the customer's server returns the answer.
    ReplyDraft draft;
    draft.body = u"Please unplug the bridge for ten seconds."_s;
    const Id outboxId = service.reply(rep, conversation, draft).outboxId;
    DeliveryFailureReport bounce;
    bounce.failedExternalId = u'<' + OutboxRepository(workspace).deliveryKey(outboxId) + u'>';
    bounce.failedAddress = u"Noor@Customers.example"_s;
    bounce.reason = u"550 5.1.1 User unknown"_s;
    bounce.receivedAt = clock.now();
    REQUIRE(service.recordDeliveryFailure(bounce).customerId);
    pane.reload();
    REQUIRE(test::waitUntil([&] { return pane.addressBanner()->isVisible(); }));
    CHECK(pane.addressBanner()->text().contains(u"noor@customers.example"_s));
    CHECK(pane.addressBanner()->text().contains(u"User unknown"_s));
}
