// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "services/AccountService.h"
#include "services/CustomerService.h"
#include "services/TemplateService.h"
#include "services/WorkspaceSetup.h"
#include "storage/CustomerRepository.h"
#include "templates/TemplateEditorDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
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

struct LibraryWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    test::MockClock clock;
    std::unique_ptr<TemplateService> templates;
    std::unique_ptr<CustomerService> customers;

    LibraryWorkspace()
    {
        DemoOptions demo;
        demo.customers = 8;
        demo.interactions = 30;
        demo.seed = 5;
        demo.anchor = test::TempWorkspace::demoAnchor;
        workspace = WorkspaceSetup::openWithDemoOnFirstStart(dir.filePath(u"editor.tandem"_s), demo);
        templates = std::make_unique<TemplateService>(*workspace, clock);
        customers = std::make_unique<CustomerService>(*workspace);
    }

    Actor signIn(const QString &login) { return AccountService(*workspace).signInWithoutPassword(login); }

    Id addCustomer()
    {
        Customer customer;
        customer.firstName = u"Amara"_s;
        customer.lastName = u"Okafor"_s;
        customer.email = u"amara@example.com"_s;
        customer.company = u"Okafor Logistics"_s;
        return CustomerRepository(*workspace).insert(customer);
    }
};

template<typename T> T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

QStringList problemTexts(const TemplateEditorDialog &editor)
{
    QStringList texts;
    const auto *list = child<QListWidget>(editor, u"problems"_s);
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

// Whether the highlighter gave any characters of the line a format of their own.
bool isHighlighted(const QPlainTextEdit &edit, int blockNumber)
{
    const QTextBlock block = edit.document()->findBlockByNumber(blockNumber);
    return block.isValid() && !block.layout()->formats().isEmpty();
}

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    return QDir(dir).filePath(name);
}

} // namespace

TEST_CASE("the template editor highlights with our definition, lists mistakes by place and saves when fixed",
    "[templates][ui]")
{
    LibraryWorkspace setup;
    const Actor rep = setup.signIn(u"rep"_s);
    TemplateEditorDialog editor(*setup.templates, *setup.customers, rep);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    REQUIRE(editor.highlighter());
    CHECK(editor.highlighter()->definition().isValid());
    CHECK(str(editor.highlighter()->definition().name()) == "Tandem Template");
    // Shared templates are not offered to a rep.
    CHECK(child<QComboBox>(editor, u"scope"_s)->count() == 1);

    auto *body = child<QPlainTextEdit>(editor, u"body"_s);
    child<QLineEdit>(editor, u"name"_s)->setText(u"Sorry for the wait"_s);
    child<QLineEdit>(editor, u"shortcode"_s)->setText(u"wait"_s);
    body->setPlainText(u"Hi {{customer.first_name | \"there\"}},\nsorry, {{customer.frist_name}}! {{cursor}}"_s);
    // The list follows the typing after a short pause.
    REQUIRE(test::waitUntil([&] { return problemTexts(editor).join(u'\n').contains(u"line 2"_s); }));
    QStringList problems = problemTexts(editor);
    REQUIRE(problems.size() == 1);
    CHECK_THAT(str(problems.front()), ContainsSubstring("line 2, column 10"));
    CHECK_THAT(str(problems.front()), ContainsSubstring("customer.first_name"));
    CHECK(isHighlighted(*body, 0));
    CHECK(isHighlighted(*body, 1));

    // Activating the problem selects the mistake in the text.
    auto *list = child<QListWidget>(editor, u"problems"_s);
    emit list->itemActivated(list->item(0));
    CHECK(body->textCursor().selectedText() == u"customer.frist_name"_s);

    CHECK_FALSE(editor.save());
    CHECK_FALSE(setup.templates->findByShortcode(rep, u"wait"_s).has_value());

    // The preview renders for the customer chosen.
    const Id customer = setup.addCustomer();
    editor.setPreviewCustomer(customer);
    CHECK(child<QPlainTextEdit>(editor, u"preview"_s)->toPlainText().startsWith(u"Hi Amara,"_s));

    body->setPlainText(u"Hi {{customer.first_name | \"there\"}},\nsorry for the wait! {{cursor}}"_s);
    REQUIRE(test::waitUntil([&] { return problemTexts(editor).isEmpty(); }));
    REQUIRE(editor.save());
    const std::optional<ReplyTemplate> saved = setup.templates->findByShortcode(rep, u"wait"_s);
    REQUIRE(saved);
    CHECK(editor.savedTemplateId() == saved->id);
    CHECK(saved->ownerId == rep.agentId);
    CHECK(saved->body == body->toPlainText());
}

