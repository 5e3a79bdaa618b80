// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QCoreApplication>

namespace tandem {

class Workspace;

// Who fetches one mail account's mail: at most one worker at a time, across threads, processes and desks.
// On a team server it is a session-level advisory lock on the calling thread's connection; on SQLite an
// flock() on a file beside the workspace file. Both go away by themselves with their holder (the server
// frees the lock with a connection that died or was cut off, the kernel the flock with a process that
// ended, even by kill -9), so another worker takes over. Use it on one thread only: the thread that took it.
class MailAccountLock
{
    Q_DECLARE_TR_FUNCTIONS(tandem::MailAccountLock)

public:
    MailAccountLock(Workspace &workspace, Id accountId);
    ~MailAccountLock();
    MailAccountLock(const MailAccountLock &) = delete;
    MailAccountLock &operator=(const MailAccountLock &) = delete;

    // Takes the lock unless another holds it; true when this holds it now. Throws StorageError when the
    // database cannot be asked.
    bool tryTake();
    // Asks again whether this still holds the lock: false once it was let go or lost (the connection
    // holding it died).
    [[nodiscard]] bool isHeld();
    void release();
    [[nodiscard]] Id accountId() const { return m_accountId; }

private:
    [[nodiscard]] QString lockFilePath() const;

    Workspace &m_workspace;
    Id m_accountId;
    bool m_held = false;
    int m_fd = -1; // the locked file on SQLite
};

} // namespace tandem
