// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerMessages.h"
#include "MessageBoxAnswer.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "RefreshThrottle.h"
#include "TempWorkspace.h"
#include "ThemeColors.h"
#include "Wait.h"
#include "domain/KpiTarget.h"
#include "review/AuditLogModel.h"
#include "review/AuditViewer.h"
#include "review/KpiDashboard.h"
#include "review/KpiTile.h"
#include "review/QaScorecard.h"
#include "review/RecordsBrowser.h"
#include "review/RecordsExportRunner.h"
#include "review/RecordsModel.h"
#include "review/ScorePicker.h"
#include "review/TrendChart.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/ConversationService.h"
#include "services/KpiService.h"
#include "services/RecordsService.h"
#include "services/ReviewService.h"
#include "services/TimelineService.h"
#include "storage/Query.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis day = 24LL * 60 * 60 * 1000;

void typeInto(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    REQUIRE(target != nullptr);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace

TEST_CASE("the records model pages through every record and sorts by customer", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(20, 500, 8);
    test::MockClock clock;
    RecordsService records(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    RecordsModel model(records, lead);
    CHECK(model.rowCount() == RecordsService::pageSize);
    CHECK(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == records.count(lead, {}));
    QSet<std::pair<int, qint64>> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        seen.insert({ index.data(RecordsRoles::Type).toInt(), index.data(RecordsRoles::Id).toLongLong() });
    }
    CHECK(seen.size() == model.rowCount());

    model.sort(RecordsModel::CustomerColumn, Qt::AscendingOrder);
    CHECK(model.sortOrder().key == RecordsSortKey::Customer);
    CHECK_FALSE(model.sortOrder().descending);
    const QString first = model.index(0, RecordsModel::CustomerColumn).data().toString();
    const QString second = model.index(1, RecordsModel::CustomerColumn).data().toString();
    CHECK(first.toCaseFolded() <= second.toCaseFolded());
    // A column that does not sort leaves the order alone.
    model.sort(RecordsModel::SubjectColumn, Qt::DescendingOrder);
    CHECK(model.sortOrder().key == RecordsSortKey::Customer);

    RecordsFilter escalations;
    escalations.recordType = RecordType::Escalation;
    model.setFilter(escalations);
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0).data(RecordsRoles::Type).toInt() == int(RecordType::Escalation));
    CHECK_THAT(
        model.index(0, RecordsModel::KindColumn).data().toString().toStdString(), ContainsSubstring("Escalation #"));
}

TEST_CASE("the records browser shows a drill-through filter and opens a record in its timeline", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(20, 500, 8);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    RecordsService records(workspace, clock);
    ReviewService reviews(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    RecordsBrowser browser(records, reviews, lead);
    browser.resize(1100, 700);
    QSignalSpy opened(&browser, &RecordsBrowser::openRequested);

    RecordsFilter complaints;
    complaints.kinds = { InteractionKind::Complaint, InteractionKind::Message };
    complaints.from = test::TempWorkspace::demoAnchor - 365 * day;
    complaints.to = test::TempWorkspace::demoAnchor;
    browser.setFilter(complaints);
    CHECK(browser.filter() == complaints);
    CHECK_THAT(browser.countText().toStdString(), ContainsSubstring("record"));
    REQUIRE(browser.model()->rowCount() > 0);

    REQUIRE(browser.selectRow(0));
    const RecordRow *row = browser.model()->rowAt(0);
    REQUIRE(row != nullptr);
    CHECK_FALSE(browser.detailsText().isEmpty());
    REQUIRE(browser.openSelected());
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == row->customerId);
    CHECK(opened.at(0).at(1).toLongLong() == row->id);

    CHECK(browser.setCustomerText(row->customerName));
    REQUIRE(browser.filter().customerId.has_value());
    CHECK_FALSE(browser.setCustomerText(u"zzzz nobody by that name"_s));
    CHECK_THAT(browser.statusText().toStdString(), ContainsSubstring("No customer"));
}

TEST_CASE("a rep's records browser holds their own records only", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(20, 500, 8);
    test::MockClock clock;
    RecordsService records(workspace, clock);
    ReviewService reviews(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    RecordsBrowser browser(records, reviews, rep);
    RecordsFilter someoneElse;
    someoneElse.agentId = rep.agentId + 1;
    browser.setFilter(someoneElse);
    CHECK(browser.filter().agentId == rep.agentId);
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        const QModelIndex index = browser.model()->index(row, 0);
        if (index.data(RecordsRoles::Type).toInt() == int(RecordType::Interaction))
            CHECK(index.data(RecordsRoles::AgentId).toLongLong() == rep.agentId);
    }
}

