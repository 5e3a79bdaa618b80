// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/MailJobs.h"

#include "domain/MessageId.h"
#include "services/ServicesLog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <KIMAP/AppendJob>
#include <KIMAP/FetchJob>
#include <KIMAP/ImapSet>
#include <KIMAP/ListJob>
#include <KIMAP/LoginJob>
#include <KIMAP/LogoutJob>
#include <KIMAP/SearchJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>
#include <KIMAP/StoreJob>
#include <KLocalizedString>
#include <KSMTP/LoginJob>
#include <KSMTP/SendJob>
#include <KSMTP/Session>
#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// KIMAP and KSMTP translate their messages with KI18n, whose first use installs a language-change filter on
// the application object. On a mail thread Qt refuses that (children across threads), so it is done here, on
// the main thread, as the application starts.
void setUpMailLibraryTranslations()
{
    static_cast<void>(KLocalizedString::languages());
}
Q_COREAPP_STARTUP_FUNCTION(setUpMailLibraryTranslations)

// The libraries ask a proxy whether to go on despite a certificate problem; ours never does, and remembers
// that it was asked, which is how a refused certificate is told apart from other failures.
class RefusingImapProxy : public KIMAP::SessionUiProxy
{
public:
    bool ignoreSslError(const KSslErrorUiData & /*errorData*/) override
    {
        asked = true;
        return false;
    }
    bool asked = false;
};

class RefusingSmtpProxy : public KSmtp::SessionUiProxy
{
public:
    bool ignoreSslError(const KSslErrorUiData & /*errorData*/) override
    {
        asked = true;
        return false;
    }
    bool asked = false;
};

QString serverName(const MailServer &server)
{
    return server.host + u':' + QString::number(server.port);
}

// DNS and TCP before the library: KIMAP and KSMTP report both only as "could not connect".
MailProblem reach(const MailServer &server, const QString &protocol, int timeoutMs)
{
    const QHostInfo host = QHostInfo::fromName(server.host);
    if (host.error() != QHostInfo::NoError || host.addresses().isEmpty()) {
        return { MailProblem::Kind::HostNotFound,
            ImapConnection::tr("The %1 server's name %2 was not found (DNS): %3")
                .arg(protocol, server.host, host.errorString()) };
    }
    QTcpSocket socket;
    socket.connectToHost(host.addresses().constFirst(), static_cast<quint16>(server.port));
    if (socket.waitForConnected(timeoutMs))
        return {};
    if (socket.error() == QAbstractSocket::ConnectionRefusedError) {
        return { MailProblem::Kind::Refused,
            ImapConnection::tr("The %1 server %2 refused the connection: nothing listens on that port.")
                .arg(protocol, serverName(server)) };
    }
    return { MailProblem::Kind::Unreachable,
        ImapConnection::tr("The %1 server %2 could not be reached: %3")
            .arg(protocol, serverName(server), socket.errorString()) };
}

const QSet<QSslError::SslError> &untrustedIssuerErrors()
{
    static const QSet<QSslError::SslError> errors { QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToGetIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
        QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain, QSslError::CertificateUntrusted };
    return errors;
}

MailProblem nameMismatch(const MailServer &server, const QString &protocol, const QString &names)
{
    return { MailProblem::Kind::TlsNameMismatch,
        names.isEmpty() ? ImapConnection::tr("The %1 server %2 presented a TLS certificate made for another name, "
                                             "not for %3.")
                              .arg(protocol, serverName(server), server.host)
                        : ImapConnection::tr("The %1 server %2 presented a TLS certificate made for another name "
                                             "(%3), not for %4.")
                              .arg(protocol, serverName(server), names, server.host) };
}

MailProblem untrustedIssuer(const MailServer &server, const QString &protocol, const QString &why)
{
    return { MailProblem::Kind::TlsUntrusted,
        ImapConnection::tr("The %1 server %2 presented a TLS certificate from an unknown issuer: %3. "
                           "For a self-hosted server, give its certificate authority's file.")
            .arg(protocol, serverName(server), why) };
}

