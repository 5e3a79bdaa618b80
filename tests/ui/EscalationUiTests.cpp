// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EscalationSamples.h"
#include "EscalationSteps.h"
#include "MessageBanner.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "escalation/EscalationDialog.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/HandoffCard.h"
#include "escalation/SpecialistQueueWidget.h"
#include "services/AccountService.h"
#include "services/CustomerService.h"
#include "services/EscalationService.h"
#include "services/TimelineService.h"
#include "storage/ChangeFeed.h"
#include "timeline/BodyViewer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <KMessageWidget>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis minute = 60'000;

QList<Id> firstInteractions(TimelineService &timeline, Id customerId, int count)
{
    QList<Id> ids;
    for (const Interaction &interaction : timeline.page(customerId, std::nullopt, count).interactions)
        ids.append(interaction.id);
    return ids;
}

// A real render has many colours; a blank or failed one has a few.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// Renders a widget offscreen; with TANDEM_ESCALATION_RENDER_DIR set the PNG is kept there to look at.
QImage render(QWidget &widget, const QString &name)
{
    widget.show();
    QApplication::processEvents();
    const QImage image = widget.grab().toImage();
    const QString folder = qEnvironmentVariable("TANDEM_ESCALATION_RENDER_DIR");
    if (!folder.isEmpty())
        image.save(QDir(folder).filePath(name + u".png"_s));
    return image;
}

} // namespace

TEST_CASE(
    "a rep fills the escalation dialog; a specialist's queue in another window shows the hand-off", "[escalation][ui]")
{
    test::TempWorkspace temp;
    Workspace &repWorkspace = temp.openWithDemo(20, 400, 9);
    test::MockClock clock;
    EscalationService repEscalations(repWorkspace, clock);
    CustomerService customers(repWorkspace);
    TimelineService timeline(repWorkspace, clock);
    AccountService accounts(repWorkspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);

    // The specialist's window works on its own connection and hears of the rep's commit through the
    // change feed, as a second desk would.
    std::unique_ptr<Workspace> specialistWorkspace = Workspace::open(temp.path());
    EscalationService specialistEscalations(*specialistWorkspace, clock);
    specialistWorkspace->changes().startWatching(20);
    EscalationQueueModel queue(specialistEscalations, specialist);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rowsBefore = queue.rowCount();

    const QList<Id> selected = firstInteractions(timeline, 2, 2);
    REQUIRE(selected.size() == 2);
    EscalationDialog dialog(repEscalations, customers, timeline, rep, 2, selected);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Filled in from the customer and the selected entries.
    auto *summary = dialog.findChild<QLineEdit *>(u"summary"_s);
    auto *severity = dialog.findChild<QComboBox *>(u"severity"_s);
    auto *slaTargets = dialog.findChild<QLabel *>(u"slaTargets"_s);
    auto *problems = dialog.findChild<QLabel *>(u"problems"_s);
    REQUIRE((summary && severity && slaTargets && problems));
    CHECK(summary->text() == timeline.interaction(selected.at(0))->subject);
    CHECK_THAT(dialog.findChild<QLabel *>(u"customerLabel"_s)->text().toStdString(),
        ContainsSubstring(customers.customer(2)->displayName().toStdString()));
    CHECK(dialog.form().interactionIds == selected);
    CHECK(slaTargets->text() == SlaPolicy::describeTargets(Severity(severity->currentData().toInt())));

    // Required fields are checked by the service before anything is sent.
    summary->clear();
    CHECK_FALSE(dialog.submit());
    CHECK(problems->isVisible());
    CHECK_THAT(problems->text().toStdString(),
        ContainsSubstring("one-line summary") && ContainsSubstring("steps") && ContainsSubstring("already tried"));
    CHECK(dialog.escalationId() == 0);
    CHECK(dialog.isVisible());

    QTest::keyClicks(summary, u"Exports fail with an error page"_s);
    severity->setCurrentIndex(int(Severity::S1));
    CHECK(slaTargets->text() == u"Claim within 15 min · resolve within 4 h"_s);
    dialog.findChild<QPlainTextEdit *>(u"steps"_s)->setPlainText(u"1. Open Reports\n2. Export last month"_s);
    dialog.findChild<QPlainTextEdit *>(u"expected"_s)->setPlainText(u"A CSV download"_s);
    dialog.findChild<QPlainTextEdit *>(u"actual"_s)->setPlainText(u"Error 500 after ten seconds"_s);
    dialog.findChild<QPlainTextEdit *>(u"alreadyTried"_s)->setPlainText(u"Another browser, a smaller range"_s);
    CHECK_FALSE(problems->isVisible()); // the list followed the edits
    const QString configPath = QDir(temp.dir()).filePath(u"export-settings.json"_s);
    {
        QFile config(configPath);
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write(R"({"range": "last_month", "format": "csv", "timezone": "Europe/Berlin"})");
    }
    const qsizetype attachmentsBefore = dialog.attachments().size();
    REQUIRE(dialog.addAttachmentFile(configPath));
    REQUIRE(dialog.attachments().size() == attachmentsBefore + 1);
    CHECK(dialog.attachments().constLast().format == BodyFormat::Json);
    CHECK(dialog.attachmentViewer()->highlightingName() == u"JSON"_s);
    CHECK(dialog.attachmentViewer()->editor()->isReadOnly());
    render(dialog, u"escalation-dialog"_s);

    REQUIRE(dialog.submit());
    const Id id = dialog.escalationId();
    CHECK(id > 0);
    CHECK(dialog.result() == QDialog::Accepted);

    REQUIRE(test::waitUntil([&] { return queue.rowOf(id) >= 0; }));
    CHECK(queue.rowCount() == rowsBefore + 1);
    const QModelIndex row = queue.index(queue.rowOf(id));
    CHECK(row.data(EscalationRoles::Summary).toString() == u"Exports fail with an error page"_s);
    CHECK(row.data(EscalationRoles::Severity).toInt() == int(Severity::S1));
    CHECK(row.data(EscalationRoles::SlaLevel).toInt() == int(SlaLevel::OnTrack));
    CHECK(row.data(EscalationRoles::SlaText).toString() == u"Claim in 15 min"_s);
    CHECK(row.data(EscalationRoles::CustomerName).toString() == customers.customer(2)->displayName());
    CHECK(row.data(EscalationRoles::AssigneeName).toString().isEmpty());
    CHECK(row.data(EscalationRoles::CreatorName).toString() == rep.name);
    const std::optional<HandoffDetails> card = specialistEscalations.handoff(specialist, id);
    REQUIRE(card);
    CHECK(card->attachments.size() == attachmentsBefore + 1);
    CHECK(card->linkedInteractions.size() == 2);
}