TEST_CASE("a cancelled export leaves no file; a finished one leaves all of it", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(20, 3000, 9);
    test::MockClock clock;
    RecordsService records(workspace, clock);
    ReviewService reviews(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    RecordsBrowser browser(records, reviews, lead);
    QTemporaryDir dir;

    const QString cancelled = dir.filePath(u"cancelled.csv"_s);
    RecordsExportRunner *runner = browser.exportTo(cancelled);
    QSignalSpy cancelledDone(runner, &RecordsExportRunner::finished);
    REQUIRE(runner->isRunning());
    // Cancel as a person would, once the first chunk is written and the rest still to come.
    qint64 writtenWhenCancelled = 0;
    QObject::connect(runner, &RecordsExportRunner::progressed, runner, [runner, &writtenWhenCancelled](qint64 written) {
        if (writtenWhenCancelled == 0 && runner->progressDialog()) {
            writtenWhenCancelled = written;
            auto *cancel = runner->progressDialog()->findChild<QPushButton *>();
            REQUIRE(cancel != nullptr);
            cancel->click();
        }
    });
    REQUIRE(test::waitUntil([&] { return cancelledDone.size() == 1; }));
    CHECK(writtenWhenCancelled > 0);
    CHECK(writtenWhenCancelled < records.count(lead, {}));
    CHECK_FALSE(cancelledDone.at(0).at(0).toBool());
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no temporary leftovers either
    CHECK_THAT(browser.statusText().toStdString(), ContainsSubstring("cancelled"));

    const QString finished = dir.filePath(u"finished.csv"_s);
    RecordsExportRunner *second = browser.exportTo(finished);
    QSignalSpy finishedDone(second, &RecordsExportRunner::finished);
    REQUIRE(test::waitUntil([&] { return finishedDone.size() == 1; }, 60000));
    CHECK(finishedDone.at(0).at(0).toBool());
    QFile file(finished);
    REQUIRE(file.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    const QByteArray bytes = file.readAll();
    for (const char c : bytes)
        lines += c == '\n' ? 1 : 0;
    CHECK(lines >= records.count(lead, {}) + 1); // bodies may hold line breaks of their own
}

TEST_CASE("the KPI dashboard shows every number and each opens its records", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(60, 3000, 10);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    KpiService kpis(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    KpiDashboard dashboard(kpis, lead);
    dashboard.resize(1200, 800);
    dashboard.show();
    QSignalSpy requested(&dashboard, &KpiDashboard::recordsRequested);

    const KpiQuery query = dashboard.query();
    CHECK(query.to - query.from == 12 * 7 * day);
    CHECK(dashboard.report().weeks.size() == 12);
    for (const KpiMetric metric : Kpi::metrics()) {
        KpiTile *tile = dashboard.tile(metric);
        REQUIRE(tile != nullptr);
        CHECK(tile->valueText() == Kpi::format(metric, dashboard.report().values));
        CHECK(tile->chart()->points().size() == 12);
    }
    CHECK(dashboard.tile(KpiMetric::Csat)->valueText() != u"–"_s);

    QTest::mouseClick(dashboard.tile(KpiMetric::Csat), Qt::LeftButton);
    REQUIRE(requested.size() == 1);
    const auto csat = requested.at(0).at(0).value<RecordsFilter>();
    CHECK(csat.surveyKind == SurveyKind::Csat);
    CHECK(csat.from == query.from);
    CHECK(csat.to == query.to);

    dashboard.tile(KpiMetric::SlaCompliance)->setFocus();
    QTest::keyClick(dashboard.tile(KpiMetric::SlaCompliance), Qt::Key_Return);
    REQUIRE(requested.size() == 2);
    CHECK(requested.at(1).at(0).value<RecordsFilter>().recordType == RecordType::Escalation);

    // Churn counts customers, not records: nothing to open.
    CHECK_FALSE(dashboard.tile(KpiMetric::ChurnRate)->isClickable());
    QTest::mouseClick(dashboard.tile(KpiMetric::ChurnRate), Qt::LeftButton);
    CHECK(requested.size() == 2);

    REQUIRE(dashboard.causes()->count() > 0);
    QListWidgetItem *cause = dashboard.causes()->item(0);
    QTest::mouseClick(
        dashboard.causes()->viewport(), Qt::LeftButton, {}, dashboard.causes()->visualItemRect(cause).center());
    REQUIRE(requested.size() == 3);
    const auto complaints = requested.at(2).at(0).value<RecordsFilter>();
    CHECK(complaints.complaintCauseId.has_value());
    CHECK(complaints.kinds == QList<InteractionKind> { InteractionKind::Complaint });

    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    dashboard.setScope(rep.agentId, std::nullopt);
    CHECK(dashboard.query().agentId == rep.agentId);
    CHECK(dashboard.report().query.agentId == rep.agentId);
}

TEST_CASE("a rep's dashboard offers only their own numbers", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(20, 600, 10);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    KpiService kpis(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    KpiDashboard dashboard(kpis, rep);
    CHECK(dashboard.query().agentId == rep.agentId);
    CHECK(dashboard.report().query.agentId == rep.agentId);
    CHECK(dashboard.statusText().isEmpty());
}

TEST_CASE("a lead scores an interaction on the QA scorecard", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(10, 200, 4);
    test::MockClock clock;
    ReviewService reviews(workspace, clock);
    AccountService accounts(workspace);
    const Actor lead = accounts.defaultDemoActor();
    const Actor rep = accounts.signInWithoutPassword(u"rep"_s);
    const Id interaction
        = Query::scalar(workspace.database(), u"SELECT min(id) FROM interactions WHERE agent_id = ?"_s, { rep.agentId })
              .toLongLong();

    QaScorecard scorecard(reviews, lead);
    scorecard.start(interaction, u"A call"_s);
    for (const QaCriterion criterion : QaRubric::criteria())
        scorecard.setScore(criterion, criterion == QaCriterion::Tone ? 2 : 5);
    scorecard.setComment(u"Friendlier next time, please."_s);
    REQUIRE(scorecard.save());
    const QList<QaReview> saved = reviews.reviewsOf(rep, interaction);
    REQUIRE(saved.size() == 1);
    CHECK(saved.constFirst().score(QaCriterion::Tone) == 2);
    CHECK(saved.constFirst().comment == u"Friendlier next time, please."_s);

    QaScorecard refused(reviews, rep);
    refused.start(interaction, u"A call"_s);
    for (const QaCriterion criterion : QaRubric::criteria())
        refused.setScore(criterion, 3);
    CHECK_FALSE(refused.save());
    CHECK_THAT(refused.errorText().toStdString(), ContainsSubstring("team leads"));
}

TEST_CASE("a lead scores a record from the keyboard beside its text, with no dialog over it", "[frontline][review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(10, 300, 4);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    RecordsService records(workspace, clock);
    ReviewService reviews(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    RecordsBrowser browser(records, reviews, lead);
    browser.resize(1180, 720);
    RecordsFilter complaints;
    complaints.recordType = RecordType::Interaction;
    complaints.kinds = { InteractionKind::Complaint };
    browser.setFilter(complaints);
    browser.show();
    browser.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&browser));
    REQUIRE(browser.model()->rowCount() >= 2);
    REQUIRE(browser.selectRow(0));
    const RecordRow scored = *browser.model()->rowAt(0);
    REQUIRE(scored.agentId.has_value());
    const std::optional<Interaction> entry = reviews.entryToReview(lead, scored.id);
    REQUIRE(entry.has_value());
    const qsizetype reviewsBefore = reviews.reviewsOf(lead, scored.id).size();
    browser.table()->setFocus();

    // Alt+Q starts scoring the selected record; the record's whole text stays in view beside the scorecard.
    typeInto(Qt::Key_Q, Qt::AltModifier);
    QaScorecard *scorecard = browser.scorecard();
    // A mnemonic clicks its button the way a mouse would, a moment later.
    REQUIRE(test::waitUntil([scorecard] { return scorecard->isVisible(); }));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(browser.recordView()->isVisible());
    const QRect recordArea(browser.recordView()->mapTo(&browser, QPoint()), browser.recordView()->size());
    const QRect scorecardArea(scorecard->mapTo(&browser, QPoint()), scorecard->size());
    CHECK_FALSE(recordArea.intersects(scorecardArea));
    const QString shown = browser.detailsText();
    CHECK(shown.contains(scored.customerName));
    CHECK(shown.contains(scored.agentName));
    CHECK(shown.contains(entry->body.trimmed().section(u'\n', 0, 0).simplified().left(40)));
    CHECK(QApplication::focusWidget() == scorecard->picker(QaCriterion::Listen));

    // A digit per line, Tab to the next, then the comment, then Ctrl+Enter saves.
    const QList<int> typed { 4, 5, 3, 5, 4, 4, 2 };
    for (const int score : typed) {
        typeInto(Qt::Key_0 + score);
        typeInto(Qt::Key_Tab);
    }
    REQUIRE(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()) != nullptr);
    QTest::keyClicks(QApplication::focusWidget(), u"Warmer close next time."_s);
    typeInto(Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(scorecard->isVisible());
    const QList<QaReview> saved = reviews.reviewsOf(lead, scored.id);
    REQUIRE(saved.size() == reviewsBefore + 1);
    for (qsizetype i = 0; i < typed.size(); ++i)
        CHECK(saved.constFirst().scores.at(std::size_t(i)) == typed.at(i));
    CHECK(saved.constFirst().comment == u"Warmer close next time."_s);
    CHECK_THAT(browser.statusText().toStdString(), ContainsSubstring("saved"));

    // Esc after entering a score asks first: keeping on scoring keeps the score, discarding closes.
    REQUIRE(browser.selectRow(1));
    const Id second = browser.model()->rowAt(1)->id;
    const qsizetype secondBefore = reviews.reviewsOf(lead, second).size();
    browser.table()->setFocus();
    typeInto(Qt::Key_Q, Qt::AltModifier);
    REQUIRE(test::waitUntil([scorecard] { return scorecard->isVisible(); }));
    typeInto(Qt::Key_2);
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); }, &asked);
    typeInto(Qt::Key_Escape);
    CHECK(asked);
    CHECK(scorecard->isVisible());
    CHECK(scorecard->score(QaCriterion::Listen) == 2);
    test::backToWindow(browser);
    asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); }, &asked);
    typeInto(Qt::Key_Escape);
    CHECK(asked);
    CHECK_FALSE(scorecard->isVisible());
    CHECK(reviews.reviewsOf(lead, second).size() == secondBefore);
    test::backToWindow(browser);

    // With nothing entered, Esc closes at once.
    browser.table()->setFocus();
    typeInto(Qt::Key_Q, Qt::AltModifier);
    REQUIRE(test::waitUntil([scorecard] { return scorecard->isVisible(); }));
    typeInto(Qt::Key_Escape);
    CHECK_FALSE(scorecard->isVisible());
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("the audit viewer pages the trail, shows before and after, and verifies the chain", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(5, 40, 2);
    AccountService accounts(workspace);
    const Actor lead = accounts.defaultDemoActor();
    for (int i = 0; i < 3; ++i)
        accounts.changeRole(lead, accounts.signInWithoutPassword(u"rep2"_s).agentId,
            i % 2 == 0 ? Role::SupportSpecialist : Role::ServiceRep);
    AuditService audit(workspace);
    AuditLogModel model(audit, lead);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 4);
    CHECK_THAT(
        model.index(0, AuditLogModel::CodeColumn).data().toString().toStdString(), ContainsSubstring("agent.role"));
    CHECK_THAT(model.index(0, AuditLogModel::SentenceColumn).data().toString().toStdString(),
        ContainsSubstring("Changed the role of"));
    CHECK(model.index(0, AuditLogModel::ActorColumn).data().toString() == lead.name);

    AuditViewer viewer(audit, lead);
    REQUIRE(viewer.selectRow(0));
    CHECK_THAT(viewer.beforeText().toStdString(), ContainsSubstring("service_rep"));
    CHECK_THAT(viewer.afterText().toStdString(), ContainsSubstring("support_specialist"));
    CHECK(viewer.verify());
    CHECK_THAT(viewer.verificationText().toStdString(), ContainsSubstring("Intact"));

    Query::execute(workspace.database(), u"UPDATE audit_log SET action = 'agent.nothing' WHERE id = 2"_s);
    CHECK_FALSE(viewer.verify());
    CHECK_THAT(viewer.verificationText().toStdString(), ContainsSubstring("2"));
}

