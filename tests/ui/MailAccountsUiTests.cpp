// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageBanner.h"
#include "TempWorkspace.h"
#include "Wait.h"
#include "accounts/MailAccountForm.h"
#include "accounts/MailAccountsDialog.h"
#include "services/AccountService.h"
#include "services/ConversationService.h"
#include "services/FileSecretStore.h"
#include "services/MailAccountService.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

// TCP port 1 (tcpmux) is served nowhere these days: the connection test is refused at once.
constexpr int closedPort = 1;

MailAccount supportMailbox(int port)
{
    MailAccount account;
    account.name = u"Support"_s;
    account.addresses = { u"support@example.com"_s };
    account.imap = { u"127.0.0.1"_s, port, MailSecurity::ImplicitTls };
    account.smtp = { u"127.0.0.1"_s, port, MailSecurity::ImplicitTls };
    account.login = u"support"_s;
    return account;
}

} // namespace

TEST_CASE("a lead adds, changes, tests and removes a mail account in the mail accounts dialog", "[mail][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    AccountService accounts(workspace);
    const Actor lead = accounts.defaultDemoActor();
    QTemporaryDir secrets;
    const QString secretsFile = secrets.filePath(u"mail.json"_s);
    MailAccountService mail(workspace, std::make_shared<FileSecretStore>(secretsFile));
    ConversationService conversations(workspace, SystemClock::instance());
    MailAccountsDialog dialog(mail, conversations, lead);
    CHECK(dialog.list()->count() == 0);

    const int port = closedPort;
    REQUIRE(dialog.addAccount(supportMailbox(port), u"a mailbox secret"_s));
    REQUIRE(dialog.list()->count() == 1);
    CHECK_THAT(dialog.list()->item(0)->text().toStdString(), ContainsSubstring("support@example.com"));
    CHECK_THAT(dialog.list()->item(0)->text().toStdString(), ContainsSubstring("shared inbox"));
    QFile stored(secretsFile);
    REQUIRE(stored.open(QIODevice::ReadOnly));
    CHECK(stored.readAll().contains("a mailbox secret"));

    SECTION("what the service refuses shows, and nothing changes")
    {
        MailAccount noAddress = supportMailbox(port);
        noAddress.name = u"Billing"_s;
        noAddress.addresses.clear();
        CHECK_FALSE(dialog.addAccount(noAddress, u"secret"_s));
        CHECK_THAT(dialog.banner()->text().toStdString(), ContainsSubstring("address"));
        CHECK(dialog.list()->count() == 1);
    }
    SECTION("the form shows the account as stored and keeps the password unless one is typed")
    {
        MailAccountForm form(conversations.queues());
        const MailAccount saved = mail.accounts().constFirst();
        form.setAccount(saved);
        CHECK(form.account().imap.port == port);
        CHECK(form.account().addresses == saved.addresses);
        CHECK(form.password().isEmpty());
        MailAccount renamed = form.account();
        renamed.name = u"Customer care"_s;
        REQUIRE(dialog.changeSelected(renamed, form.password()));
        CHECK_THAT(dialog.list()->item(0)->text().toStdString(), ContainsSubstring("Customer care"));
        CHECK(mail.password(mail.accounts().constFirst()) == u"a mailbox secret"_s);
    }
    SECTION("the connection test says which server failed and why, without freezing the window")
    {
        std::optional<MailConnectionCheck> result;
        QObject::connect(&dialog, &MailAccountsDialog::connectionTested, &dialog,
            [&result](const MailConnectionCheck &check) { result = check; });
        dialog.testSelected();
        CHECK(dialog.isTesting());
        REQUIRE(test::waitUntil([&] { return result.has_value(); }, 30000));
        CHECK_FALSE(result->ok());
        CHECK(result->imap.kind == MailProblem::Kind::Refused);
        CHECK_THAT(dialog.banner()->text().toStdString(), ContainsSubstring("IMAP"));
        CHECK_THAT(dialog.banner()->text().toStdString(), ContainsSubstring("SMTP"));
    }
    SECTION("removing takes the account and its password away")
    {
        REQUIRE(dialog.removeSelected());
        CHECK(dialog.list()->count() == 0);
        CHECK(mail.accounts().isEmpty());
    }
}

TEST_CASE("a rep sees the mail accounts but cannot change them", "[mail][ui]")
{
    test::TempWorkspace temp;
    Workspace &workspace = temp.openWithDemo(3, 10, 1);
    AccountService accounts(workspace);
    QTemporaryDir secrets;
    MailAccountService mail(workspace, std::make_shared<FileSecretStore>(secrets.filePath(u"mail.json"_s)));
    mail.add(accounts.defaultDemoActor(), supportMailbox(closedPort), u"secret"_s);
    ConversationService conversations(workspace, SystemClock::instance());
    MailAccountsDialog dialog(mail, conversations, accounts.signInWithoutPassword(u"rep"_s));
    CHECK(dialog.list()->count() == 1);
    CHECK_FALSE(dialog.findChild<QPushButton *>(u"addMailAccount"_s)->isEnabled());
    CHECK_FALSE(dialog.removeSelected());
    CHECK(mail.accounts().size() == 1);
}
