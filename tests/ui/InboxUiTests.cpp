// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "RefreshThrottle.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxWidget.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/DraftStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr Millis minute = 60'000;

// A desk with an inbox: demo data plus three customers who just wrote in and wait, unassigned.
struct InboxDesk
{
    InboxDesk()
        : workspace(temp.openWithDemo(12, 300, 11)),
          service(workspace, clock),
          drafts(draftFolder.path()),
          rep(AccountService(workspace).signInWithoutPassword(u"rep"_s))
    {
        for (const QString &who : { u"noor"_s, u"ines"_s, u"kofi"_s })
            ids.append(test::startConversation(service, clock, who));
    }

    test::TempWorkspace temp;
    test::MockClock clock { test::TempWorkspace::demoAnchor };
    Workspace &workspace;
    ConversationService service;
    QTemporaryDir draftFolder;
    DraftStore drafts;
    Actor rep;
    QList<Id> ids;
};

std::unique_ptr<InboxWidget> inboxOn(InboxDesk &desk)
{
    auto inbox = std::make_unique<InboxWidget>(desk.service, desk.drafts, desk.temp.path(), desk.rep, false);
    inbox->resize(1200, 700);
    inbox->show();
    // Triage keys work where the inbox has the focus, in the active window.
    inbox->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(inbox.get()));
    return inbox;
}

Id currentId(const InboxWidget &inbox)
{
    return inbox.list()->currentIndex().data(InboxRoles::Id).toLongLong();
}

} // namespace

TEST_CASE("the inbox lists a folder with its count and triages it from the keyboard", "[inbox][ui]")
{
    InboxDesk desk;
    const std::unique_ptr<InboxWidget> inbox = inboxOn(desk);
    QAbstractItemModelTester tester(inbox->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    inbox->showFolder(InboxFolder::of(InboxFolderKind::Unassigned));
    const qint64 unassigned = desk.service.counts(desk.rep).unassigned;
    REQUIRE(unassigned >= 3);
    CHECK(inbox->model()->rowCount() == qMin<qint64>(unassigned, InboxModel::pageSize));
    CHECK(inbox->folders()->item(1)->text().contains(QString::number(unassigned)));

    // The three newest waited least: they are at the end of "waiting longest first"; go to one with J/K.
    inbox->focusList();
    const int row = inbox->model()->rowOf(desk.ids.at(1));
    REQUIRE(row >= 0);
    inbox->list()->setCurrentIndex(inbox->model()->index(row));
    QTest::keyClick(inbox->list(), Qt::Key_J);
    CHECK(inbox->list()->currentIndex().row() == row + 1);
    QTest::keyClick(inbox->list(), Qt::Key_K);
    CHECK(currentId(*inbox) == desk.ids.at(1));
    CHECK(inbox->conversation()->conversationId() == desk.ids.at(1));
    CHECK(inbox->conversation()->thread()->toPlainText().contains(u"Our hub is offline"_s));

    // A: assign to me. The conversation leaves "Unassigned" and the count follows.
    QTest::keyClick(inbox->list(), Qt::Key_A);
    CHECK(desk.service.conversation(desk.rep, desk.ids.at(1))->conversation.assigneeId == desk.rep.agentId);
    REQUIRE(test::waitUntil([&] { return inbox->model()->rowOf(desk.ids.at(1)) < 0; }));
    CHECK(inbox->folders()->item(1)->text().contains(QString::number(unassigned - 1)));

    // Two at once: select the other two new ones and close them with E.
    const QModelIndex first = inbox->model()->index(inbox->model()->rowOf(desk.ids.at(0)));
    const QModelIndex third = inbox->model()->index(inbox->model()->rowOf(desk.ids.at(2)));
    inbox->list()->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect);
    inbox->list()->selectionModel()->select(third, QItemSelectionModel::Select);
    QTest::keyClick(inbox->list(), Qt::Key_E);
    CHECK(desk.service.conversation(desk.rep, desk.ids.at(0))->conversation.status == ConversationStatus::Closed);
    CHECK(desk.service.conversation(desk.rep, desk.ids.at(2))->conversation.status == ConversationStatus::Closed);
    REQUIRE(test::waitUntil([&] { return inbox->model()->rowOf(desk.ids.at(0)) < 0; }));
    CHECK(inbox->model()->rowOf(desk.ids.at(2)) < 0);
}