TEST_CASE("the audit viewer's rows read as sentences, with the code beside them", "[frontline][review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(5, 40, 2);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    TimelineService timeline(workspace, clock);
    RecordsService records(workspace, clock);
    const Id customerId = Query::scalar(workspace.database(), u"SELECT min(id) FROM customers"_s).toLongLong();
    const QString customerName = records.customer(customerId)->displayName();
    Interaction call;
    call.customerId = customerId;
    call.kind = InteractionKind::Call;
    call.channel = Channel::Phone;
    call.direction = Direction::Inbound;
    call.subject = u"Router keeps rebooting"_s;
    const Id callId = timeline.logInteraction(lead, call);

    AuditService audit(workspace);
    AuditViewer viewer(audit, lead);
    viewer.resize(1000, 640);
    viewer.show();
    viewer.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&viewer));
    QAbstractItemModelTester tester(viewer.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    viewer.table()->setFocus();
    viewer.selectRow(1);
    typeInto(Qt::Key_Up);
    REQUIRE(viewer.table()->currentIndex().row() == 0);
    const QModelIndex sentence = viewer.model()->index(0, AuditLogModel::SentenceColumn);
    CHECK(sentence.data().toString() == u"Logged a call with %1: “Router keeps rebooting”"_s.arg(customerName));
    const QString code = u"interaction.log #%1"_s.arg(callId);
    CHECK(sentence.data(Qt::ToolTipRole).toString() == code);
    CHECK(viewer.model()->index(0, AuditLogModel::CodeColumn).data().toString() == code);
    CHECK_THAT(viewer.summaryText().toStdString(), ContainsSubstring("Logged a call with"));
    CHECK_THAT(viewer.summaryText().toStdString(), ContainsSubstring(code.toStdString()));
    // No row of the trail shows a bare code where its sentence should be.
    for (int row = 0; row < viewer.model()->rowCount(); ++row) {
        const QString text = viewer.model()->index(row, AuditLogModel::SentenceColumn).data().toString();
        const QString action = viewer.model()->index(row, 0).data(AuditRoles::Action).toString();
        CHECK_FALSE(text.contains(action));
        CHECK_FALSE(text.startsWith(u"Recorded"_s));
    }
}

