// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/MailAccountCommand.h"

#include "cli/CommandLine.h"
#include "services/AccountService.h"
#include "services/MailAccountService.h"
#include "services/MailConnectionCheck.h"
#include "services/ServiceError.h"
#include "services/WorkspaceSession.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

QJsonObject serverJson(const MailServer &server)
{
    return { { u"host"_s, server.host }, { u"port"_s, server.port }, { u"security"_s, keyOf(server.security) } };
}

QJsonObject accountJson(const MailAccount &account)
{
    return { { u"id"_s, account.id }, { u"name"_s, account.name }, { u"imap"_s, serverJson(account.imap) },
        { u"smtp"_s, serverJson(account.smtp) }, { u"login"_s, account.login },
        { u"addresses"_s, QJsonArray::fromStringList(account.addresses) },
        { u"queue_id"_s, account.queueId ? QJsonValue(*account.queueId) : QJsonValue() },
        { u"save_to_sent"_s, account.saveToSent }, { u"ca_certificate_file"_s, account.caCertificateFile } };
}

QJsonObject problemJson(const MailProblem &problem)
{
    static const QStringList kinds { u"ok"_s, u"host_not_found"_s, u"refused"_s, u"unreachable"_s,
        u"tls_name_mismatch"_s, u"tls_untrusted"_s, u"tls"_s, u"login"_s, u"folder"_s, u"server"_s };
    return { { u"ok"_s, problem.ok() }, { u"problem"_s, kinds.value(static_cast<int>(problem.kind)) },
        { u"message"_s, problem.message } };
}

} // namespace

MailAccountCommand::MailAccountCommand()
    : Command(tr("Adds, lists and tests the mail accounts replies leave through.\n\n"
                 "  mail account add   add an account (team lead's work; the password is read from a file)\n"
                 "  mail account list  the accounts, without passwords\n"
                 "  mail account test  log in to the account's IMAP and SMTP servers and say what failed"))
{
    takeAction(tr("add, list or test"), { u"add"_s, u"list"_s, u"test"_s },
        tr("mail account needs one of add, list or test; see tandemctl mail account --help."));
    onlyReadFor({ u"list"_s, u"test"_s });
    addOptions({
        { u"workspace"_s, tr("Workspace file."), u"W"_s },
        { u"name"_s, tr("add, test: the account's name."), u"NAME"_s },
        { u"imap-host"_s, tr("add: the IMAP server."), u"HOST"_s },
        { u"imap-port"_s, tr("add: its port (default 993, or 143 with STARTTLS)."), u"PORT"_s },
        { u"imap-security"_s, tr("add: tls (default) or starttls."), u"MODE"_s },
        { u"smtp-host"_s, tr("add: the SMTP server."), u"HOST"_s },
        { u"smtp-port"_s, tr("add: its port (default 465, or 587 with STARTTLS)."), u"PORT"_s },
        { u"smtp-security"_s, tr("add: tls (default) or starttls."), u"MODE"_s },
        { u"login"_s, tr("add: the login on both servers."), u"LOGIN"_s },
        { u"address"_s, tr("add: a support address customers write to (repeat for more; the first sends)."),
            u"ADDRESS"_s },
        { u"queue"_s, tr("add: the team queue the account's mail feeds."), u"ID"_s },
        { u"no-save-to-sent"_s, tr("add: keep no copy of replies in the Sent folder.") },
        { u"ca-file"_s, tr("add: a PEM file with a self-hosted server's certificate authority."), u"FILE"_s },
        { u"password-file"_s, tr("add: read the password from this file (- for standard input)."), u"FILE"_s },
        { u"credentials"_s,
            tr("Keep passwords in this credentials file (mode 0600) instead of the keyring; default "
               "TANDEM_MAIL_CREDENTIALS."),
            u"FILE"_s },
    });
    requireOptions({ u"workspace"_s }, tr("mail account needs --workspace FILE."));
}

int MailAccountCommand::execute()
{
    if (isSet(u"credentials"_s))
        workspace().mailAccounts().useSecretStore(SecretStore::forThisProcess(value(u"credentials"_s)));
    if (action() == u"add"_s)
        return add();
    if (action() == u"list"_s)
        return list();
    return test();
}

