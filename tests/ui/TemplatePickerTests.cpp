// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"
#include "MockClock.h"
#include "ModelRoles.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "escalation/EscalationDialog.h"
#include "services/AccountService.h"
#include "services/EscalationService.h"
#include "services/TemplateService.h"
#include "services/WorkspaceSession.h"
#include "services/WorkspaceSetup.h"
#include "storage/CustomerRepository.h"
#include "templates/TemplateListDelegate.h"
#include "templates/TemplateListModel.h"
#include "templates/TemplatePickerDialog.h"
#include "timeline/ComposePanel.h"
#include "timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

// Demo data and the default library, as on the app's first start.
struct LibraryWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    test::MockClock clock;
    std::unique_ptr<TemplateService> service;
    Actor rep;

    LibraryWorkspace()
    {
        DemoOptions demo;
        demo.customers = 5;
        demo.interactions = 30;
        demo.seed = 9;
        demo.anchor = test::TempWorkspace::demoAnchor;
        workspace = WorkspaceSetup::openWithDemoOnFirstStart(dir.filePath(u"picker.tandem"_s), demo);
        service = std::make_unique<TemplateService>(*workspace, clock);
        rep = AccountService(*workspace).signInWithoutPassword(u"rep"_s);
    }

    Id addCustomer(const QString &firstName, const QString &phone)
    {
        Customer customer;
        customer.firstName = firstName;
        customer.lastName = u"Example"_s;
        customer.email = firstName.toLower() + u"@example.com"_s;
        customer.phone = phone;
        return CustomerRepository(*workspace).insert(customer);
    }
};

QString currentShortcode(const TemplatePickerDialog &picker)
{
    return picker.templateList()->currentIndex().data(TemplateRoles::Shortcode).toString();
}

// The row's second line, as the list draws it.
struct VisibleDelegate : TemplateListDelegate
{
    using TemplateListDelegate::detailLine;
    using TemplateListDelegate::TemplateListDelegate;
};

// The status line names what is typed now: it says nothing, or quotes the filter as it stands.
bool statusFollowsFilter(const TemplatePickerDialog &picker)
{
    const QString status = picker.statusLabel()->text();
    const QString quoted = u"“"_s + picker.filterEdit()->text().trimmed() + u"”"_s;
    if (picker.model()->rowCount() == 0)
        return status.contains(quoted);
    return status.isEmpty() || status.contains(quoted) || !status.contains(u"“"_s);
}

// Screenshots go where a person can open them: /dev/shm is shared with the host of the build root.
QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    return QDir(dir).filePath(name);
}

} // namespace

TEST_CASE("the template list model holds the agent's templates and follows filter and changes", "[templates][ui]")
{
    LibraryWorkspace setup;
    TemplateListModel model(*setup.service, setup.rep);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 24);

    model.setFilterText(u"refund"_s);
    REQUIRE(model.rowCount() >= 2);
    const QModelIndex first = model.index(0);
    CHECK(first.data().toString() == u"Refund confirmed, with a thank-you discount"_s);
    CHECK(first.data(TemplateRoles::Shortcode).toString() == u"refund"_s);
    CHECK(first.data(TemplateRoles::Channel).toInt() == int(Channel::Email));
    CHECK(first.data(TemplateRoles::ChannelName).toString() == u"Email"_s);
    CHECK(first.data(TemplateRoles::Category).toString() == u"Billing"_s);
    CHECK(first.data(TemplateRoles::CategoryKey).toString() == u"Billing"_s);
    CHECK_FALSE(first.data(TemplateRoles::Referral).toBool());
    CHECK_FALSE(first.data(TemplateRoles::Personal).toBool());
    CHECK(first.data(TemplateRoles::Body).toString().contains(u"{{"_s));
    CHECK(first.data(TemplateRoles::UsageCount).toInt() == 0);
    CHECK_FALSE(first.data(TemplateRoles::LastUsedAt).toDateTime().isValid());
    CHECK(model.index(1).data(TemplateRoles::Shortcode).toString() == u"refund-chat"_s);

    // The channel ranks; it hides nothing. The others say they are for another channel.
    model.setFilter({ {}, u"Referral requests"_s, Channel::Email });
    REQUIRE(model.rowCount() == 8);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.index(row).data(TemplateRoles::Referral).toBool());
        CHECK(model.index(row).data(TemplateRoles::OtherChannel).toBool() == (row >= 6));
    }

    // A use changes figures, not rows: the view keeps its place.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const Id used = model.templateAt(0)->id;
    setup.service->recordUse(setup.rep, used);
    CHECK(resets.isEmpty());
    CHECK(model.index(model.rowOf(used)).data(TemplateRoles::UsageCount).toInt() == 1);
    CHECK(model.index(model.rowOf(used)).data(TemplateRoles::LastUsedAt).toDateTime().isValid());

    // A new personal template appears at once.
    model.setFilter({});
    ReplyTemplate mine;
    mine.ownerId = setup.rep.agentId;
    mine.name = u"My sign-off"_s;
    mine.shortcode = u"bye"_s;
    mine.body = u"Speak soon, {{agent.first_name}}"_s;
    const Id mineId = setup.service->create(setup.rep, mine);
    CHECK(model.rowCount() == 25);
    REQUIRE(model.rowOf(mineId) >= 0);
    CHECK(model.index(model.rowOf(mineId)).data(TemplateRoles::Personal).toBool());
    CHECK(model.index(model.rowOf(mineId)).data(TemplateRoles::Channel).toInt() == -1);
}