TEST_CASE("a reply typed in a conversation is kept as a draft and sent with Ctrl+Enter", "[inbox][ui]")
{
    InboxDesk desk;
    const std::unique_ptr<InboxWidget> inbox = inboxOn(desk);
    inbox->showFolder(InboxFolder::of(InboxFolderKind::Unassigned));
    inbox->list()->setCurrentIndex(inbox->model()->index(inbox->model()->rowOf(desk.ids.at(0))));
    inbox->focusList();

    // R goes to the reply box; what is typed survives going to another conversation and back.
    QTest::keyClick(inbox->list(), Qt::Key_R);
    QPlainTextEdit *reply = inbox->conversation()->replyEdit();
    REQUIRE(test::waitUntil([&] { return reply->hasFocus(); }));
    QTest::keyClicks(reply, u"Thanks Noor, a restart of the bridge brings it back."_s);
    inbox->focusList();
    QTest::keyClick(inbox->list(), Qt::Key_J);
    CHECK(inbox->conversation()->conversationId() != desk.ids.at(0));
    CHECK(reply->toPlainText().isEmpty());
    QTest::keyClick(inbox->list(), Qt::Key_K);
    CHECK(inbox->conversation()->conversationId() == desk.ids.at(0));
    CHECK(reply->toPlainText() == u"Thanks Noor, a restart of the bridge brings it back."_s);
    CHECK(desk.drafts.loadReply(desk.temp.path(), desk.rep.agentId, desk.ids.at(0)).has_value());

    // Ctrl+Enter sends: the reply is in the thread, queued for the channel, and the customer no longer waits.
    reply->setFocus();
    QTest::keyClick(reply, Qt::Key_Return, Qt::ControlModifier);
    CHECK(reply->toPlainText().isEmpty());
    const std::optional<ConversationThread> thread = desk.service.thread(desk.rep, desk.ids.at(0));
    REQUIRE(thread);
    REQUIRE(thread->messages.size() == 2);
    CHECK(thread->messages.constLast().interaction.direction == Direction::Outbound);
    CHECK(thread->messages.constLast().outboxState == OutboxState::Queued);
    CHECK(thread->row.conversation.status == ConversationStatus::PendingCustomer);
    CHECK_FALSE(thread->row.conversation.waitingSince.has_value());
    CHECK_FALSE(desk.drafts.loadReply(desk.temp.path(), desk.rep.agentId, desk.ids.at(0)).has_value());
    CHECK(inbox->conversation()->thread()->toPlainText().contains(u"a restart of the bridge"_s));
}