TEST_CASE("the template editor checks channel limits and shortcode clashes before saving", "[templates][ui]")
{
    LibraryWorkspace setup;
    const Actor lead = setup.signIn(u"lead"_s);
    TemplateEditorDialog editor(*setup.templates, *setup.customers, lead);
    auto *scope = child<QComboBox>(editor, u"scope"_s);
    REQUIRE(scope->count() == 2);
    scope->setCurrentIndex(scope->findData(int(TemplateScope::Shared)));
    child<QLineEdit>(editor, u"name"_s)->setText(u"Public thanks"_s);
    child<QLineEdit>(editor, u"shortcode"_s)->setText(u"complaint-public"_s);
    auto *channel = child<QComboBox>(editor, u"channel"_s);
    channel->setCurrentIndex(channel->findData(int(Channel::Social)));
    child<QPlainTextEdit>(editor, u"body"_s)->setPlainText(QString(300, u'a'));
    REQUIRE(test::waitUntil([&] { return problemTexts(editor).join(u'\n').contains(u"280"_s); }));
    const QString all = problemTexts(editor).join(u'\n');
    CHECK_THAT(str(all), ContainsSubstring("280 at most"));
    CHECK_THAT(str(all), ContainsSubstring("“complaint-public” is already used"));
    CHECK_THAT(str(child<QLabel>(editor, u"length"_s)->text()), ContainsSubstring("300 of 280"));
    CHECK_FALSE(editor.save());
}

TEST_CASE("a rep opens a shared template read-only", "[templates][ui]")
{
    LibraryWorkspace setup;
    const Actor rep = setup.signIn(u"rep"_s);
    const ReplyTemplate shared = *setup.templates->findByShortcode(rep, u"apology"_s);
    TemplateEditorDialog editor(*setup.templates, *setup.customers, rep, shared);
    CHECK(editor.isReadOnly());
    CHECK(child<QPlainTextEdit>(editor, u"body"_s)->isReadOnly());
    CHECK_FALSE(child<QPushButton>(editor, u"save"_s)->isVisibleTo(&editor));
    CHECK_FALSE(editor.save());
}

TEST_CASE("the template editor renders offscreen for a look", "[templates][ui]")
{
    LibraryWorkspace setup;
    const Actor lead = setup.signIn(u"lead"_s);
    ReplyTemplate apology = *setup.templates->findByShortcode(lead, u"apology"_s);
    // One mistake, so the picture shows the problem list and the error highlighting as well.
    apology.body.replace(u"{{agent.name}}"_s, u"{{agent.nmae}}"_s);
    TemplateEditorDialog editor(*setup.templates, *setup.customers, lead, apology);
    editor.setPreviewCustomer(setup.addCustomer());
    editor.resize(1200, 760);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    REQUIRE(test::waitUntil([&] { return problemTexts(editor).join(u'\n').contains(u"agent.nmae"_s); }));
    const QImage image = editor.grab().toImage();
    REQUIRE_FALSE(image.isNull());
    const QString path = screenshotPath(u"tandem-template-editor.png"_s);
    CHECK(image.save(path));
    INFO("screenshot: " << str(path));
    CHECK(QFileInfo(path).size() > 10'000);
}