TEST_CASE("typing a shortcode in the picker and pressing Enter inserts the reply rendered for the customer",
    "[templates][ui]")
{
    LibraryWorkspace setup;
    const Id customer = setup.addCustomer(u"Priya"_s, u"+44 20 7946 0000"_s);
    TemplatePickerDialog picker(*setup.service, setup.rep, customer);
    picker.show();
    picker.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&picker));
    CHECK(picker.filterEdit()->hasFocus());
    CHECK(picker.model()->rowCount() == 24);
    CHECK(picker.grab().toImage().save(screenshotPath(u"tandem-template-picker-list.png"_s)));

    QTest::keyClicks(picker.filterEdit(), u"refund"_s);
    CHECK(currentShortcode(picker) == u"refund"_s);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Down);
    CHECK(currentShortcode(picker) == u"refund-chat"_s);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Up);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Up);
    CHECK(currentShortcode(picker) == u"refund"_s);
    QTest::keyClicks(picker.filterEdit(), u"-chat"_s);
    CHECK(currentShortcode(picker) == u"refund-chat"_s);
    CHECK(picker.filterEdit()->hasFocus());
    CHECK(picker.preview()->toPlainText().startsWith(u"Hi Priya"_s));
    CHECK(picker.insertButton()->isEnabled());

    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    CHECK(picker.result() == QDialog::Accepted);
    CHECK_FALSE(picker.isVisible());
    const ReplyTemplate chosen = *setup.service->findByShortcode(setup.rep, u"refund-chat"_s);
    REQUIRE(picker.chosenTemplateId() == chosen.id);
    const ReplyRendering expected = setup.service->render(setup.rep, chosen.id, customer);
    CHECK(str(picker.insertedText()) == str(expected.body.text));
    CHECK(picker.caretPosition() == expected.body.caretPosition);
    CHECK_FALSE(picker.insertedText().contains(u"{{"_s));
}

