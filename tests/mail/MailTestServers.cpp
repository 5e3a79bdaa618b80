// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailTestServers.h"

#include "services/MailJobs.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

#include <KIMAP/FetchJob>
#include <KIMAP/SearchJob>
#include <KMime/Message>

using namespace Qt::StringLiterals;

namespace tandem::test {

bool MailTestServers::available()
{
    return !qEnvironmentVariable("TANDEM_TEST_MAIL_HOST").isEmpty();
}

bool MailTestServers::smtpLoginPossible()
{
    QStringList folders = qEnvironmentVariable("SASL_PATH").split(u':', Qt::SkipEmptyParts);
    folders << u"/usr/lib/x86_64-linux-gnu/sasl2"_s << u"/usr/lib/sasl2"_s;
    for (const QString &folder : std::as_const(folders)) {
        if (!QDir(folder).entryList({ u"libplain.so*"_s }).isEmpty())
            return true;
    }
    return false;
}

QString MailTestServers::host()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_HOST");
}

int MailTestServers::port(const char *name)
{
    return qEnvironmentVariableIntValue(name);
}

QString MailTestServers::caFile()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_CA_FILE");
}

QString MailTestServers::supportUser()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_SUPPORT_USER");
}

QString MailTestServers::supportPassword()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_SUPPORT_PASSWORD");
}

QString MailTestServers::customerUser()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_CUSTOMER_USER");
}

QString MailTestServers::customerPassword()
{
    return qEnvironmentVariable("TANDEM_TEST_MAIL_CUSTOMER_PASSWORD");
}

MailAccount MailTestServers::supportAccount()
{
    MailAccount account;
    account.name = u"Support"_s;
    account.imap = { host(), port("TANDEM_TEST_MAIL_IMAPS_PORT"), MailSecurity::ImplicitTls };
    account.smtp = { host(), port("TANDEM_TEST_MAIL_SMTP_STARTTLS_PORT"), MailSecurity::StartTls };
    account.login = supportUser();
    account.addresses = { supportUser() };
    account.caCertificateFile = caFile();
    account.saveToSent = true;
    return account;
}

MailAccount MailTestServers::customerAccount()
{
    MailAccount account = supportAccount();
    account.name = u"Customer"_s;
    account.login = customerUser();
    account.addresses = { customerUser() };
    return account;
}

QSharedPointer<KMime::Message> MailTestServers::customersMail(const KIMAP::Term &term)
{
    ImapConnection imap(customerAccount(), customerPassword());
    REQUIRE(imap.open().ok());
    REQUIRE(imap.select(u"INBOX"_s).ok());
    auto *search = new KIMAP::SearchJob(imap.session());
    search->setUidBased(true);
    search->setTerm(term);
    REQUIRE(search->exec());
    if (search->results().isEmpty())
        return nullptr;
    auto *fetch = new KIMAP::FetchJob(imap.session());
    fetch->setUidBased(true);
    KIMAP::ImapSet uids;
    uids.add(search->results().constLast());
    fetch->setSequenceSet(uids);
    KIMAP::FetchJob::FetchScope scope;
    scope.mode = KIMAP::FetchJob::FetchScope::Full;
    fetch->setScope(scope);
    QSharedPointer<KMime::Message> found;
    QObject::connect(
        fetch, &KIMAP::FetchJob::messagesAvailable, [&found](const QMap<qint64, KIMAP::Message> &messages) {
            if (!messages.isEmpty())
                found = messages.first().message;
        });
    REQUIRE(fetch->exec());
    return found;
}

} // namespace tandem::test
