// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/MailAccount.h"
#include "services/mail/MailFetcher.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>
#include <map>
#include <memory>

class QThread;

namespace tandem {

class SecretStore;
class Workspace;

// Brings every mail account's mail into the shared inbox in the background, one account per thread: each
// thread takes its account's lock (MailWorkerLock), fetches, waits with IMAP IDLE (or the fallback interval),
// and fetches again. An account another worker holds is tried again every few seconds, so this worker takes
// over within seconds when that one goes away; a worker that loses an account's lock stops fetching it.
// Each thread works on its own database connection of the workspace; the mail it records reaches the inbox
// views through the workspace's change feed. Server problems are retried with growing pauses.
class MailWorker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int fallbackSeconds = 300; // fetch at least this often, even when IDLE announced nothing
        int retrySeconds = 3; // how often an account held elsewhere is tried, and the first pause after a problem
    };

    MailWorker(Workspace &workspace, std::shared_ptr<SecretStore> secrets, Options options,
        const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    // Stops (see stop()).
    ~MailWorker() override;
    MailWorker(const MailWorker &) = delete;
    MailWorker &operator=(const MailWorker &) = delete;

    // Starts a thread for each mail account, and for accounts added later.
    void start();
    // One pass over each account this worker can hold now, on the calling thread; an account another
    // worker holds is skipped with a problem(). The locks are let go again.
    void fetchOnce();
    // Asks every thread to end and waits for them: a wait ends at once, a fetch after its batch. The
    // locks go with them.
    void stop();
    // The accounts whose lock this worker holds now.
    [[nodiscard]] QSet<Id> heldAccounts() const { return m_held; }

signals:
    // A pass over an account's INBOX ended.
    void fetched(const tandem::MailAccount &account, const tandem::MailFetchSummary &summary);
    // This worker took (true) or lost or let go (false) an account's lock.
    void holdingChanged(tandem::Id accountId, bool held);
    // A server or the workspace refused; the worker tries again after a pause.
    void problem(const QString &message);

    // Emitted on an account's thread; the worker relays them on its own thread as the signals above.
    void holdingChangedOnThread(tandem::Id accountId, bool held);
    void fetchedOnThread(const tandem::MailAccount &account, const tandem::MailFetchSummary &summary);
    void problemOnThread(const QString &message);

private:
    void startMissingLoops();
    // Runs on the account's thread until stopped or the account is removed.
    void runAccount(Id accountId);
    // Waits on an account's thread until the time is up or the worker stops; false when it stops.
    bool pause(int seconds);

    Workspace &m_workspace;
    std::shared_ptr<SecretStore> m_secrets;
    Options m_options;
    const Clock &m_clock;
    QTimer m_accountsTimer;
    std::map<Id, QThread *> m_threads;
    QSet<Id> m_held;
    std::atomic_bool m_stopping = false;
    QMutex m_stopLock;
    QWaitCondition m_stopped;
};

} // namespace tandem
