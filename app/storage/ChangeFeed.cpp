// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ChangeFeed.h"

#include "domain/StorageError.h"
#include "storage/Query.h"
#include "storage/StorageLog.h"
#include "storage/Workspace.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace tandem {

ChangeFeed::ChangeFeed(Workspace &workspace) : QObject(&workspace), m_workspace(workspace)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_workspace.dialect().announcesCommits())
            checkConnection();
        else
            poll();
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ChangeFeed::tryReconnect);
}

void ChangeFeed::startWatching(int intervalMs)
{
    if (!m_workspace.dialect().announcesCommits()) {
        poll();
        m_timer.start(intervalMs);
        return;
    }
    QSqlDriver *driver = m_workspace.database().driver();
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification, Qt::UniqueConnection);
    subscribe();
    m_timer.start(intervalMs * 8);
}

void ChangeFeed::stopWatching()
{
    m_timer.stop();
    m_reconnectTimer.stop();
}

void ChangeFeed::subscribe()
{
    QSqlDriver *driver = m_workspace.database().driver();
    const QString channel = QString::fromLatin1(notifyChannel);
    if (!driver->subscribedToNotifications().contains(channel))
        driver->subscribeToNotification(channel);
}

void ChangeFeed::onNotification(const QString &, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Our own commits were announced already by notifyLocalChange().
    if (source == QSqlDriver::SelfSource)
        return;
    if (payload.toString() == QLatin1String(presenceTable))
        emit presenceChanged();
    else
        emit changed();
}

void ChangeFeed::notifyLocalChange()
{
    emit changed();
}

void ChangeFeed::notifyLocalPresenceChange()
{
    emit presenceChanged();
}

bool ChangeFeed::poll()
{
    const QString counter = m_workspace.dialect().commitCounterQuery();
    if (counter.isEmpty())
        return false;
    qint64 version = -1;
    try {
        version = Query::scalar(m_workspace.database(), counter).toLongLong();
    } catch (const StorageError &error) {
        // A busy or vanished file is retried on the next tick.
        qCWarning(lcStorage) << "Could not ask the workspace for other desks' changes:" << error.message();
        return false;
    }
    const bool foreignCommit = m_lastDataVersion >= 0 && version != m_lastDataVersion;
    m_lastDataVersion = version;
    if (foreignCommit)
        emit changed();
    return foreignCommit;
}

// The driver gives no signal when the server goes away, so a cheap query asks.
void ChangeFeed::checkConnection()
{
    if (!m_connected || m_workspace.ping())
        return;
    m_connected = false;
    emit connectionChanged(false);
    m_reconnectDelayMs = 500;
    tryReconnect();
}

void ChangeFeed::tryReconnect()
{
    if (m_workspace.reconnect()) {
        subscribe();
        m_connected = true;
        emit connectionChanged(true);
        emit changed(); // whatever other desks did meanwhile
        return;
    }
    m_reconnectTimer.start(m_reconnectDelayMs);
    m_reconnectDelayMs = qMin(m_reconnectDelayMs * 2, 15000);
}

} // namespace tandem
