// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/MailAccountLock.h"

#include "domain/StorageError.h"
#include "storage/Query.h"
#include "storage/StorageLog.h"
#include "storage/Workspace.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The kind of every mail account's lock, which its id tells apart.
const QString mailAccountLockKind = u"tandem mail account"_s;

} // namespace

MailAccountLock::MailAccountLock(Workspace &workspace, Id accountId) : m_workspace(workspace), m_accountId(accountId)
{ }

MailAccountLock::~MailAccountLock()
{
    try {
        release();
    } catch (const StorageError &error) {
        // The connection is gone, and the server let the lock go with it.
        qCDebug(lcStorage) << "Mail account lock" << m_accountId
                           << "was let go with its connection:" << error.message();
    }
}

QString MailAccountLock::lockFilePath() const
{
    return m_workspace.spec() + u".mail-account-"_s + QString::number(m_accountId) + u".lock"_s;
}

bool MailAccountLock::tryTake()
{
    if (m_held && isHeld())
        return true;
    const QString tryLock = m_workspace.dialect().tryLockQuery();
    if (!tryLock.isEmpty()) {
        m_held = Query::scalar(m_workspace.database(), tryLock, { mailAccountLockKind, m_accountId }).toBool();
        return m_held;
    }
    // flock() rather than a lock file with a process id in it (QLockFile): the kernel drops the lock the
    // moment its process ends, however it ends, so nobody has to guess whether a lock is stale (process ids
    // are reused); and it belongs to the open file, not the process, so two workers in one process exclude
    // each other too, which POSIX record locks (fcntl) would not. The file stays; it holds nothing.
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(lockFilePath()).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0) {
            throw StorageError(tr("Cannot open the mail account lock file %1: %2")
                    .arg(lockFilePath(), QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    m_held = ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
    if (!m_held) {
        ::close(m_fd);
        m_fd = -1;
    }
    return m_held;
}

bool MailAccountLock::isHeld()
{
    if (!m_held)
        return false;
    const QString heldQuery = m_workspace.dialect().heldLockQuery();
    if (!heldQuery.isEmpty()) {
        try {
            m_held = Query::scalar(m_workspace.database(), heldQuery, { mailAccountLockKind, m_accountId }).toLongLong()
                > 0;
        } catch (const StorageError &error) {
            qCInfo(lcStorage) << "Mail account lock" << m_accountId
                              << "is lost with its connection:" << error.message();
            m_held = false;
        }
        return m_held;
    }
    // Held while the locked file is still the one at the path: a removed or replaced file locks nobody out.
    struct stat locked {};
    struct stat named {};
    m_held = ::fstat(m_fd, &locked) == 0 && ::stat(QFile::encodeName(lockFilePath()).constData(), &named) == 0
        && locked.st_dev == named.st_dev && locked.st_ino == named.st_ino;
    return m_held;
}

void MailAccountLock::release()
{
    const bool wasHeld = m_held;
    m_held = false;
    if (m_fd >= 0) {
        ::close(m_fd); // which ends the flock
        m_fd = -1;
        return;
    }
    const QString unlock = m_workspace.dialect().unlockQuery();
    if (wasHeld && !unlock.isEmpty())
        Query::run(m_workspace.database(), unlock, { mailAccountLockKind, m_accountId });
}

} // namespace tandem