TEST_CASE("the queue model pages by due time, keeps rows and selection through changes, and colours countdowns",
    "[escalation][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(10, 200, 4);
    test::MockClock clock;
    EscalationService service(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);
    QList<Id> ids;
    for (int i = 0; i < EscalationQueueModel::pageSize + 15; ++i) {
        ids.append(service.escalate(rep, test::sampleHandoff(1 + i % 10, Severity(i % 4), u"Issue %1"_s.arg(i))));
        clock.advance(minute);
    }

    EscalationQueueModel model(service, specialist);
    const qint64 total = service.queueCount(specialist, model.filter());
    CHECK(model.rowCount() == EscalationQueueModel::pageSize);
    CHECK(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.index(row - 1).data(EscalationRoles::SlaDueAt).toDateTime()
            <= model.index(row).data(EscalationRoles::SlaDueAt).toDateTime());
    }

    QItemSelectionModel selection(&model);
    const Id watched = ids.at(20);
    selection.setCurrentIndex(model.index(model.rowOf(watched)), QItemSelectionModel::ClearAndSelect);
    // Claiming others moves them (their countdown becomes the resolution's), a new one slides in.
    for (const int other : { 3, 21, 40 })
        service.transition(specialist, ids.at(other), EscalationAction::Claim, {}, 1);
    const Id added = service.escalate(rep, test::sampleHandoff(5, Severity::S1, u"Brand new"_s));
    CHECK(model.rowCount() == total + 1);
    CHECK(model.rowOf(added) >= 0);
    CHECK(selection.currentIndex().data(EscalationRoles::Id).toLongLong() == watched);
    CHECK(selection.isSelected(model.index(model.rowOf(watched))));
    CHECK(model.index(model.rowOf(ids.at(21))).data(EscalationRoles::AssigneeName).toString() == specialist.name);
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.index(row - 1).data(EscalationRoles::SlaDueAt).toDateTime()
            <= model.index(row).data(EscalationRoles::SlaDueAt).toDateTime());
    }
    // Leaving the queue (handed back) removes the row.
    const Id leaving = ids.at(21);
    service.transition(specialist, leaving, EscalationAction::Start, {}, 2);
    service.transition(specialist, leaving, EscalationAction::Resolve, u"Fixed"_s, 3);
    service.transition(specialist, leaving, EscalationAction::HandBack, u"Tell them it works again"_s, 4);
    CHECK(model.rowOf(leaving) < 0);
    CHECK(selection.currentIndex().data(EscalationRoles::Id).toLongLong() == watched);

    // The countdown of the brand-new S1: 15 minutes to claim; amber from 11:15, red from 15:00.
    const QModelIndex fresh = model.index(model.rowOf(added));
    CHECK(fresh.data(EscalationRoles::SlaLevel).toInt() == int(SlaLevel::OnTrack));
    clock.advance(11 * minute + 15'000);
    model.refreshCountdowns();
    CHECK(fresh.data(EscalationRoles::SlaLevel).toInt() == int(SlaLevel::AtRisk));
    CHECK(fresh.data(EscalationRoles::SlaText).toString() == u"Claim in 3 min"_s);
    clock.advance(4 * minute);
    CHECK(fresh.data(EscalationRoles::SlaLevel).toInt() == int(SlaLevel::Breached));
    CHECK(fresh.data(EscalationRoles::SlaProgress).toDouble() > 1.0);
    CHECK_THAT(fresh.data(EscalationRoles::SlaText).toString().toStdString(), ContainsSubstring("overdue"));

    // Filters reset the list to what they let through.
    model.setFilter({ EscalationQueue::Support, std::nullopt, Severity::S1 });
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row).data(EscalationRoles::Severity).toInt() == int(Severity::S1));
    model.setFilter({ EscalationQueue::AssignedToMe, std::nullopt, std::nullopt });
    CHECK(model.rowOf(ids.at(3)) >= 0);
    CHECK(model.rowOf(ids.at(4)) < 0);
}

