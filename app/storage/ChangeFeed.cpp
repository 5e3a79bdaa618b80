#include "storage/ChangeFeed.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {

ChangeFeed::ChangeFeed(Workspace &workspace) : QObject(&workspace), m_workspace(workspace)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

void ChangeFeed::startWatching(int intervalMs)
{
    poll();
    m_timer.start(intervalMs);
}

void ChangeFeed::stopWatching()
{
    m_timer.stop();
}

void ChangeFeed::notifyLocalChange()
{
    emit changed();
}

bool ChangeFeed::poll()
{
    if (m_workspace.dialect().backend() != Backend::Sqlite)
        return false;
    qint64 version = -1;
    try {
        version = sql::scalar(m_workspace.database(), u"PRAGMA data_version"_s).toLongLong();
    } catch (const StorageError &) {
        return false; // a busy or vanished file is retried on the next tick
    }
    const bool foreignCommit = m_lastDataVersion >= 0 && version != m_lastDataVersion;
    m_lastDataVersion = version;
    if (foreignCommit)
        emit changed();
    return foreignCommit;
}

} // namespace tandem
