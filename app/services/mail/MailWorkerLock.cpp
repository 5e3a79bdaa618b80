// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/MailWorkerLock.h"

#include "storage/MailAccountLock.h"

#include <map>

namespace tandem {

struct MailWorkerLock::Private
{
    explicit Private(Workspace &ws) : workspace(ws) { }

    MailAccountLock &lockOf(Id accountId)
    {
        auto found = locks.find(accountId);
        if (found == locks.end())
            found = locks.emplace(accountId, std::make_unique<MailAccountLock>(workspace, accountId)).first;
        return *found->second;
    }

    Workspace &workspace;
    std::map<Id, std::unique_ptr<MailAccountLock>> locks;
};

MailWorkerLock::MailWorkerLock(Workspace &workspace) : d(std::make_unique<Private>(workspace))
{ }

MailWorkerLock::~MailWorkerLock() = default;

bool MailWorkerLock::tryHoldAccount(Id accountId)
{
    return d->lockOf(accountId).tryTake();
}

bool MailWorkerLock::holdsAccount(Id accountId)
{
    const auto found = d->locks.find(accountId);
    return found != d->locks.end() && found->second->isHeld();
}

void MailWorkerLock::releaseAccount(Id accountId)
{
    const auto found = d->locks.find(accountId);
    if (found != d->locks.end())
        d->locks.erase(found); // its destructor lets go
}

} // namespace tandem
