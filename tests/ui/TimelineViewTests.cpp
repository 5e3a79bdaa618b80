// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/DraftStore.h"
#include "services/TemplateService.h"
#include "services/TimelineService.h"
#include "templates/TemplatePickerDialog.h"
#include "timeline/BodyViewer.h"
#include "timeline/ComposePanel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("an event logged at another desk appears at the top without moving the reader", "[timeline][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(5, 900, 17);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    TimelineService service(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    TimelineModel model(service);
    model.setCustomer(1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TimelineView view(model);
    view.resize(700, 600);
    view.show();
    REQUIRE(view.selectInteraction(model.interactionIdAt(20)));
    const Id reading = model.interactionIdAt(20);
    const int rowsBefore = model.rowCount();

    // Another desk (its own service and clock) logs a call for the same customer.
    test::MockClock otherClock(test::TempWorkspace::demoAnchor + 60'000);
    TimelineService otherDesk(workspace, otherClock);
    Interaction call;
    call.customerId = 1;
    call.kind = InteractionKind::Call;
    call.channel = Channel::Phone;
    call.subject = u"Called about the replacement hub"_s;
    const Id newId = otherDesk.logInteraction(rep, call);
    clock.advance(120'000);
    model.refresh();
    model.refresh(); // a second notification brings nothing twice

    CHECK(model.rowCount() == rowsBefore + 1);
    CHECK(model.interactionIdAt(0) == newId);
    CHECK(view.list()->currentIndex().data(TimelineRoles::Id).toLongLong() == reading);
    QSet<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.interactionIdAt(row));
    CHECK(ids.size() == model.rowCount());
}

TEST_CASE("filter chips and jump to date narrow the timeline", "[timeline][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 600, 5);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    TimelineService service(workspace, clock);
    TimelineModel model(service);
    model.setCustomer(1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TimelineFilter orders;
    orders.kinds = { InteractionKind::Order };
    model.setFilter(orders);
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(InteractionKind(model.index(row).data(TimelineRoles::Kind).toInt()) == InteractionKind::Order);

    model.setFilter({});
    const QDate target = model.index(model.rowCount() - 1).data(TimelineRoles::OccurredAt).toDate();
    model.jumpToDate(target);
    CHECK_FALSE(model.isShowingNewest());
    REQUIRE(model.rowCount() > 0);
    CHECK(model.index(0).data(TimelineRoles::OccurredAt).toDate() <= target);
    CHECK(model.index(0).data(TimelineRoles::StartsDay).toBool());
    model.showNewest();
    CHECK(model.isShowingNewest());
}

TEST_CASE("the filter bar is picked from the keyboard, counts what matches and lets go of a hidden event",
    "[timeline][ui][frontline]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 600, 5);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    TimelineService service(workspace, clock);
    TimelineModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TimelineView view(model);
    view.resize(520, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    model.setCustomer(1);
    const qint64 total = service.eventCount(1);
    REQUIRE(model.totalCount() == total);
    CHECK(view.channelFilter()->text() == u"All channels"_s);
    CHECK_FALSE(view.matchCount()->isVisible());

    // The reader looks at an event that is not an e-mail.
    int reading = -1;
    for (int row = 0; row < model.rowCount() && reading < 0; ++row) {
        if (Channel(model.index(row).data(TimelineRoles::Channel).toInt()) != Channel::Email)
            reading = row;
    }
    REQUIRE(reading >= 0);
    Id shown = model.interactionIdAt(reading);
    QObject::connect(&view, &TimelineView::currentInteractionChanged, [&shown](Id id) { shown = id; });
    REQUIRE(view.selectInteraction(shown));

    // Space opens the channel choices; Down and Return pick the first one, Email.
    QTimer::singleShot(0, [] {
        QWidget *popup = QApplication::activePopupWidget();
        CHECK(popup);
        if (!popup)
            return;
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
    });
    view.channelFilter()->setFocus();
    QTest::keyClick(view.channelFilter(), Qt::Key_Space);
    REQUIRE(test::waitUntil([&] { return model.filter().channels == QList<Channel> { Channel::Email }; }));

    TimelineFilter emails;
    emails.channels = { Channel::Email };
    const qint64 matching = service.eventCount(1, emails);
    REQUIRE(matching > 0);
    REQUIRE(matching < total);
    CHECK(model.matchingCount() == matching);
    CHECK(view.channelFilter()->text() == u"Email"_s);
    CHECK(view.channelFilter()->isChecked());
    CHECK(view.matchCount()->isVisible());
    CHECK(view.matchCount()->text()
        == QCoreApplication::translate("tandem::TimelineView", "%1 of %n event(s) match", nullptr, int(total))
            .arg(matching));
    CHECK(view.matchCount()->text().contains(QString::number(matching)));
    // The event the reader looked at is filtered out: the details let go of it.
    CHECK(shown == 0);

    // "Show All" brings everything back.
    QPushButton *showAll = nullptr;
    for (QPushButton *button : view.findChildren<QPushButton *>()) {
        if (button->text() == u"Show All"_s)
            showAll = button;
    }
    REQUIRE(showAll);
    showAll->click();
    CHECK(model.filter().isEmpty());
    CHECK(model.matchingCount() == total);
    CHECK(view.channelFilter()->text() == u"All channels"_s);
    CHECK_FALSE(view.matchCount()->isVisible());
}

TEST_CASE("technical bodies are highlighted by their kind, huge pastes open at once", "[timeline][ui]")
{
    BodyViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    viewer.setBody(u"java.lang.NullPointerException\n    at com.lumo.Hub.sync(Hub.java:88)\n"
                   "    at com.lumo.Main.run(Main.java:12)\n"_s,
        BodyFormat::Plain);
    CHECK(viewer.highlightingName() == u"Tandem Stack Trace"_s);
    viewer.setBody(u"{\"error\": \"expired\"}"_s, BodyFormat::Plain);
    CHECK(viewer.highlightingName() == u"JSON"_s);
    viewer.setBody(u"2026-01-02 10:00:00 ERROR boom"_s, BodyFormat::Log);
    CHECK(viewer.highlightingName() == u"Log File (advanced)"_s);

    // Customer HTML is text, never rendered.
    viewer.setBody(u"<b>urgent</b><img src=x onerror=alert(1)>"_s, BodyFormat::Html);
    CHECK(viewer.editor()->toPlainText() == u"<b>urgent</b><img src=x onerror=alert(1)>"_s);

    // One very long line: shown, not highlighted.
    viewer.setBody(u"{\"blob\": \""_s + QString(20000, u'a') + u"\"}"_s, BodyFormat::Json);
    CHECK(viewer.highlightingName().isEmpty());

    // 20 MB: the start at once, the rest on request; NUL bytes and invalid UTF-8 show as replacement marks.
    const QString huge = QString::fromUtf8("start \xff\xfe ") + QString(u'\0') + QString(20 * 1024 * 1024, u'x');
    viewer.setBody(huge, BodyFormat::Plain);
    CHECK_FALSE(viewer.isShowingAll());
    CHECK(viewer.editor()->toPlainText().size() < BodyViewer::initialLength * 2);
    CHECK(viewer.editor()->toPlainText().startsWith(u"start \uFFFD\uFFFD \uFFFD"_s));
    auto *showAll = viewer.findChild<QPushButton *>();
    REQUIRE(showAll);
    CHECK(showAll->isVisible());
    showAll->click();
    CHECK(viewer.isShowingAll());
}

TEST_CASE("the compose panel logs entries and keeps drafts as the agent types", "[timeline][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 30, 4);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    TimelineService service(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    QTemporaryDir draftsFolder;
    const DraftStore drafts(draftsFolder.path());
    {
        ComposePanel panel(service, drafts, temp.path(), rep);
        panel.setCustomer(2);
        panel.setEntryType(ComposePanel::EntryType::Complaint);
        panel.subjectEdit()->setText(u"Parcel damaged"_s);
        panel.bodyEdit()->setPlainText(u"Box crushed, hub cracked. 📦 שלום"_s);
        REQUIRE(test::waitUntil([&] { return drafts.load(temp.path(), rep.agentId, 2).has_value(); }));
    }
    // A new panel (a restarted app) finds the draft.
    ComposePanel panel(service, drafts, temp.path(), rep);
    panel.setCustomer(2);
    CHECK(panel.bodyEdit()->toPlainText() == u"Box crushed, hub cracked. 📦 שלום"_s);
    CHECK(panel.subjectEdit()->text() == u"Parcel damaged"_s);

    REQUIRE(panel.logEntry());
    const InteractionPage page = service.page(2, std::nullopt, 1);
    CHECK(page.interactions.front().kind == InteractionKind::Complaint);
    CHECK(page.interactions.front().complaintCause.size() > 0);
    CHECK_FALSE(drafts.load(temp.path(), rep.agentId, 2).has_value());
    CHECK(panel.bodyEdit()->toPlainText().isEmpty());
    auto *status = panel.findChild<QLabel *>(u"composeStatus"_s);
    REQUIRE(status);
    CHECK(status->text() == u"Logged."_s);
    // Typing the next entry takes "Logged." away: it was said of the one before.
    QTest::keyClicks(panel.bodyEdit(), u"Next"_s);
    CHECK(status->text().isEmpty());

    // A failed save shows why and keeps every word.
    panel.setCustomer(999);
    panel.setEntryType(ComposePanel::EntryType::Note);
    panel.bodyEdit()->setPlainText(u"Important findings"_s);
    CHECK_FALSE(panel.logEntry());
    CHECK(panel.bodyEdit()->toPlainText() == u"Important findings"_s);
    CHECK(drafts.load(temp.path(), rep.agentId, 999)->value(u"body"_s).toString() == u"Important findings"_s);
}

TEST_CASE("a template picked with the keyboard lands in the compose panel and is sent as a reply", "[templates][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 30, 4);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    TimelineService timeline(workspace, clock);
    TemplateService templates(workspace, clock);
    templates.installDefaultLibrary();
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    QTemporaryDir draftsFolder;
    const DraftStore drafts(draftsFolder.path());
    ComposePanel panel(timeline, drafts, temp.path(), rep);
    panel.setTemplateService(&templates);
    panel.setCustomer(1);
    panel.setEntryType(ComposePanel::EntryType::Email);
    panel.show();

    bool typed = false;
    QTimer::singleShot(0, [&] {
        auto *picker = qobject_cast<TemplatePickerDialog *>(QApplication::activeModalWidget());
        if (!picker)
            return;
        QTest::keyClicks(picker->filterEdit(), u"checkin"_s);
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        typed = true;
    });
    REQUIRE(panel.pickTemplate());
    CHECK(typed);
    CHECK_FALSE(panel.bodyEdit()->toPlainText().isEmpty());
    CHECK_FALSE(panel.bodyEdit()->toPlainText().contains(u"{{"_s));
    CHECK_FALSE(panel.subjectEdit()->text().isEmpty());

    REQUIRE(panel.logEntry());
    const Interaction sent = timeline.page(1, std::nullopt, 1).interactions.front();
    CHECK(sent.direction == Direction::Outbound);
    const auto used = templates.findByShortcode(rep, u"checkin"_s, Channel::Email);
    REQUIRE(used);
    CHECK(used->usageCount == 1);
}