int MailAccountCommand::add()
{
    for (const QString &option :
        { u"name"_s, u"imap-host"_s, u"smtp-host"_s, u"login"_s, u"address"_s, u"password-file"_s }) {
        if (!isSet(option)) {
            printError(tr("mail account add needs --%1.").arg(option));
            return UsageError;
        }
    }
    MailAccount account;
    account.name = value(u"name"_s);
    const auto security = [this](const QString &option) -> std::optional<MailSecurity> {
        if (!isSet(option))
            return MailSecurity::ImplicitTls;
        const std::optional<MailSecurity> mode = mailSecurityFromKey(value(option));
        if (!mode)
            printError(tr("--%1 takes tls or starttls.").arg(option));
        return mode;
    };
    const std::optional<MailSecurity> imapSecurity = security(u"imap-security"_s);
    const std::optional<MailSecurity> smtpSecurity = security(u"smtp-security"_s);
    if (!imapSecurity || !smtpSecurity)
        return UsageError;
    account.imap = { value(u"imap-host"_s), *imapSecurity == MailSecurity::ImplicitTls ? 993 : 143, *imapSecurity };
    account.smtp = { value(u"smtp-host"_s), *smtpSecurity == MailSecurity::ImplicitTls ? 465 : 587, *smtpSecurity };
    if (isSet(u"imap-port"_s)) {
        const std::optional<qint64> port = numberOption(u"imap-port"_s, 1, 65535);
        if (!port)
            return UsageError;
        account.imap.port = int(*port);
    }
    if (isSet(u"smtp-port"_s)) {
        const std::optional<qint64> port = numberOption(u"smtp-port"_s, 1, 65535);
        if (!port)
            return UsageError;
        account.smtp.port = int(*port);
    }
    if (isSet(u"queue"_s)) {
        const std::optional<qint64> queue = positiveNumberOption(u"queue"_s);
        if (!queue)
            return UsageError;
        account.queueId = queue;
    }
    account.login = value(u"login"_s);
    account.addresses = options().values(u"address"_s);
    account.saveToSent = !isSet(u"no-save-to-sent"_s);
    account.caCertificateFile = value(u"ca-file"_s);

    QFile passwordFile;
    const QString passwordPath = value(u"password-file"_s);
    const bool opened = passwordPath == u"-"_s
        ? passwordFile.open(stdin, QIODevice::ReadOnly)
        : (passwordFile.setFileName(passwordPath), passwordFile.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(tr("The password file %1 could not be read: %2").arg(passwordPath, passwordFile.errorString()));
        return Failure;
    }
    const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();

    MailAccountService &mail = workspace().mailAccounts();
    const Id id = mail.add(AccountService::commandLineActor(), account, password);
    const std::optional<MailAccount> added = mail.account(id);
    if (!added)
        throw ServiceError(tr("There is no mail account named \"%1\".").arg(account.name));
    printJson(accountJson(*added));
    return Success;
}

int MailAccountCommand::list()
{
    QJsonArray accounts;
    for (const MailAccount &account : workspace().mailAccounts().accounts())
        accounts.append(accountJson(account));
    printJson({ { u"accounts"_s, accounts } });
    return Success;
}

int MailAccountCommand::test()
{
    if (!isSet(u"name"_s)) {
        printError(tr("mail account test needs --name NAME."));
        return UsageError;
    }
    MailAccountService &mail = workspace().mailAccounts();
    const std::optional<MailAccount> account = mail.accountNamed(value(u"name"_s));
    if (!account) {
        printError(tr("There is no mail account named \"%1\".").arg(value(u"name"_s)));
        return Failure;
    }
    const MailConnectionCheck check = MailConnectionCheck::run(*account, mail.password(*account));
    printJson({ { u"name"_s, account->name }, { u"ok"_s, check.ok() }, { u"imap"_s, problemJson(check.imap) },
        { u"smtp"_s, problemJson(check.smtp) } });
    return check.ok() ? Success : Failure;
}

} // namespace tandem::cli