TEST_CASE("a value with no fallback blocks insertion until the agent fills it in", "[templates][ui]")
{
    LibraryWorkspace setup;
    ReplyTemplate callback;
    callback.ownerId = setup.rep.agentId;
    callback.name = u"Call-back promise"_s;
    callback.shortcode = u"callback"_s;
    callback.channel = Channel::LiveChat;
    callback.body = u"Hi {{customer.first_name}}, we will ring you on {{customer.phone}} today. {{cursor}}"_s;
    setup.service->create(setup.rep, callback);
    const Id customer = setup.addCustomer(u"Noor"_s, QString());

    TemplatePickerDialog picker(*setup.service, setup.rep, customer);
    picker.setChannel(Channel::LiveChat);
    picker.show();
    picker.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&picker));
    QTest::keyClicks(picker.filterEdit(), u"callback"_s);
    REQUIRE(currentShortcode(picker) == u"callback"_s);
    CHECK(picker.missingNames() == QStringList { u"customer.phone"_s });
    CHECK_FALSE(picker.insertButton()->isEnabled());
    CHECK(picker.preview()->toPlainText().contains(u"{{customer.phone}}"_s));
    bool namesMissing = false;
    for (const QLabel *label : picker.findChildren<QLabel *>())
        namesMissing = namesMissing || label->text().contains(u"customer.phone"_s);
    CHECK(namesMissing);

    // Enter does not insert; it takes the agent to the value to fill in.
    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    CHECK(picker.isVisible());
    CHECK(picker.result() != QDialog::Accepted);
    QLineEdit *phone = picker.valueEdit(u"customer.phone"_s);
    REQUIRE(phone);
    CHECK(phone->hasFocus());
    QTest::qWait(50);
    const QImage blocked = picker.grab().toImage();
    CHECK(blocked.save(screenshotPath(u"tandem-template-picker.png"_s)));

    QTest::keyClicks(phone, u"555 0100"_s);
    CHECK(picker.missingNames().isEmpty());
    CHECK(picker.insertButton()->isEnabled());
    CHECK(picker.preview()->toPlainText().contains(u"ring you on 555 0100 today"_s));
    QTest::keyClick(phone, Qt::Key_Return);
    CHECK(picker.result() == QDialog::Accepted);
    CHECK(str(picker.insertedText()) == "Hi Noor, we will ring you on 555 0100 today. ");
    CHECK(picker.caretPosition() == picker.insertedText().size());
}

TEST_CASE("the picker says when nothing matches and inserts nothing", "[templates][ui]")
{
    LibraryWorkspace setup;
    TemplatePickerDialog picker(*setup.service, setup.rep, 1);
    picker.show();
    picker.setFilterText(u"no template says this"_s);
    CHECK(picker.model()->rowCount() == 0);
    CHECK_FALSE(picker.insertButton()->isEnabled());
    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    CHECK(picker.isVisible());
    CHECK_FALSE(picker.chosenTemplateId().has_value());
    picker.setFilterText(QString());
    CHECK(picker.model()->rowCount() == 24);
    CHECK(picker.templateList()->currentIndex().row() == 0);
}

TEST_CASE("during a call the picker searches every template and says which are for another channel",
    "[templates][ui][reliability]")
{
    LibraryWorkspace setup;
    const Id customer = setup.addCustomer(u"Priya"_s, u"+44 20 7946 0000"_s);
    TemplatePickerDialog picker(*setup.service, setup.rep, customer);
    picker.setChannel(Channel::Phone);
    picker.show();
    picker.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&picker));
    VisibleDelegate delegate;

    // Everything is listed, the call's own script first.
    CHECK(picker.model()->rowCount() == 24);
    CHECK(currentShortcode(picker) == u"apology-call"_s);
    CHECK(picker.statusLabel()->text().isEmpty());

    for (const QChar typed : u"refund"_s) {
        QTest::keyClick(picker.filterEdit(), typed.toLatin1());
        INFO(str(picker.filterEdit()->text()) << ": " << str(picker.statusLabel()->text()));
        CHECK(statusFollowsFilter(picker));
    }
    REQUIRE(currentShortcode(picker) == u"refund"_s);
    const QModelIndex best = picker.templateList()->currentIndex();
    CHECK(best.data(TemplateRoles::OtherChannel).toBool());
    CHECK_THAT(str(delegate.detailLine(best)), ContainsSubstring("for Email"));
    CHECK_THAT(str(picker.statusLabel()->text()), ContainsSubstring("best match is for Email"));
    CHECK_THAT(str(picker.statusLabel()->text()), ContainsSubstring("“refund”"));
    QTest::qWait(50);
    CHECK(picker.grab().toImage().save(screenshotPath(u"tandem-template-picker-call.png"_s)));

    // A filter that leaves the list as it was (still nothing) is quoted as typed, not one key late.
    for (const QChar typed : u"zz"_s) {
        QTest::keyClick(picker.filterEdit(), typed.toLatin1());
        INFO(str(picker.filterEdit()->text()) << ": " << str(picker.statusLabel()->text()));
        CHECK(picker.model()->rowCount() == 0);
        CHECK(statusFollowsFilter(picker));
    }
    QTest::keyClick(picker.filterEdit(), Qt::Key_Backspace);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Backspace);
    CHECK(statusFollowsFilter(picker));
    CHECK(currentShortcode(picker) == u"refund"_s);

    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    CHECK(picker.result() == QDialog::Accepted);
    CHECK(picker.chosenTemplateId() == setup.service->findByShortcode(setup.rep, u"refund"_s)->id);
}