// The certificate problem behind a failed connection, if it was one. The libraries pass no QSslError on:
// on a port with implicit TLS a handshake of our own (TLS only, no mail protocol) reads the errors
// themselves; behind STARTTLS the library's error text (KSMTP reports the socket's) is matched against
// Qt's own texts of the errors; else, when the library asked whether to ignore a certificate problem, the
// sentence stays general.
std::optional<MailProblem> certificateProblem(
    const MailServer &server, const QString &protocol, int timeoutMs, const QString &libraryText, bool proxyAsked)
{
    if (server.security == MailSecurity::ImplicitTls) {
        QSslSocket socket;
        socket.connectToHostEncrypted(server.host, static_cast<quint16>(server.port));
        socket.waitForEncrypted(timeoutMs);
        const QList<QSslError> errors = socket.sslHandshakeErrors();
        for (const QSslError &error : errors) {
            if (error.error() == QSslError::HostNameMismatch) {
                return nameMismatch(
                    server, protocol, error.certificate().subjectAlternativeNames().values().join(u", "_s));
            }
        }
        for (const QSslError &error : errors) {
            if (untrustedIssuerErrors().contains(error.error()))
                return untrustedIssuer(server, protocol, error.errorString());
        }
        if (!errors.isEmpty()) {
            return MailProblem { MailProblem::Kind::Tls,
                ImapConnection::tr("The %1 server %2 presented a TLS certificate that was refused: %3")
                    .arg(protocol, serverName(server), errors.constFirst().errorString()) };
        }
    }
    if (!libraryText.isEmpty()) {
        if (libraryText.contains(QSslError(QSslError::HostNameMismatch).errorString()))
            return nameMismatch(server, protocol, QString());
        for (const QSslError::SslError error : untrustedIssuerErrors()) {
            const QString text = QSslError(error).errorString();
            if (libraryText.contains(text))
                return untrustedIssuer(server, protocol, text);
        }
    }
    if (proxyAsked) {
        return MailProblem { MailProblem::Kind::Tls,
            ImapConnection::tr("The %1 server %2 presented a TLS certificate that is not trusted for this host name.")
                .arg(protocol, serverName(server)) };
    }
    return std::nullopt;
}

// Runs a KIMAP or KSMTP job to its end on this thread; false when it failed.
bool runJob(KJob *job)
{
    return job->exec();
}

// A reply code at the start of an SMTP refusal's text: KSMTP keeps the server's words but not the code,
// and servers put the enhanced status code (RFC 3463, "5.1.1") first.
std::optional<bool> permanentByStatusCode(const QString &text)
{
    static const QRegularExpression enhanced(u"\\b([245])\\.\\d{1,3}\\.\\d{1,3}\\b"_s);
    const QRegularExpressionMatch match = enhanced.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1) == u"5"_s;
}

} // namespace

void trustCertificateFile(const QString &file)
{
    if (file.isEmpty())
        return;
    static std::mutex mutex;
    static QSet<QString> trusted;
    const std::scoped_lock lock(mutex);
    if (trusted.contains(file))
        return;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!configuration.addCaCertificates(file, QSsl::Pem))
        qCWarning(lcServices) << "no certificate authority could be read from" << file;
    QSslConfiguration::setDefaultConfiguration(configuration);
    trusted.insert(file);
}

struct ImapConnection::Private
{
    MailAccount account;
    QString password;
    int timeoutSeconds = 20;
    QSharedPointer<RefusingImapProxy> proxy = QSharedPointer<RefusingImapProxy>::create();
    std::unique_ptr<KIMAP::Session> session;
    bool loggedIn = false;
};

ImapConnection::ImapConnection(const MailAccount &account, QString password, int timeoutSeconds)
    : d(std::make_unique<Private>())
{
    d->account = account;
    d->password = std::move(password);
    d->timeoutSeconds = timeoutSeconds;
}

ImapConnection::~ImapConnection()
{
    if (!d->session || !d->loggedIn)
        return;
    try {
        runJob(new KIMAP::LogoutJob(d->session.get()));
    } catch (const std::bad_alloc &) {
        // The session closes its connection when it goes, logged out or not.
        qCWarning(lcServices) << "no memory to log out of the IMAP server";
    }
}