TEST_CASE("a team lead sees each agent's load in the inbox and gives a conversation to a colleague", "[inbox][ui]")
{
    InboxDesk desk;
    AccountService accounts(desk.workspace);
    const Actor lead = accounts.signInWithoutPassword(u"lead"_s);
    const Actor diego = accounts.signInWithoutPassword(u"rep2"_s);
    InboxWidget inbox(desk.service, desk.drafts, desk.temp.path(), lead, false);
    inbox.resize(1200, 700);
    inbox.show();
    inbox.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&inbox));
    QAbstractItemModelTester tester(inbox.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto activeOf = [&] {
        for (const AgentLoad &load : desk.service.agentLoads(lead)) {
            if (load.agentId == diego.agentId)
                return load.active;
        }
        return qint64(-1);
    };
    int diegoRow = -1;
    for (int row = 0; row < inbox.folders()->count(); ++row) {
        if (inbox.folders()->item(row)->data(Qt::AccessibleTextRole).toString() == u"Diego Alvarez"_s)
            diegoRow = row;
    }
    REQUIRE(diegoRow >= 0);
    const qint64 before = activeOf();
    CHECK(inbox.folders()->item(diegoRow)->text().startsWith(u"Diego Alvarez (%1"_s.arg(before)));

    // The lead gives a new conversation to Diego from the keyboard.
    inbox.showFolder(InboxFolder::of(InboxFolderKind::Unassigned));
    REQUIRE(test::waitUntil([&] { return inbox.model()->rowOf(desk.ids.at(0)) >= 0; }));
    inbox.list()->selectionModel()->setCurrentIndex(
        inbox.model()->index(inbox.model()->rowOf(desk.ids.at(0))), QItemSelectionModel::ClearAndSelect);
    inbox.focusList();
    bool asked = false;
    QTimer::singleShot(0, &inbox, [&asked] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->setTextValue(u"Diego Alvarez"_s);
            dialog->accept();
        }
    });
    QTest::keyClick(inbox.list(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(asked);
    CHECK(desk.service.conversation(lead, desk.ids.at(0))->conversation.assigneeId == diego.agentId);
    CHECK(activeOf() == before + 1);
    REQUIRE(test::waitUntil(
        [&] { return inbox.folders()->item(diegoRow)->text().startsWith(u"Diego Alvarez (%1"_s.arg(before + 1)); }));

    // His entry lists his conversations, the new one among them.
    inbox.folders()->setCurrentRow(diegoRow);
    REQUIRE(test::waitUntil([&] { return inbox.model()->rowOf(desk.ids.at(0)) >= 0; }));
    CHECK(inbox.model()->rowCount() == qMin<qint64>(before + 1, InboxModel::pageSize));
}

TEST_CASE("a read-only inbox offers no reply, template or escalation", "[inbox][ui]")
{
    InboxDesk desk;
    InboxWidget inbox(desk.service, desk.drafts, desk.temp.path(), desk.rep, true);
    inbox.resize(1200, 700);
    inbox.show();
    inbox.showFolder(InboxFolder::of(InboxFolderKind::Unassigned));
    REQUIRE(test::waitUntil([&] { return inbox.conversation()->conversationId() != 0; }));
    CHECK_FALSE(inbox.conversation()->replyEdit()->isEnabled());
    CHECK_FALSE(inbox.conversation()->escalateButton()->isEnabled());
    CHECK_FALSE(inbox.conversation()->templateButton()->isEnabled());
    // Reading is all there is to do, and it works.
    CHECK_FALSE(inbox.conversation()->thread()->toPlainText().isEmpty());
}

TEST_CASE("new conversations reach the inbox while other desks keep changing things every 50 ms", "[inbox][ui]")
{
    InboxDesk desk;
    InboxWidget inbox(desk.service, desk.drafts, desk.temp.path(), desk.rep, false);
    QAbstractItemModelTester tester(inbox.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    inbox.showFolder(InboxFolder::of(InboxFolderKind::Unassigned));
    RefreshThrottle &throttle = *inbox.changeThrottle();

    // A team's steady stream: a customer writes in every 50 ms for a second. The clock stands in for the
    // throttle's timer, which fires when the clock says the refresh is due.
    QList<Id> arrived;
    int shownWhileBusy = 0;
    std::optional<Millis> firstDue;
    for (int i = 0; i < 20; ++i) {
        arrived.append(
            desk.service.recordInbound(test::customerEmail(u"steady%1"_s.arg(i), desk.clock.now())).conversationId);
        if (i == 0)
            firstDue = throttle.dueAt();
        if (i == 1) {
            // The second change joins the refresh the first one scheduled instead of putting it off.
            CHECK(throttle.dueAt() == firstDue);
        }
        desk.clock.advance(50);
        throttle.refreshIfDue();
        if (inbox.model()->rowOf(arrived.front()) >= 0 && shownWhileBusy == 0)
            shownWhileBusy = i + 1;
    }
    REQUIRE(firstDue.has_value());
    // Shown after two changes (100 ms, the refresh was due at 80 ms), while the changes went on.
    CHECK(shownWhileBusy == 2);
    // And at most 80 ms behind throughout: all but the last change or two are in the list.
    CHECK(inbox.model()->rowOf(arrived.at(arrived.size() - 3)) >= 0);
}

TEST_CASE(
    "an inbox re-reads only the conversations another desk named and shows what a full re-read shows", "[inbox][ui]")
{
    InboxDesk desk;
    for (int i = 0; i < 130; ++i)
        desk.ids.append(test::startConversation(desk.service, desk.clock, u"wave%1"_s.arg(i)));
    const Actor lead = AccountService(desk.workspace).signInWithoutPassword(u"lead"_s);
    const InboxFolder allOpen = InboxFolder::of(InboxFolderKind::AllOpen);
    InboxModel model(desk.service, desk.rep);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFolder(allOpen);
    REQUIRE(model.rowCount() == InboxModel::pageSize);
    REQUIRE(model.hasMore());
    const Id lastLoaded = model.conversationIdAt(model.rowCount() - 1);

    const auto idsOf = [](const InboxModel &list) {
        QList<Id> ids;
        for (int row = 0; row < list.rowCount(); ++row)
            ids.append(list.conversationIdAt(row));
        return ids;
    };
    // What a desk that reads the same rows afresh shows.
    const auto freshIds = [&](const InboxFolder &folder, int rows, const Actor &actor) {
        InboxModel fresh(desk.service, actor);
        fresh.setFolder(folder);
        while (fresh.rowCount() < rows && fresh.canFetchMore({}))
            fresh.fetchMore({});
        return idsOf(fresh).mid(0, rows);
    };
    const auto named = [](const QSet<Id> &conversations, const QSet<Id> &customers = {}) {
        ConversationListChange change;
        change.rowsNamed = true;
        change.conversationIds = conversations;
        change.customerIds = customers;
        return change;
    };

    // Another desk closes a loaded conversation, assigns another and answers a third (it waits no more, and
    // goes below the waiting ones, beyond the loaded rows); a conversation below the loaded rows is tagged.
    const Id closed = model.conversationIdAt(5);
    const Id assigned = model.conversationIdAt(10);
    const Id answered = model.conversationIdAt(20);
    const Id below = desk.ids.constLast();
    REQUIRE(model.rowOf(below) < 0);
    desk.service.close(lead, { closed });
    desk.service.assign(lead, { assigned }, lead.agentId);
    ReplyDraft reply;
    reply.body = u"On its way."_s;
    desk.service.reply(lead, answered, reply);
    desk.service.addTag(lead, { below }, u"late"_s);
    model.apply(named({ closed, assigned, answered, below }));

    CHECK(model.rowOf(closed) < 0);
    CHECK(model.rowOf(answered) < 0);
    CHECK(model.rowOf(below) < 0);
    REQUIRE(model.rowOf(assigned) >= 0);
    CHECK(model.index(model.rowOf(assigned)).data(InboxRoles::AssigneeName).toString() == lead.name);
    CHECK(model.conversationIdAt(model.rowCount() - 1) == lastLoaded);
    CHECK(idsOf(model) == freshIds(allOpen, model.rowCount(), desk.rep));
    // Scrolling on brings the rows that went below, in their places.
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(idsOf(model) == freshIds(allOpen, 1000, desk.rep));
    CHECK(model.rowOf(answered) > model.rowOf(below));

    // A list loaded to its end takes a newcomer in its place: the lead's own conversations.
    InboxModel mine(desk.service, lead);
    QAbstractItemModelTester mineTester(&mine, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const InboxFolder leadsOwn = InboxFolder::of(InboxFolderKind::Mine);
    mine.setFolder(leadsOwn);
    const int before = mine.rowCount();
    const Id oldest = desk.ids.at(1);
    desk.service.assign(lead, { oldest }, lead.agentId);
    mine.apply(named({ oldest }));
    CHECK(mine.rowCount() == before + 1);
    CHECK(mine.rowOf(oldest) >= 0);
    CHECK(idsOf(mine) == freshIds(leadsOwn, 1000, lead));

    // A named change that names nothing this list shows reads nothing and changes nothing.
    const QList<Id> shown = idsOf(mine);
    mine.apply(named({}, { 999'999 }));
    CHECK(idsOf(mine) == shown);
}

TEST_CASE("the inbox opens on the agent's own conversations and says when a folder has none", "[inbox][ui]")
{
    InboxDesk desk;
    const Actor lead = AccountService(desk.workspace).signInWithoutPassword(u"lead"_s);
    const InboxFolder mine = InboxFolder::of(InboxFolderKind::Mine);
    QList<Id> own;
    for (const ConversationRow &row : desk.service.page(desk.rep, mine, std::nullopt, 1000).rows)
        own.append(row.conversation.id);
    if (!own.isEmpty())
        desk.service.assign(lead, own, std::nullopt);
    const Id given = desk.ids.front();
    desk.service.assign(lead, { given }, desk.rep.agentId);

    // The first folder, Mine, is read as the inbox opens.
    std::unique_ptr<InboxWidget> inbox = inboxOn(desk);
    REQUIRE(inbox->model()->rowCount() == 1);
    CHECK(inbox->model()->conversationIdAt(0) == given);
    const auto *empty = inbox->findChild<QLabel *>(u"inboxEmpty"_s);
    REQUIRE(empty);
    CHECK_FALSE(empty->isVisible());
    // Choosing the folder shown reads it again rather than nothing.
    inbox->showFolder(mine);
    CHECK(inbox->model()->rowCount() == 1);

    // Another desk takes it back: the named change removes the row without resetting the list, and the
    // folder says it is empty.
    ConversationListChange change;
    change.rowsNamed = true;
    change.conversationIds = { given };
    desk.service.assign(lead, { given }, std::nullopt);
    inbox->model()->apply(change);
    CHECK(inbox->model()->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text() == u"Nothing here."_s);

    desk.service.assign(lead, { given }, desk.rep.agentId);
    inbox->model()->apply(change);
    CHECK(inbox->model()->rowCount() == 1);
    CHECK_FALSE(empty->isVisible());
}