TEST_CASE("a KPI tile shows its target and marks a value below it as bad", "[frontline][review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(20, 600, 10);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    KpiService kpis(workspace, clock);
    const Actor lead = AccountService(workspace).defaultDemoActor();
    KpiDashboard dashboard(kpis, lead);
    dashboard.resize(1200, 800);
    dashboard.show();
    for (const KpiMetric metric : Kpi::metrics()) {
        KpiTile *tile = dashboard.tile(metric);
        const KpiStanding standing = KpiTargets::standingOf(metric, dashboard.report().values);
        CHECK(tile->standing() == standing);
        CHECK(tile->targetText().contains(KpiTargets::describe(metric)));
        if (standing == KpiStanding::Missed)
            CHECK(tile->valueColor() == ThemeColors::error(tile->palette()));
        if (standing == KpiStanding::Met)
            CHECK(tile->valueColor() == ThemeColors::success(tile->palette()));
    }

    // A CSAT of 70 % is below its 85 % target: red, with a mark and words that say so without colour.
    KpiTile tile(Kpi::nameOf(KpiMetric::Csat), Kpi::definitionOf(KpiMetric::Csat), true);
    KpiValues low;
    low.csat = 70;
    tile.setValue(Kpi::format(KpiMetric::Csat, low), QString());
    tile.setTarget(KpiTargets::describe(KpiMetric::Csat), KpiTargets::standingOf(KpiMetric::Csat, low));
    CHECK(tile.standing() == KpiStanding::Missed);
    CHECK(tile.valueColor() == ThemeColors::error(tile.palette()));
    CHECK(tile.targetText() == u"✗ Target ≥ 85 %"_s);
    CHECK_THAT(tile.accessibleName().toStdString(), ContainsSubstring("misses its target"));
    KpiValues high;
    high.csat = 91;
    tile.setTarget(KpiTargets::describe(KpiMetric::Csat), KpiTargets::standingOf(KpiMetric::Csat, high));
    CHECK(tile.valueColor() == ThemeColors::success(tile.palette()));
}

