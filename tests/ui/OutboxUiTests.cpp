// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "TempWorkspace.h"
#include "inbox/ConversationPane.h"
#include "inbox/OutboxDialog.h"
#include "inbox/OutboxModel.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/DraftStore.h"
#include "services/OutboxService.h"
#include "services/SpoolConnector.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// A desk where two replies were written: the mail server refused the first for good, the second waits.
struct OutboxDesk
{
    OutboxDesk()
        : workspace(temp.openWithDemo(12, 300, 11)),
          conversations(workspace, clock),
          outbox(workspace, clock),
          drafts(draftFolder.path()),
          rep(AccountService(workspace).signInWithoutPassword(u"rep"_s))
    {
        for (const QString &who : { u"noor"_s, u"ines"_s }) {
            const Id conversation = test::startConversation(conversations, clock, who);
            ReplyDraft draft;
            draft.body = u"A restart of the bridge brings it back."_s;
            conversationIds.append(conversation);
            outboxIds.append(conversations.reply(rep, conversation, draft).outboxId);
            if (outboxIds.size() == 1) {
                QFile fail(QDir(spoolDir.path()).filePath(QString::fromLatin1(SpoolConnector::failFileName)));
                REQUIRE(fail.open(QIODevice::WriteOnly));
                fail.write("permanent: mailbox unavailable");
                fail.close();
                outbox.addConnector(std::make_shared<SpoolConnector>(spoolDir.path()));
                REQUIRE(outbox.sendDue().size() == 1);
                outbox.removeConnectors();
            }
        }
    }

    test::TempWorkspace temp;
    test::MockClock clock { test::TempWorkspace::demoAnchor };
    Workspace &workspace;
    ConversationService conversations;
    OutboxService outbox;
    QTemporaryDir spoolDir;
    QTemporaryDir draftFolder;
    DraftStore drafts;
    Actor rep;
    QList<Id> conversationIds;
    QList<Id> outboxIds;
};

} // namespace

TEST_CASE("the outbox lists a failed reply with its reason and one waiting for its connection; Retry queues it",
    "[inbox][outbox][ui]")
{
    OutboxDesk desk;
    OutboxDialog dialog(desk.outbox, desk.rep);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    dialog.show();
    OutboxModel &model = *dialog.model();
    REQUIRE(model.rowCount() == 2);
    CHECK(model.entryAt(0).id == desk.outboxIds.at(0));
    const QString failed = model.index(0, OutboxModel::StateColumn).data().toString();
    CHECK(failed.contains(u"mailbox unavailable"_s));
    CHECK(model.index(1, OutboxModel::StateColumn).data().toString()
        == OutboxModel::tr("Waiting for the %1 connection").arg(displayName(Channel::Email)));
    CHECK(model.index(0, OutboxModel::SubjectColumn).data().toString() == u"Re: Question from noor"_s);

    dialog.view()->selectRow(0);
    REQUIRE(dialog.retryButton()->isEnabled());
    QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.entryAt(0).state == OutboxState::Queued);
    dialog.view()->selectRow(1);
    CHECK_FALSE(dialog.retryButton()->isEnabled()); // queued: nothing to retry
}

TEST_CASE("a failed reply in the thread says why and offers Retry", "[inbox][outbox][ui]")
{
    OutboxDesk desk;
    ConversationPane pane(desk.conversations, desk.drafts, desk.temp.path(), desk.rep);
    pane.setConversation(desk.conversationIds.at(0));
    const QString shown = pane.thread()->toPlainText();
    CHECK(shown.contains(u"mailbox unavailable"_s));
    CHECK(shown.contains(ConversationPane::tr("Retry")));
    QSignalSpy retried(&pane, &ConversationPane::retryRequested);
    emit pane.thread()->anchorClicked(ConversationPane::retryLink(desk.outboxIds.at(0)));
    REQUIRE(retried.size() == 1);
    CHECK(retried.constFirst().constFirst().toLongLong() == desk.outboxIds.at(0));

    pane.setConversation(desk.conversationIds.at(1)); // queued: no Retry
    CHECK_FALSE(pane.thread()->toPlainText().contains(ConversationPane::tr("Retry")));
}