KIMAP::Session *ImapConnection::session() const
{
    return d->session.get();
}

MailProblem ImapConnection::open()
{
    const MailServer &server = d->account.imap;
    const QString protocol = u"IMAP"_s;
    MailProblem reached = reach(server, protocol, d->timeoutSeconds * 1000);
    if (!reached.ok())
        return reached;
    trustCertificateFile(d->account.caCertificateFile);
    // KIMAP::Session starts its socket thread before it connects to that thread's "connected" signal, so on
    // a busy machine the signal can be lost: the session then never starts TLS (or never takes the greeting)
    // and waits out its timeout in silence. Such a session is given a few seconds without a byte from the
    // server and then a new one is made; a slow server that is talking keeps the timer going.
    constexpr int attempts = 3;
    constexpr int greetingSeconds = 5;
    const int quietSeconds = std::min(d->timeoutSeconds, greetingSeconds);
    for (int attempt = 1;; ++attempt) {
        QString why;
        const LoginOutcome outcome = logIn(quietSeconds, &why);
        if (outcome == LoginOutcome::LoggedIn) {
            d->session->setTimeout(d->timeoutSeconds);
            d->loggedIn = true;
            return {};
        }
        if (outcome == LoginOutcome::NoGreeting && attempt < attempts) {
            qCInfo(lcServices) << "The IMAP server" << serverName(server) << "did not greet within" << quietSeconds
                               << "s or closed the connection; connecting again";
            continue;
        }
        if (const std::optional<MailProblem> tls
            = certificateProblem(server, protocol, d->timeoutSeconds * 1000, why, d->proxy->asked))
            return *tls;
        if (outcome == LoginOutcome::Refused) {
            return { MailProblem::Kind::Login,
                tr("The IMAP server %1 refused the login \"%2\" with this password: %3")
                    .arg(serverName(server), d->account.login, why) };
        }
        return { MailProblem::Kind::Unreachable,
            tr("The IMAP server %1 closed the connection before the login: %2").arg(serverName(server), why) };
    }
}

ImapConnection::LoginOutcome ImapConnection::logIn(int quietSeconds, QString *why)
{
    const MailServer &server = d->account.imap;
    d->session.reset(); // the last attempt's socket thread goes first
    d->proxy->asked = false;
    d->session = std::make_unique<KIMAP::Session>(server.host, static_cast<quint16>(server.port));
    d->session->setUiProxy(d->proxy);
    d->session->setTimeout(quietSeconds);
    auto *login = new KIMAP::LoginJob(d->session.get());
    login->setUserName(d->account.login);
    login->setPassword(d->password);
    login->setEncryptionMode(
        server.security == MailSecurity::ImplicitTls ? KIMAP::LoginJob::SSLorTLS : KIMAP::LoginJob::STARTTLS);
    // LOGIN inside TLS: the SASL mechanisms would need Cyrus SASL plugins on every desk.
    login->setAuthenticationMode(KIMAP::LoginJob::ClearText);
    if (runJob(login))
        return LoginOutcome::LoggedIn;
    *why = login->errorString();
    if (d->session->serverGreeting().isEmpty() && !d->proxy->asked)
        return LoginOutcome::NoGreeting;
    if (login->error() == KIMAP::LoginJob::ERR_COULD_NOT_CONNECT || d->session->state() == KIMAP::Session::Disconnected)
        return LoginOutcome::Closed;
    return LoginOutcome::Refused;
}

MailProblem ImapConnection::select(const QString &folder, qint64 *uidValidity)
{
    auto *select = new KIMAP::SelectJob(d->session.get());
    select->setMailBox(folder);
    if (runJob(select)) {
        if (uidValidity)
            *uidValidity = select->uidValidity();
        return {};
    }
    return { MailProblem::Kind::Folder,
        tr("The IMAP server %1 could not open the folder \"%2\": %3")
            .arg(serverName(d->account.imap), folder, select->errorString()) };
}