TEST_CASE("a shortcode typed with its slash, as the list shows it, finds the template", "[templates][ui][reliability]")
{
    LibraryWorkspace setup;
    const Id customer = setup.addCustomer(u"Priya"_s, u"+44 20 7946 0000"_s);
    TemplatePickerDialog picker(*setup.service, setup.rep, customer);
    picker.setChannel(Channel::Email);
    picker.show();
    picker.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&picker));

    for (const QChar typed : u"/refund"_s) {
        QTest::keyClick(picker.filterEdit(), typed.toLatin1());
        INFO(str(picker.filterEdit()->text()) << ": " << str(picker.statusLabel()->text()));
        CHECK(picker.model()->rowCount() > 0);
        CHECK(statusFollowsFilter(picker));
    }
    CHECK(currentShortcode(picker) == u"refund"_s);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    CHECK(picker.result() == QDialog::Accepted);
    CHECK(picker.chosenTemplateId() == setup.service->findByShortcode(setup.rep, u"refund"_s)->id);
}

TEST_CASE("right after escalating, the picker starts on the hand-off template with the new escalation's number",
    "[templates][escalation][ui][reliability]")
{
    test::TempWorkspace temp;
    test::MockClock clock;
    temp.openWithDemo(8, 60, 41);
    auto owned = std::make_unique<WorkspaceSession>(temp.take(), clock);
    owned->setActor(owned->accounts().signInWithoutPassword(u"rep"_s));
    owned->templates().installDefaultLibrary();
    WorkspaceSession &session = *owned;
    MainWindow window(std::move(owned));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.timelineModel()->customerId() != 0);

    // The rep goes through the hand-off form and the picker with the keyboard, as modal dialogs.
    Id escalationId = 0;
    QString offeredShortcode;
    QStringList missingInPicker;
    bool pickerSeen = false;
    bool formTried = false;
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *form = qobject_cast<EscalationDialog *>(modal)) {
            if (formTried) {
                // Refused: closing it ends the test instead of trying forever.
                form->reject();
                return;
            }
            formTried = true;
            form->findChild<QLineEdit *>(u"summary"_s)->setText(u"Exports fail with an error page"_s);
            form->findChild<QPlainTextEdit *>(u"steps"_s)->setPlainText(u"1. Open Reports\n2. Export"_s);
            form->findChild<QPlainTextEdit *>(u"expected"_s)->setPlainText(u"A CSV download"_s);
            form->findChild<QPlainTextEdit *>(u"actual"_s)->setPlainText(u"Error 500"_s);
            form->findChild<QPlainTextEdit *>(u"alreadyTried"_s)->setPlainText(u"Another browser"_s);
            if (form->submit())
                escalationId = form->escalationId();
        } else if (auto *picker = qobject_cast<TemplatePickerDialog *>(modal); picker && !pickerSeen) {
            pickerSeen = true;
            offeredShortcode = currentShortcode(*picker);
            missingInPicker = picker->missingNames();
            QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        }
    });
    driver.start();
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    driver.stop();

    REQUIRE(escalationId > 0);
    REQUIRE(pickerSeen);
    CHECK(offeredShortcode == u"handoff"_s);
    CHECK(missingInPicker.isEmpty());
    const QString inserted = window.composePanel()->bodyEdit()->toPlainText();
    CHECK_THAT(str(inserted), ContainsSubstring("Your reference number is " + std::to_string(escalationId) + "."));
    CHECK_THAT(str(window.composePanel()->subjectEdit()->text()), ContainsSubstring(std::to_string(escalationId)));
    CHECK(
        session.escalations().escalation(escalationId)->escalation.customerId == window.timelineModel()->customerId());
}
