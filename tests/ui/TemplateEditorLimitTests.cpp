// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/CustomerService.h"
#include "services/TemplateService.h"
#include "templates/TemplateEditorDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

QString problemText(const TemplateEditorDialog &editor)
{
    QStringList texts;
    const auto *list = editor.findChild<QListWidget *>(u"problems"_s);
    REQUIRE(list);
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts.join(u'\n');
}

// A small workspace with a team lead signed in, who may edit every template.
struct LeadsDesk
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    test::MockClock clock;
    TemplateService templates { workspace, clock };
    CustomerService customers { workspace };
    const Actor lead = AccountService(workspace).signInWithoutPassword(u"lead"_s);
};

} // namespace

TEST_CASE("a template with a huge subject and text opens in an editor of normal size that refuses it",
    "[templates][ui][reliability]")
{
    LeadsDesk desk;

    // As a template stored before the limits existed would be: 800 KB of subject, text just over its
    // limit (a single line of a megabyte takes Qt's text layout itself a minute in a debug build).
    ReplyTemplate huge;
    huge.id = 1;
    huge.name = u"Imported long ago"_s;
    huge.category = u"Billing"_s;
    huge.channel = Channel::Email;
    huge.subject = QString(800 * 1024, u'x');
    huge.body = QString(TemplateService::longestBody + 1, u'y');
    TemplateEditorDialog editor(desk.templates, desk.customers, desk.lead, huge);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    REQUIRE(test::waitUntil([&] { return problemText(editor).contains(u"The text is too long"_s); }));
    const QString problems = problemText(editor);
    CHECK_THAT(problems.toStdString(), ContainsSubstring("The subject is too long"));
    CHECK_THAT(problems.toStdString(), ContainsSubstring("100001 characters, 100000 at most"));
    // The layout does not follow the content: the window keeps a size that fits a screen.
    CHECK(editor.minimumSizeHint().width() < 1600);
    CHECK(editor.sizeHint().width() < 1600);
    CHECK(editor.width() < 1600);
    const auto *preview = editor.findChild<QPlainTextEdit *>(u"preview"_s);
    REQUIRE(preview);
    CHECK_THAT(preview->toPlainText().toStdString(), ContainsSubstring("Too long to preview"));

    // Cutting the text back within the limits brings the preview back.
    auto *subject = editor.findChild<QLineEdit *>(u"subject"_s);
    auto *body = editor.findChild<QPlainTextEdit *>(u"body"_s);
    REQUIRE(subject);
    REQUIRE(body);
    subject->setText(u"Your invoice"_s);
    body->setPlainText(u"Hello {{customer.first_name | \"there\"}}"_s);
    REQUIRE(test::waitUntil([&] { return !problemText(editor).contains(u"too long"_s); }));
    CHECK(preview->toPlainText() == u"Hello Ada"_s);
}

TEST_CASE("a megabyte pasted into a template's text is refused at once and the typed text stays",
    "[templates][ui][reliability]")
{
    LeadsDesk desk;
    TemplateEditorDialog editor(desk.templates, desk.customers, desk.lead, std::nullopt);
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    auto *body = editor.findChild<QPlainTextEdit *>(u"body"_s);
    auto *status = editor.findChild<QLabel *>(u"status"_s);
    REQUIRE((body && status));
    body->setFocus();
    QTest::keyClicks(body, u"Hello "_s);

    // One line of a megabyte, as a log copied from a terminal is.
    QApplication::clipboard()->setText(QString(1024 * 1024, u'z'));
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    CHECK(body->toPlainText() == u"Hello "_s);
    const QString longest = editor.locale().toString(TemplateService::longestBody) + u" at most"_s;
    CHECK_THAT(
        status->text().toStdString(), ContainsSubstring("not added") && ContainsSubstring(longest.toStdString()));

    // What fits is pasted as usual.
    QApplication::clipboard()->setText(u"{{customer.first_name}}"_s);
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    CHECK(body->toPlainText() == u"Hello {{customer.first_name}}"_s);
}
