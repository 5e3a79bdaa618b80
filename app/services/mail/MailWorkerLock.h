// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <memory>

namespace tandem {

class Workspace;

// Which mail accounts this worker may fetch: one worker per account at a time across desks and headless
// services (see MailAccountLock). A lock freed by its holder's end (a closed app, a killed process, a
// connection the team server lost) is taken by the next worker that tries. Use it on one thread only.
class MailWorkerLock
{
public:
    explicit MailWorkerLock(Workspace &workspace);
    ~MailWorkerLock();
    MailWorkerLock(const MailWorkerLock &) = delete;
    MailWorkerLock &operator=(const MailWorkerLock &) = delete;

    // True when this worker holds the account now (taken now or before). Throws StorageError when the
    // workspace cannot be asked.
    bool tryHoldAccount(Id accountId);
    // Asks again: false once the lock was lost (its connection died), and the worker must stop fetching.
    [[nodiscard]] bool holdsAccount(Id accountId);
    void releaseAccount(Id accountId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