TEST_CASE("the KPI dashboard keeps up while the team changes something every half second", "[review][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(6, 60, 4);
    test::MockClock clock(test::TempWorkspace::demoAnchor);
    KpiService kpis(workspace, clock);
    ConversationService conversations(workspace, clock);
    KpiDashboard dashboard(kpis, AccountService(workspace).defaultDemoActor());
    RefreshThrottle &throttle = *dashboard.refreshThrottle();
    const qint64 contactsBefore = dashboard.report().counts.contacts;

    // Customers write in every 500 ms for ten seconds; the clock stands in for the throttle's timer.
    int shownAfter = 0;
    for (int i = 0; i < 20; ++i) {
        conversations.recordInbound(test::customerEmail(u"busy%1"_s.arg(i), clock.now()));
        clock.advance(500);
        throttle.refreshIfDue();
        if (shownAfter == 0 && dashboard.report().counts.contacts > contactsBefore)
            shownAfter = i + 1;
    }
    // The first numbers with the new contacts came 3 s after the first change, although the changes never
    // paused (a wait that restarts on every change would still be waiting).
    CHECK(shownAfter == 6);
    // And they stay at most 3 s behind: all but the last few contacts are counted.
    CHECK(dashboard.report().counts.contacts >= contactsBefore + 14);
}
