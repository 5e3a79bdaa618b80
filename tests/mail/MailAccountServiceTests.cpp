// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/FileSecretStore.h"
#include "services/MailAccountService.h"
#include "services/ServiceError.h"
#include "storage/Query.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

const QString secret = u"correct horse battery staple"_s;

MailAccount sampleAccount(const QString &name = u"Support"_s)
{
    MailAccount account;
    account.name = name;
    account.imap = { u"imap.example.test"_s, 993, MailSecurity::ImplicitTls };
    account.smtp = { u"smtp.example.test"_s, 587, MailSecurity::StartTls };
    account.login = u"support@example.test"_s;
    account.addresses = { u"support@example.test"_s, u"help@example.test"_s };
    return account;
}

struct Desk
{
    explicit Desk(Backend backend)
        : temp(backend),
          workspace(temp.openWithDemo(8, 40, 3)),
          store(std::make_shared<FileSecretStore>(secretsDir.filePath(u"mail.json"_s))),
          mail(workspace, store)
    {
        AccountService accounts(workspace);
        lead = accounts.signInWithoutPassword(u"lead"_s);
        rep = accounts.signInWithoutPassword(u"rep"_s);
    }

    // Every value of every text column of the audit log and the mail accounts, to look for a secret in.
    [[nodiscard]] QString storedText() const
    {
        QString text;
        for (const QString &table : { u"audit_log"_s, u"mail_accounts"_s }) {
            Query query(workspace.database(), u"SELECT * FROM "_s + table);
            while (query.next()) {
                for (int column = 0; column < query.columnNames().size(); ++column)
                    text += query.value(column).toString() + u'\n';
            }
        }
        return text;
    }

    test::TempWorkspace temp;
    Workspace &workspace;
    QTemporaryDir secretsDir;
    std::shared_ptr<FileSecretStore> store;
    MailAccountService mail;
    Actor lead, rep;
};

} // namespace

TEST_CASE("a lead adds, changes and removes a mail account; the password stays out of the workspace and the audit",
    "[mail][postgres]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    Desk desk(backend);

    const Id id = desk.mail.add(desk.lead, sampleAccount(), secret);
    std::optional<MailAccount> stored = desk.mail.account(id);
    REQUIRE(stored);
    CHECK(stored->imap.port == 993);
    CHECK(stored->smtp.security == MailSecurity::StartTls);
    CHECK(stored->addresses == QStringList { u"support@example.test"_s, u"help@example.test"_s });
    CHECK(stored->secretKey.startsWith(u"mail-account/"_s));
    CHECK(desk.mail.password(*stored) == secret);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(desk.secretsDir.filePath(u"mail.json"_s));
    CHECK((permissions & others) == QFileDevice::Permissions());
    CHECK(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    stored->smtp.port = 465;
    stored->smtp.security = MailSecurity::ImplicitTls;
    const QString newSecret = u"a new and longer secret"_s;
    desk.mail.change(desk.lead, *stored, newSecret);
    const std::optional<MailAccount> changed = desk.mail.account(id);
    REQUIRE(changed);
    CHECK(changed->smtp.port == 465);
    CHECK(desk.mail.password(*changed) == newSecret);
    // The copy read before the change is stale now.
    CHECK_THROWS_AS(desk.mail.change(desk.lead, *stored), ServiceError);

    const QString text = desk.storedText();
    CHECK(text.contains(u"mail_account.add"_s));
    CHECK(text.contains(u"mail_account.update"_s));
    CHECK_FALSE(text.contains(secret));
    CHECK_FALSE(text.contains(newSecret));

    desk.mail.remove(desk.lead, id);
    CHECK_FALSE(desk.mail.account(id));
    CHECK_FALSE(desk.store->read(changed->secretKey));
    CHECK(desk.storedText().contains(u"mail_account.remove"_s));
}

TEST_CASE("only team leads manage mail accounts: each refusal", "[mail][permissions]")
{
    Desk desk(Backend::Sqlite);
    const Id id = desk.mail.add(desk.lead, sampleAccount(), secret);
    const MailAccount stored = *desk.mail.account(id);

    CHECK_THROWS_AS(desk.mail.add(desk.rep, sampleAccount(u"Billing"_s), secret), PermissionDenied);
    CHECK_THROWS_AS(desk.mail.change(desk.rep, stored, u"another secret"_s), PermissionDenied);
    CHECK_THROWS_AS(desk.mail.remove(desk.rep, id), PermissionDenied);
    CHECK(desk.mail.accounts().size() == 1);
    CHECK(desk.mail.password(stored) == secret);
}

TEST_CASE("a mail account that cannot work is refused with a reason", "[mail]")
{
    Desk desk(Backend::Sqlite);
    desk.mail.add(desk.lead, sampleAccount(), secret);
    const auto refused = [&desk](const MailAccount &account, const QString &password = secret) {
        try {
            desk.mail.add(desk.lead, account, password);
        } catch (const ServiceError &error) {
            return error.message();
        }
        return QString();
    };
    MailAccount account = sampleAccount(u"Billing"_s);
    CHECK(refused(account, QString()).contains(u"password"_s));
    CHECK(refused(sampleAccount()).contains(u"already"_s));
    account.name.clear();
    CHECK(refused(account).contains(u"name"_s));
    account = sampleAccount(u"Billing"_s);
    account.imap.port = 0;
    CHECK(refused(account).contains(u"IMAP"_s));
    account = sampleAccount(u"Billing"_s);
    account.smtp.host.clear();
    CHECK(refused(account).contains(u"SMTP"_s));
    account = sampleAccount(u"Billing"_s);
    account.addresses = { u"not an address"_s };
    CHECK(refused(account).contains(u"not an e-mail address"_s));
    account = sampleAccount(u"Billing"_s);
    account.addresses.clear();
    CHECK(refused(account).contains(u"address"_s));
    account = sampleAccount(u"Billing"_s);
    account.caCertificateFile = desk.secretsDir.filePath(u"missing.pem"_s);
    CHECK(refused(account).contains(u"certificate"_s));
    CHECK(desk.mail.accounts().size() == 1);
}

TEST_CASE("a credentials file others can read is refused, not used", "[mail]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mail.json"_s);
    FileSecretStore store(path);
    CHECK_FALSE(store.read(u"nothing"_s));
    store.write(u"key"_s, secret);
    CHECK(store.read(u"key"_s) == secret);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    CHECK_THROWS_AS(store.read(u"key"_s), ServiceError);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    store.remove(u"key"_s);
    CHECK_FALSE(store.read(u"key"_s));
}