TEST_CASE("the thread says of a reply in the outbox what the outbox list says", "[inbox][outbox][ui]")
{
    OutboxDesk desk;
    OutboxDialog dialog(desk.outbox, desk.rep);
    const OutboxModel &model = *dialog.model();
    REQUIRE(model.rowCount() == 2);
    ConversationPane pane(desk.conversations, desk.drafts, desk.temp.path(), desk.rep);
    pane.setOutboxService(&desk.outbox);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString listed = model.index(row, OutboxModel::StateColumn).data().toString();
        INFO(listed.toStdString());
        pane.setConversation(model.entryAt(row).conversationId);
        CHECK(pane.thread()->toPlainText().contains(listed));
    }
    CHECK(pane.thread()->toPlainText().contains(
        OutboxModel::tr("Waiting for the %1 connection").arg(displayName(Channel::Email))));

    // Once a connector serves the channel, both say the reply is queued.
    desk.outbox.addConnector(std::make_shared<SpoolConnector>(desk.spoolDir.path()));
    pane.reload();
    dialog.model()->reload();
    const QString queued = model.index(1, OutboxModel::StateColumn).data().toString();
    CHECK(queued == displayName(OutboxState::Queued));
    CHECK(pane.thread()->toPlainText().contains(queued));
    CHECK_FALSE(pane.thread()->toPlainText().contains(
        OutboxModel::tr("Waiting for the %1 connection").arg(displayName(Channel::Email))));
}

namespace {

// A sender cut off while the server may have taken the message: the reply may have been sent.
class CutOffConnector : public ChannelConnector
{
public:
    [[nodiscard]] QList<Channel> channels() const override { return { Channel::Email }; }
    [[nodiscard]] DeliveryResult deliver(const OutgoingMessage &) override { return DeliveryResult::mayHaveBeenSent(); }
};

} // namespace

TEST_CASE("a reply that may have been sent says so plainly, in the outbox and the thread, with both choices",
    "[inbox][outbox][ui][reliability]")
{
    OutboxDesk desk;
    const Id conversation = test::startConversation(desk.conversations, desk.clock, u"maybe"_s);
    ReplyDraft draft;
    draft.body = u"The replacement ships today."_s;
    const Id id = desk.conversations.reply(desk.rep, conversation, draft).outboxId;
    desk.outbox.addConnector(std::make_shared<CutOffConnector>());
    REQUIRE(desk.outbox.sendDue().size() == 2); // this one, and the one that waited for its connection
    desk.outbox.removeConnectors();

    OutboxDialog dialog(desk.outbox, desk.rep);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    dialog.show();
    OutboxModel &model = *dialog.model();
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.entryAt(i).id == id)
            row = i;
    }
    REQUIRE(row >= 0);
    const QString said = model.index(row, OutboxModel::StateColumn).data().toString();
    CHECK(said.contains(OutboxModel::tr("May have reached the customer"), Qt::CaseInsensitive));
    dialog.view()->selectRow(row);
    CHECK(dialog.sendAgainButton()->isVisible());
    CHECK(dialog.markSentButton()->isEnabled());
    CHECK_FALSE(dialog.retryButton()->isVisible());

    ConversationPane pane(desk.conversations, desk.drafts, desk.temp.path(), desk.rep);
    pane.setConversation(conversation);
    const QString shown = pane.thread()->toPlainText();
    CHECK(shown.contains(said));
    CHECK(shown.contains(ConversationPane::tr("Send again")));
    CHECK(shown.contains(ConversationPane::tr("Mark as sent")));
    QSignalSpy decided(&pane, &ConversationPane::decisionRequested);
    emit pane.thread()->anchorClicked(ConversationPane::decisionLink(id, false));
    REQUIRE(decided.size() == 1);
    CHECK(decided.constFirst().at(0).toLongLong() == id);
    CHECK_FALSE(decided.constFirst().at(1).toBool());

    QTest::mouseClick(dialog.markSentButton(), Qt::LeftButton);
    for (int i = 0; i < model.rowCount(); ++i)
        CHECK(model.entryAt(i).id != id); // sent: out of the outbox
}