QString ImapConnection::sentFolder()
{
    auto *list = new KIMAP::ListJob(d->session.get());
    list->setOption(KIMAP::ListJob::IncludeUnsubscribed);
    QString marked;
    QString named;
    QObject::connect(list, &KIMAP::ListJob::mailBoxesReceived,
        [&marked, &named](const QList<KIMAP::MailBoxDescriptor> &boxes, const QList<QList<QByteArray>> &flags) {
            for (qsizetype i = 0; i < boxes.size(); ++i) {
                if (i < flags.size() && flags.at(i).contains("\\Sent") && marked.isEmpty())
                    marked = boxes.at(i).name;
                if (boxes.at(i).name.compare(u"Sent"_s, Qt::CaseInsensitive) == 0 && named.isEmpty())
                    named = boxes.at(i).name;
            }
        });
    if (!runJob(list))
        return {};
    return marked.isEmpty() ? named : marked;
}

std::optional<ImapConnection::Copies> ImapConnection::copiesOf(const QString &folder, const QString &messageId)
{
    if (!select(folder).ok())
        return std::nullopt;
    auto *search = new KIMAP::SearchJob(d->session.get());
    search->setUidBased(true);
    search->setTerm(KIMAP::Term(KIMAP::Term::And,
        { KIMAP::Term(u"Message-ID"_s, MessageId::bracketed(messageId)),
            KIMAP::Term(KIMAP::Term::Deleted).setNegated(true) }));
    if (!runJob(search))
        return std::nullopt;
    Copies copies;
    if (search->results().isEmpty())
        return copies;
    // The flags are fetched, not searched for: KIMAP quotes a KEYWORD search's argument, which RFC 3501 does
    // not allow there.
    KIMAP::ImapSet uids;
    for (const qint64 uid : search->results())
        uids.add(uid);
    auto *fetch = new KIMAP::FetchJob(d->session.get());
    fetch->setUidBased(true);
    fetch->setSequenceSet(uids);
    KIMAP::FetchJob::FetchScope scope;
    scope.mode = KIMAP::FetchJob::FetchScope::Flags;
    fetch->setScope(scope);
    QObject::connect(fetch, &KIMAP::FetchJob::messagesAvailable, [&copies](const QMap<qint64, KIMAP::Message> &found) {
        for (const KIMAP::Message &message : found) {
            const bool pending = std::any_of(message.flags.cbegin(), message.flags.cend(),
                [](const QByteArray &flag) { return flag.compare(pendingKeyword, Qt::CaseInsensitive) == 0; });
            (pending ? copies.pending : copies.done).append(message.uid);
        }
    });
    if (!runJob(fetch))
        return std::nullopt;
    return copies;
}

MailProblem ImapConnection::append(
    const QString &folder, const QByteArray &message, const QList<QByteArray> &flags, qint64 *uid)
{
    auto *append = new KIMAP::AppendJob(d->session.get());
    append->setMailBox(folder);
    append->setFlags(QList<QByteArray> { QByteArrayLiteral("\\Seen") } + flags);
    append->setContent(message);
    if (runJob(append)) {
        if (uid)
            *uid = append->uid();
        return {};
    }
    return { MailProblem::Kind::Folder,
        tr("The IMAP server %1 did not store the copy in \"%2\": %3")
            .arg(serverName(d->account.imap), folder, append->errorString()) };
}

MailProblem ImapConnection::storeFlags(const QList<qint64> &uids, const QList<QByteArray> &flags, bool add)
{
    if (uids.isEmpty())
        return {};
    KIMAP::ImapSet set;
    for (const qint64 uid : uids)
        set.add(uid);
    auto *store = new KIMAP::StoreJob(d->session.get());
    store->setUidBased(true);
    store->setSequenceSet(set);
    store->setFlags(flags);
    store->setMode(add ? KIMAP::StoreJob::AppendFlags : KIMAP::StoreJob::RemoveFlags);
    if (runJob(store))
        return {};
    return { MailProblem::Kind::Folder,
        tr("The IMAP server %1 did not change the flags of a message: %2")
            .arg(serverName(d->account.imap), store->errorString()) };
}

struct SmtpConnection::Private
{
    MailAccount account;
    QString password;
    int timeoutSeconds = 30;
    QSharedPointer<RefusingSmtpProxy> proxy = QSharedPointer<RefusingSmtpProxy>::create();
    std::unique_ptr<KSmtp::Session> session;
};

