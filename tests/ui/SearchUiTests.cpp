// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerListModel.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "customers/CustomerEditDialog.h"
#include "customers/CustomerProfileWidget.h"
#include "customers/MergeCustomersDialog.h"
#include "domain/MarkedText.h"
#include "followups/FollowUpDialog.h"
#include "followups/FollowUpListModel.h"
#include "followups/MyFollowUpsWidget.h"
#include "search/GlobalSearchWidget.h"
#include "search/SearchResultModel.h"
#include "services/AccountService.h"
#include "services/CustomerProfileService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/SearchService.h"
#include "storage/Query.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis hour = 60 * 60 * 1000;
constexpr Millis day = 24 * hour;

} // namespace

TEST_CASE("the search result model pages through every hit and carries the marked snippet", "[timeline][search][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(30, 400, 31);
    SearchService service(workspace);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    SearchResultModel model(service);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.hasQuery());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const qsizetype total = service.search(u"the"_s, SearchOrder::Newest, std::nullopt, 500).hits.size();
    REQUIRE(total > SearchService::pageSize);
    model.setQuery(u"the"_s, SearchOrder::Newest);
    CHECK(model.hasQuery());
    CHECK(model.rowCount() == SearchService::pageSize);
    CHECK(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row).data(SearchRoles::InteractionId).toLongLong());
    CHECK(ids.size() == total);

    const QModelIndex first = model.index(0);
    CHECK(first.data(SearchRoles::CustomerId).toLongLong() > 0);
    CHECK_FALSE(first.data(SearchRoles::CustomerName).toString().isEmpty());
    CHECK(first.data(SearchRoles::OccurredAt).toDateTime().isValid());
    CHECK((MarkedText::hasMarks(first.data(SearchRoles::Snippet).toString())
        || MarkedText::hasMarks(first.data(SearchRoles::MarkedSubject).toString())));
    CHECK_FALSE(first.data(Qt::ToolTipRole).toString().contains(MarkedText::startMark));

    model.setQuery(u"the"_s, SearchOrder::BestMatch);
    CHECK(model.rowCount() == SearchService::pageSize);
    CHECK(model.order() == SearchOrder::BestMatch);
    model.setQuery(u"\"NEAR( OR * -- '"_s, SearchOrder::BestMatch);
    CHECK(model.rowCount() >= 0);
    model.setQuery(u"   "_s, SearchOrder::Newest);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.hasQuery());
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("global search runs once a burst of typing pauses and opens a hit on Enter or double-click",
    "[timeline][search][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(30, 400, 32);
    SearchService service(workspace);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    GlobalSearchWidget widget(service);
    widget.resize(700, 500);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    CHECK_THAT(widget.statusLabel()->text().toStdString(), ContainsSubstring("Type"));

    int queries = 0;
    QObject::connect(widget.model(), &QAbstractItemModel::modelReset, [&queries] { ++queries; });
    QList<std::pair<Id, Id>> opened;
    QObject::connect(&widget, &GlobalSearchWidget::openRequested,
        [&opened](Id customerId, Id interactionId) { opened.append({ customerId, interactionId }); });

    widget.searchBox()->setFocus();
    QTest::keyClicks(widget.searchBox(), u"refund"_s);
    CHECK(queries == 0); // still typing
    REQUIRE(test::waitUntil([&] { return queries > 0; }));
    QTest::qWait(GlobalSearchWidget::typingPauseMs * 2);
    CHECK(queries == 1);
    CHECK(widget.model()->text() == u"refund"_s);
    REQUIRE(widget.model()->rowCount() > 0);
    CHECK_FALSE(widget.statusLabel()->text().isEmpty());
    // The widget paints its hits without complaint.
    CHECK_FALSE(widget.grab().isNull());

    // Down in the search box walks the results; Enter opens the current one.
    QTest::keyClick(widget.searchBox(), Qt::Key_Down);
    const int current = widget.resultList()->currentIndex().row();
    CHECK(current == qMin(1, widget.model()->rowCount() - 1));
    QTest::keyClick(widget.searchBox(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    const SearchHit *hit = widget.model()->hitAt(current);
    REQUIRE(hit);
    CHECK(opened.front() == std::pair { hit->customerId, hit->interactionId });

    // A double-click opens the hit under the pointer.
    const QModelIndex firstRow = widget.model()->index(0);
    const QRect rect = widget.resultList()->visualRect(firstRow);
    QTest::mouseClick(widget.resultList()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(widget.resultList()->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(opened.size() == 2);
    CHECK(opened.back().second == widget.model()->hitAt(0)->interactionId);

    // Changing the order runs the query again at once.
    widget.orderChoice()->setCurrentIndex(1);
    CHECK(widget.model()->order() == SearchOrder::BestMatch);
    CHECK(queries == 2);

    widget.setQuery(u"zzzzqqqq"_s);
    CHECK(widget.model()->rowCount() == 0);
    CHECK_THAT(widget.statusLabel()->text().toStdString(), ContainsSubstring("No interaction"));
}

TEST_CASE("the follow-up list is due first, pages, and follows completions", "[timeline][followups][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(10, 40, 33);
    test::MockClock clock(test::TempWorkspace::demoAnchor + 90 * day);
    FollowUpService service(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep2"_s);
    Query::run(
        workspace.database(), u"UPDATE follow_ups SET done_at = ? WHERE agent_id = ?"_s, { clock.now(), rep.agentId });

    // More than a page, in shuffled due order.
    const int count = FollowUpListModel::pageSize + 30;
    for (int i = 0; i < count; ++i)
        service.schedule(rep, 1 + (i % 10), clock.now() + ((i * 37) % count + 1) * hour, u"note %1"_s.arg(i));

    FollowUpListModel model(service, rep);
    CHECK(model.rowCount() == FollowUpListModel::pageSize);
    CHECK(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == count);
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.index(row - 1).data(FollowUpRoles::DueAt).toDateTime()
            <= model.index(row).data(FollowUpRoles::DueAt).toDateTime());
    }
    CHECK_FALSE(model.index(0).data(FollowUpRoles::Overdue).toBool());

    // Time passes: the reload marks the first ones overdue and keeps every loaded row.
    clock.advance(3 * hour + hour / 2);
    model.reload();
    CHECK(model.rowCount() == count);
    CHECK(model.index(0).data(FollowUpRoles::Overdue).toBool());
    CHECK(model.index(2).data(FollowUpRoles::Overdue).toBool());
    CHECK_FALSE(model.index(3).data(FollowUpRoles::Overdue).toBool());

    const Id firstId = model.index(0).data(FollowUpRoles::Id).toLongLong();
    service.complete(rep, firstId);
    CHECK(model.rowCount() == count - 1);
    CHECK(model.rowOf(firstId) == -1);
}

TEST_CASE("my follow-ups: summary, Done on the selected one, open the customer", "[timeline][followups][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(10, 40, 34);
    test::MockClock clock(test::TempWorkspace::demoAnchor + 90 * day);
    FollowUpService service(workspace, clock);
    AccountService accounts(workspace);
    const Actor rep = accounts.signInWithoutPassword(u"rep3"_s);
    Query::run(
        workspace.database(), u"UPDATE follow_ups SET done_at = ? WHERE agent_id = ?"_s, { clock.now(), rep.agentId });
    service.schedule(rep, 2, clock.now() + hour, u"Ask about the invoice"_s);
    service.schedule(rep, 3, clock.now() + day, QString());
    clock.advance(2 * hour);

    MyFollowUpsWidget widget(service, rep);
    widget.resize(500, 400);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    CHECK_THAT(widget.summaryText().toStdString(), ContainsSubstring("overdue"));
    CHECK(widget.model()->rowCount() == 2);
    CHECK_FALSE(widget.grab().isNull());

    QList<Id> opened;
    QObject::connect(
        &widget, &MyFollowUpsWidget::openCustomerRequested, [&opened](Id customerId) { opened.append(customerId); });
    widget.list()->setCurrentIndex(widget.model()->index(0));
    QTest::keyClick(widget.list(), Qt::Key_Return);
    CHECK(opened == QList<Id> { 2 });

    CHECK(widget.completeSelected());
    CHECK(widget.model()->rowCount() == 1);
    CHECK_THAT(widget.summaryText().toStdString(), !ContainsSubstring("overdue"));

    // Someone else's follow-up cannot be completed from here: the reason shows.
    const Actor other = accounts.signInWithoutPassword(u"rep"_s);
    MyFollowUpsWidget otherWidget(service, other);
    CHECK(otherWidget.model()->rowOf(widget.model()->index(0).data(FollowUpRoles::Id).toLongLong()) == -1);
}

TEST_CASE("the follow-up dialog schedules a quick choice or an exact time", "[timeline][followups][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(5, 20, 35);
    test::MockClock clock(test::TempWorkspace::demoAnchor + 90 * day);
    FollowUpService service(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.now()).toLocalTime();

    FollowUpDialog dialog(service, rep, 2, u"Customer Two"_s);
    CHECK(dialog.dueTime() == FollowUpService::dueTimeFor(FollowUpWhen::InThreeWorkingDays, now));
    dialog.choose(FollowUpWhen::NextWorkingDay);
    CHECK(dialog.dueTime() == FollowUpService::dueTimeFor(FollowUpWhen::NextWorkingDay, now));
    // The date field does not go into the past.
    dialog.chooseDateTime(now.addDays(-2));
    CHECK(dialog.dueTime() >= now.addSecs(-60));
    // What the service refuses keeps the dialog open with the reason.
    dialog.setNote(QString(FollowUpService::maxNoteLength + 1, u'x'));
    dialog.accept();
    CHECK(dialog.scheduledId() == 0);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.errorText().isEmpty());

    dialog.chooseDateTime(now.addDays(2));
    dialog.setNote(u"Check the replacement arrived"_s);
    dialog.accept();
    CHECK(dialog.scheduledId() > 0);
    CHECK(dialog.result() == QDialog::Accepted);
    const QList<FollowUpItem> open = service.openForCustomer(2);
    const auto found = std::find_if(open.cbegin(), open.cend(),
        [&dialog](const FollowUpItem &item) { return item.followUp.id == dialog.scheduledId(); });
    REQUIRE(found != open.cend());
    CHECK(found->followUp.note == u"Check the replacement arrived"_s);
    CHECK(found->followUp.dueAt == now.addDays(2).toMSecsSinceEpoch() / 1000 * 1000);
}

TEST_CASE("the profile shows the figures, edits the details and merges a duplicate", "[timeline][profile][merge][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(12, 300, 36);
    test::MockClock clock(test::TempWorkspace::demoAnchor + day);
    CustomerService customers(workspace);
    CustomerProfileService profiles(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);

    CustomerProfileWidget widget(customers, profiles, rep);
    widget.resize(760, 480);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    CHECK_FALSE(widget.editButton()->isEnabled());
    widget.setCustomer(1);
    const CustomerProfile profile = profiles.profile(1);
    CHECK(widget.nameText() == customers.customer(1)->displayName());
    CHECK(widget.figureValue(CustomerProfileWidget::Figure::Orders) == QLocale().toString(profile.orders));
    CHECK(widget.figureValue(CustomerProfileWidget::Figure::Interactions) == QLocale().toString(profile.interactions));
    CHECK(
        widget.figureValue(CustomerProfileWidget::Figure::Escalations) == QLocale().toString(profile.openEscalations));
    CHECK_FALSE(widget.separateButton()->isVisible());
    CHECK_FALSE(widget.grab().isNull());

    SECTION("edit")
    {
        QList<Id> edited;
        QObject::connect(&widget, &CustomerProfileWidget::customerEdited, [&edited](Id id) { edited.append(id); });
        widget.editButton()->click();
        auto *dialog = widget.findChild<CustomerEditDialog *>();
        REQUIRE(dialog);
        dialog->emailField()->setText(u"not an address"_s);
        CHECK_FALSE(dialog->canSave());
        CHECK_THAT(dialog->problemText().toStdString(), ContainsSubstring("e-mail"));
        dialog->emailField()->setText(u"new.address@example.org"_s);
        dialog->lastNameField()->setText(u"Renamed"_s);
        dialog->tagsField()->setText(u"vip, key account"_s);
        CHECK(dialog->canSave());
        dialog->accept();
        CHECK(edited == QList<Id> { 1 });
        CHECK(customers.customer(1)->email == u"new.address@example.org"_s);
        CHECK(customers.customer(1)->tags == QStringList { u"key account"_s, u"vip"_s });
        CHECK_THAT(widget.nameText().toStdString(), ContainsSubstring("Renamed"));
    }

    SECTION("merge and separate")
    {
        QList<std::pair<Id, Id>> merged;
        QObject::connect(&widget, &CustomerProfileWidget::customersMerged,
            [&merged](Id kept, Id duplicate) { merged.append({ kept, duplicate }); });
        widget.mergeButton()->click();
        auto *dialog = widget.findChild<MergeCustomersDialog *>();
        REQUIRE(dialog);
        CHECK_FALSE(dialog->mergeButton()->isEnabled());
        const Customer duplicate = *customers.customer(5);
        dialog->setSearchText(duplicate.email);
        REQUIRE(dialog->selectDuplicate(5));
        CHECK(dialog->mergeButton()->isEnabled());
        const CustomerMergePreview preview = profiles.mergePreview(1, 5);
        CHECK_THAT(dialog->previewText().toStdString(),
            ContainsSubstring(QString::number(preview.interactions).toStdString()));
        // The kept customer cannot be its own duplicate.
        dialog->setSearchText(QString());
        REQUIRE(dialog->selectDuplicate(1));
        CHECK_FALSE(dialog->mergeButton()->isEnabled());
        REQUIRE(dialog->selectDuplicate(5));
        dialog->accept();
        REQUIRE(dialog->result());
        CHECK(merged == QList<std::pair<Id, Id>> { { 1, 5 } });
        CHECK(customers.customer(5)->mergedInto == 1);
        CHECK(widget.figureValue(CustomerProfileWidget::Figure::Interactions)
            == QLocale().toString(profile.interactions + preview.interactions + 1));
        CHECK(widget.separateButton()->isVisible());

        // Separating asks first; the answer comes from a message box, so the service is called directly
        // here and the profile follows the change.
        profiles.unmergeCustomer(rep, 5);
        CHECK_FALSE(widget.separateButton()->isVisible());
        CHECK(widget.figureValue(CustomerProfileWidget::Figure::Interactions)
            == QLocale().toString(profile.interactions + 2));
    }
}

TEST_CASE("the merge dialog's customer list behaves as a model", "[timeline][merge][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(8, 50, 37);
    test::MockClock clock(test::TempWorkspace::demoAnchor + day);
    CustomerService customers(workspace);
    CustomerProfileService profiles(workspace, clock);
    const Actor rep = AccountService(workspace).signInWithoutPassword(u"rep"_s);
    MergeCustomersDialog dialog(customers, profiles, rep, 2);
    QAbstractItemModelTester tester(
        dialog.customerList()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.setSearchText(u"\" OR 1=1 --"_s);
    dialog.setSearchText(QString());
    CHECK(dialog.customerList()->model()->rowCount() == 8);
    CHECK_FALSE(dialog.mergeButton()->isEnabled());
}