TEST_CASE(
    "the specialist desk: claim from the queue, read the hand-off card, act on what is allowed", "[escalation][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(16, 500, 21);
    // A clock that is "now" for the demo history, so the demo's open escalations have believable countdowns.
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    EscalationService service(workspace, clock);
    TimelineService timeline(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Actor specialist = accounts.signInWithoutPassword(u"specialist"_s);
    const Actor specialist2 = accounts.signInWithoutPassword(u"specialist2"_s);

    // A few fresh hand-offs at different points of their SLA: on track, amber, red.
    HandoffForm withFiles = test::sampleHandoff(3, Severity::S2, u"Sync stops behind the office proxy"_s);
    withFiles.interactionIds = firstInteractions(timeline, 3, 2);
    withFiles.environment = u"Lumo Bridge 4.2 on Windows Server 2022, Squid proxy with login"_s;
    withFiles.attachments = {
        { 0, 0, u"bridge.log"_s, BodyFormat::Log,
            u"2026-01-01 09:58:12.114 INFO  [sync] starting cycle 4411\n"
            "2026-01-01 09:58:12.530 WARN  [http] proxy asked for credentials (407)\n"
            "2026-01-01 09:58:12.531 ERROR [sync] cycle 4411 failed: ProxyAuthenticationRequired\n"_s },
        { 0, 0, u"bridge.json"_s, BodyFormat::Json,
            u"{\n  \"proxy\": {\"url\": \"http://proxy.office.local:3128\", \"auth\": \"basic\"},\n"
            "  \"sync\": {\"interval_s\": 60, \"retries\": 3}\n}"_s },
        { 0, 0, u"crash.trace"_s, BodyFormat::StackTrace,
            u"com.lumo.sdk.ApiException: 407 Proxy Authentication Required\n"
            "\tat com.lumo.sdk.http.HttpClient.execute(HttpClient.java:212)\n"
            "\tat com.lumo.sdk.sync.SyncJob.run(SyncJob.java:41)"_s },
    };
    clock.advance(-50 * minute);
    const Id red
        = service.escalate(rep, test::sampleHandoff(4, Severity::S1, u"Dashboard shows every camera offline"_s));
    clock.advance(5 * minute);
    const Id amber = service.escalate(rep, withFiles);
    clock.advance(40 * minute);
    const Id green = service.escalate(rep, test::sampleHandoff(5, Severity::S3, u"Firmware update stuck at 80%"_s));
    clock.advance(5 * minute);

    SpecialistQueueWidget desk(service, specialist);
    desk.resize(1280, 800);
    desk.show();
    REQUIRE(QTest::qWaitForWindowExposed(&desk));
    QAbstractItemModelTester tester(desk.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Most urgent first: the S1 is breached, the S2 is amber (45 of 60 minutes), the S3 is on track.
    const auto levelOf
        = [&](Id id) { return desk.model()->index(desk.model()->rowOf(id)).data(EscalationRoles::SlaLevel).toInt(); };
    CHECK(levelOf(red) == int(SlaLevel::Breached));
    CHECK(levelOf(amber) == int(SlaLevel::AtRisk));
    CHECK(levelOf(green) == int(SlaLevel::OnTrack));
    CHECK(desk.model()->rowOf(red) < desk.model()->rowOf(amber));
    CHECK(desk.model()->rowOf(amber) < desk.model()->rowOf(green));

    REQUIRE(desk.selectEscalation(amber));
    CHECK(desk.card()->escalationId() == amber);
    QPushButton *claim = desk.actionButton(EscalationAction::Claim);
    CHECK(claim->isVisible());
    CHECK(claim->isEnabled());
    CHECK_FALSE(desk.actionButton(EscalationAction::Resolve)->isVisible());
    auto *tabs = desk.card()->findChild<QTabWidget *>(u"handoffAttachments"_s);
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 3);
    CHECK(qobject_cast<BodyViewer *>(tabs->widget(1))->highlightingName() == u"JSON"_s);
    CHECK(qobject_cast<BodyViewer *>(tabs->widget(2))->highlightingName() == u"Tandem Stack Trace"_s);
    CHECK_FALSE(qobject_cast<BodyViewer *>(tabs->widget(0))->highlightingName().isEmpty());
    CHECK_THAT(desk.card()->findChild<QLabel *>(u"handoffTitle"_s)->text().toStdString(),
        ContainsSubstring("Sync stops behind the office proxy"));
    render(desk, u"escalation-queue"_s);
    {
        HandoffCard card(service, specialist);
        card.resize(760, 1100);
        REQUIRE(card.showEscalation(amber));
        const QImage image = render(card, u"escalation-handoff-card"_s);
        CHECK(colourCount(image) > 20);
    }

    // Another specialist's window still shows it unclaimed; the first claim wins there too.
    SpecialistQueueWidget otherDesk(service, specialist2);
    REQUIRE(otherDesk.selectEscalation(amber));
    CHECK(desk.perform(EscalationAction::Claim));
    CHECK(desk.card()->details()->item.escalation.state == EscalationState::Claimed);
    CHECK(desk.selectedEscalationId() == amber);
    CHECK_FALSE(claim->isEnabled());
    CHECK_FALSE(claim->isVisible());
    CHECK(desk.actionButton(EscalationAction::Start)->isVisible());
    CHECK(otherDesk.card()->details()->item.assigneeName == specialist.name);
    CHECK_FALSE(otherDesk.actionButton(EscalationAction::Claim)->isEnabled());

    CHECK(desk.perform(EscalationAction::Start));
    render(desk, u"escalation-queue-working"_s);
    CHECK(desk.actionButton(EscalationAction::Resolve)->isVisible());
    CHECK(desk.actionButton(EscalationAction::AskRep)->isVisible());
    CHECK_FALSE(desk.perform(EscalationAction::Resolve, u"  "_s));
    CHECK_THAT(desk.findChild<KMessageWidget *>(u"queueMessage"_s)->text().toStdString(),
        ContainsSubstring("Describe how the problem was resolved"));
    CHECK(desk.perform(EscalationAction::AskRep, u"Which proxy user does the bridge use?"_s));
    CHECK(desk.card()->details()->item.escalation.state == EscalationState::NeedsInfoFromRep);

    // The rep's side of the same widget: no Claim, but the question came back to them.
    SpecialistQueueWidget repDesk(service, rep);
    repDesk.setQueue(EscalationQueue::ReturnedToMe);
    CHECK(repDesk.model()->rowOf(amber) >= 0);
    REQUIRE(repDesk.selectEscalation(amber));
    CHECK_FALSE(repDesk.actionButton(EscalationAction::Claim)->isVisibleTo(&repDesk));
    CHECK(repDesk.actionButton(EscalationAction::Answer)->isVisibleTo(&repDesk));
    CHECK(repDesk.perform(EscalationAction::Answer, u"svc-bridge, password in the vault"_s));
    CHECK(repDesk.model()->rowOf(amber) < 0);
    CHECK(desk.card()->details()->item.escalation.state == EscalationState::InProgress);
    CHECK(desk.selectedEscalationId() == amber);
}

TEST_CASE("a log pasted over the limit is refused at once, its end can be kept, and removing it clears the notice",
    "[escalation][ui][reliability]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(5, 40, 9);
    test::MockClock clock;
    EscalationService escalations(workspace, clock);
    CustomerService customers(workspace);
    TimelineService timeline(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    EscalationDialog dialog(escalations, customers, timeline, rep, 2, {});
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    MessageBanner *notice = dialog.attachmentNotice();
    auto *problems = dialog.findChild<QLabel *>(u"problems"_s);
    auto *keepEnd = dialog.findChild<QAction *>(u"keepEnd"_s);
    REQUIRE((notice && problems && keepEnd));
    CHECK(keepEnd->text() == u"Keep the Last 2 MiB"_s);

    // A long log whose error is, as usual, at its end.
    const QString line = u"2026-11-30T10:15:02Z INFO sync: batch of 500 records written in 41 ms\n"_s;
    QString longLog;
    while (longLog.size() <= EscalationService::maxAttachmentLength + 100'000)
        longLog += line;
    longLog += u"2026-11-30T10:15:03Z ERROR sync: connection reset by peer\n"_s;
    QApplication::clipboard()->setText(longLog);

    // A button's mnemonic clicks it a moment later (animateClick).
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    REQUIRE(test::waitUntil([&] { return notice->isVisible(); }));
    CHECK(dialog.attachments().isEmpty());
    CHECK(notice->messageType() == KMessageWidget::Error);
    CHECK_THAT(notice->text().toStdString(), ContainsSubstring("2 MiB") && !ContainsSubstring(" MB"));
    CHECK(notice->actions().contains(keepEnd));

    QToolButton *keepButton = nullptr;
    for (QToolButton *button : notice->findChildren<QToolButton *>()) {
        if (button->defaultAction() == keepEnd)
            keepButton = button;
    }
    REQUIRE(keepButton);
    keepButton->setFocus();
    QTest::keyClick(keepButton, Qt::Key_Space);
    REQUIRE(dialog.attachments().size() == 1);
    const QString kept = dialog.attachments().constFirst().content;
    CHECK(kept.size() <= EscalationService::maxAttachmentLength);
    CHECK(kept.size() > EscalationService::maxAttachmentLength - line.size());
    CHECK(kept.startsWith(line)); // from the start of a line
    CHECK(kept.endsWith(u"ERROR sync: connection reset by peer\n"_s));
    CHECK(notice->messageType() == KMessageWidget::Positive);
    CHECK(test::waitUntil([&] { return !notice->actions().contains(keepEnd); }));
    bool attachmentsFine = true;
    for (const HandoffProblem &problem : escalations.checkHandoff(rep, dialog.form()))
        attachmentsFine = attachmentsFine && problem.field != HandoffField::Attachments;
    CHECK(attachmentsFine);

    // Removing the attachment takes what was said about it away.
    dialog.findChild<QListWidget *>(u"attachments"_s)->setCurrentRow(0);
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    REQUIRE(test::waitUntil([&] { return dialog.attachments().isEmpty(); }));
    CHECK_FALSE(notice->isVisible());

    // So does removing one the service refused at submit.
    dialog.addAttachment({ 0, 0, u"empty.log"_s, BodyFormat::Log, QString() });
    CHECK_FALSE(dialog.submit());
    CHECK_THAT(problems->text().toStdString(), ContainsSubstring("empty.log"));
    dialog.findChild<QListWidget *>(u"attachments"_s)->setCurrentRow(0);
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    REQUIRE(test::waitUntil([&] { return dialog.attachments().isEmpty(); }));
    CHECK_THAT(problems->text().toStdString(), !ContainsSubstring("empty.log"));
}