SmtpConnection::SmtpConnection(const MailAccount &account, QString password, int timeoutSeconds)
    : d(std::make_unique<Private>())
{
    d->account = account;
    d->password = std::move(password);
    d->timeoutSeconds = timeoutSeconds;
}

SmtpConnection::~SmtpConnection()
{
    if (d->session && d->session->state() != KSmtp::Session::Disconnected) {
        QEventLoop loop;
        QObject::connect(d->session.get(), &KSmtp::Session::stateChanged, &loop, [&loop](KSmtp::Session::State state) {
            if (state == KSmtp::Session::Disconnected)
                loop.quit();
        });
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        d->session->quit();
        loop.exec();
    }
}

MailProblem SmtpConnection::open()
{
    const MailServer &server = d->account.smtp;
    const QString protocol = u"SMTP"_s;
    const int timeoutMs = d->timeoutSeconds * 1000;
    MailProblem reached = reach(server, protocol, timeoutMs);
    if (!reached.ok())
        return reached;
    trustCertificateFile(d->account.caCertificateFile);
    d->session = std::make_unique<KSmtp::Session>(server.host, static_cast<quint16>(server.port));
    d->session->setUiProxy(d->proxy);
    d->session->setSocketTimeout(timeoutMs);
    d->session->setEncryptionMode(
        server.security == MailSecurity::ImplicitTls ? KSmtp::Session::TLS : KSmtp::Session::STARTTLS);
    QString connectionError;
    {
        QEventLoop loop;
        QObject::connect(d->session.get(), &KSmtp::Session::stateChanged, &loop, [&loop](KSmtp::Session::State state) {
            if (state == KSmtp::Session::NotAuthenticated || state == KSmtp::Session::Disconnected)
                loop.quit();
        });
        QObject::connect(
            d->session.get(), &KSmtp::Session::connectionError, &loop, [&loop, &connectionError](const QString &error) {
                connectionError = error;
                loop.quit();
            });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        d->session->open();
        loop.exec();
    }
    if (d->session->state() != KSmtp::Session::NotAuthenticated) {
        if (const std::optional<MailProblem> tls
            = certificateProblem(server, protocol, timeoutMs, connectionError, d->proxy->asked))
            return *tls;
        if (server.security == MailSecurity::StartTls && connectionError.isEmpty()
            && d->session->state() != KSmtp::Session::Disconnected) {
            return { MailProblem::Kind::Tls,
                tr("The SMTP server %1 did not agree to STARTTLS in time.").arg(serverName(server)) };
        }
        return { MailProblem::Kind::Unreachable,
            tr("The SMTP server %1 did not start a session: %2")
                .arg(serverName(server), connectionError.isEmpty() ? tr("no answer") : connectionError) };
    }
    auto *login = new KSmtp::LoginJob(d->session.get());
    login->setUserName(d->account.login);
    login->setPassword(d->password);
    login->setPreferedAuthMode(KSmtp::LoginJob::Plain);
    if (runJob(login))
        return {};
    return { MailProblem::Kind::Login,
        tr("The SMTP server %1 refused the login \"%2\" with this password: %3")
            .arg(serverName(server), d->account.login, login->errorString()) };
}

MailProblem SmtpConnection::send(const QString &from, const QStringList &to, const QByteArray &message, bool *permanent)
{
    *permanent = false;
    auto *send = new KSmtp::SendJob(d->session.get());
    send->setFrom(from);
    send->setTo(to);
    send->setData(message);
    if (runJob(send))
        return {};
    const QString words = send->errorString();
    if (d->session->state() == KSmtp::Session::Disconnected) {
        // KSMTP ends a refusal with the session still open; a closed one is a lost connection, perhaps after
        // the server took the message and before its answer arrived.
        return { MailProblem::Kind::Unreachable,
            tr("The connection to the SMTP server %1 was lost while it was sending: %2")
                .arg(serverName(d->account.smtp), words) };
    }
    *permanent = permanentByStatusCode(words).value_or(false);
    return { MailProblem::Kind::Server,
        tr("The SMTP server %1 did not take the message: %2").arg(serverName(d->account.smtp), words) };
}

} // namespace tandem
