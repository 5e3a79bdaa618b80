// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/MailWorker.h"

#include "domain/Error.h"
#include "services/ConversationService.h"
#include "services/MailAccountService.h"
#include "services/ServicesLog.h"
#include "services/mail/MailIdleWait.h"
#include "services/mail/MailWorkerLock.h"
#include "storage/Workspace.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace tandem {

MailWorker::MailWorker(
    Workspace &workspace, std::shared_ptr<SecretStore> secrets, Options options, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_secrets(std::move(secrets)), m_options(options), m_clock(clock)
{
    connect(&m_accountsTimer, &QTimer::timeout, this, &MailWorker::startMissingLoops);
    // Queued: the signals come from the accounts' threads, and listeners expect this worker's thread.
    connect(
        this, &MailWorker::holdingChangedOnThread, this,
        [this](Id accountId, bool held) {
            if (held)
                m_held.insert(accountId);
            else
                m_held.remove(accountId);
            emit holdingChanged(accountId, held);
        },
        Qt::QueuedConnection);
    connect(this, &MailWorker::fetchedOnThread, this, &MailWorker::fetched, Qt::QueuedConnection);
    connect(this, &MailWorker::problemOnThread, this, &MailWorker::problem, Qt::QueuedConnection);
}

MailWorker::~MailWorker()
{
    stop();
}

void MailWorker::start()
{
    m_stopping = false;
    startMissingLoops();
    // Accounts added later get their thread on the next look.
    m_accountsTimer.start(m_options.retrySeconds * 1000);
}

void MailWorker::stop()
{
    m_accountsTimer.stop();
    {
        const QMutexLocker lock(&m_stopLock);
        m_stopping = true;
        m_stopped.wakeAll();
    }
    for (const auto &[accountId, thread] : m_threads) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_held.clear();
}

void MailWorker::fetchOnce()
{
    MailAccountService accounts(m_workspace, m_secrets, m_clock);
    ConversationService conversations(m_workspace, m_clock);
    MailFetcher fetcher(m_workspace, accounts, conversations, m_clock);
    MailWorkerLock lock(m_workspace);
    const QList<MailAccount> all = accounts.accounts();
    for (const MailAccount &account : all) {
        if (!lock.tryHoldAccount(account.id)) {
            emit problem(
                tr("Another worker fetches the mail of %1 right now; it was left to that one.").arg(account.name));
            continue;
        }
        const MailFetchSummary summary
            = fetcher.fetchOnce(account, [&lock, &account] { return lock.holdsAccount(account.id); });
        lock.releaseAccount(account.id);
        emit fetched(account, summary);
    }
}

void MailWorker::startMissingLoops()
{
    QList<MailAccount> accounts;
    try {
        accounts = MailAccountService(m_workspace, m_secrets, m_clock).accounts();
    } catch (const Error &error) {
        qCWarning(lcServices) << "The mail accounts could not be read:" << error.message();
        return;
    }
    for (const MailAccount &account : std::as_const(accounts)) {
        const auto running = m_threads.find(account.id);
        if (running != m_threads.end()) {
            if (!running->second->isFinished())
                continue;
            delete running->second;
            m_threads.erase(running);
        }
        QThread *thread = QThread::create([this, accountId = account.id] { runAccount(accountId); });
        thread->setObjectName(u"mail account "_s + QString::number(account.id));
        m_threads.emplace(account.id, thread);
        thread->start();
    }
}

bool MailWorker::pause(int seconds)
{
    const QMutexLocker lock(&m_stopLock);
    if (!m_stopping)
        m_stopped.wait(&m_stopLock, QDeadlineTimer(std::chrono::seconds(seconds)));
    return !m_stopping;
}

void MailWorker::runAccount(Id accountId)
{
    {
        MailAccountService accounts(m_workspace, m_secrets, m_clock);
        ConversationService conversations(m_workspace, m_clock);
        MailFetcher fetcher(m_workspace, accounts, conversations, m_clock);
        MailWorkerLock lock(m_workspace);
        bool held = false;
        int problemPause = m_options.retrySeconds;
        const auto setHeld = [this, accountId, &held](bool nowHeld) {
            if (held == nowHeld)
                return;
            held = nowHeld;
            qCInfo(lcServices) << (held ? "This worker fetches" : "This worker no longer fetches") << "mail account"
                               << accountId;
            emit holdingChangedOnThread(accountId, nowHeld);
        };
        // Growing pauses after problems, up to the fallback interval: a server that is away is not hammered.
        const auto backOff = [this, &problemPause] {
            const bool goOn = pause(problemPause);
            problemPause = std::min(problemPause * 2, std::max(m_options.fallbackSeconds, m_options.retrySeconds));
            return goOn;
        };
        const auto report = [this, &backOff](const QString &message) {
            qCWarning(lcServices).noquote() << message;
            emit problemOnThread(message);
            return backOff();
        };
        while (!m_stopping) {
            try {
                if (!lock.holdsAccount(accountId)) {
                    setHeld(false);
                    if (!lock.tryHoldAccount(accountId)) {
                        pause(m_options.retrySeconds);
                        continue;
                    }
                    setHeld(true);
                }
                const std::optional<MailAccount> account = accounts.account(accountId);
                if (!account)
                    break; // removed
                const MailFetchSummary summary = fetcher.fetchOnce(
                    *account, [this, &lock, accountId] { return !m_stopping && lock.holdsAccount(accountId); });
                emit fetchedOnThread(*account, summary);
                if (!summary.problem.ok()) {
                    report(summary.problem.message);
                    continue;
                }
                if (!lock.holdsAccount(accountId))
                    continue;
                bool announced = false;
                QElapsedTimer waiting;
                waiting.start();
                const MailProblem waited = waitForInboxChange(
                    *account, accounts.password(*account), m_options.fallbackSeconds, &announced,
                    [this] { return m_stopping.load(); }, summary.lastUid);
                if (!waited.ok()) {
                    report(waited.message);
                } else if (!announced && waiting.elapsed() < qint64(m_options.retrySeconds) * 1000) {
                    // The wait broke off at once (a dropped connection, a server without IDLE): fetch again
                    // soon, but not in a tight loop with a server that never waits.
                    backOff();
                } else {
                    problemPause = m_options.retrySeconds;
                }
            } catch (const Error &error) {
                // Most likely the database connection died (and a team server's lock with it): a new one
                // tries to take the account again after the pause.
                if (!m_workspace.ping())
                    m_workspace.reconnect();
                report(error.message());
            }
        }
        setHeld(false);
    }
    m_workspace.closeThreadConnection();
}

} // namespace tandem
