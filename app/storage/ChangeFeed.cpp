// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ChangeFeed.h"

#include "domain/StorageError.h"
#include "storage/Query.h"
#include "storage/SqliteChangeCounters.h"
#include "storage/StorageLog.h"
#include "storage/Workspace.h"

#include <QSqlDriver>
#include <QThread>

#include <algorithm>
#include <utility>

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
    // Zero: on the next turn of the event loop, after the driver handed over all it read.
    m_delivery.setSingleShot(true);
    m_delivery.setInterval(0);
    connect(&m_delivery, &QTimer::timeout, this, &ChangeFeed::deliverNotifications);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ChangeFeed::tryReconnect);
}

void ChangeFeed::startWatching(int intervalMs)
{
    if (!m_workspace.dialect().announcesCommits()) {
        poll();
        m_timer.start(intervalMs);
        return;
    }
    QSqlDriver *driver = m_workspace.changeFeedDatabase().driver();
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
    QSqlDriver *driver = m_workspace.changeFeedDatabase().driver();
    const QString channel = QString::fromLatin1(notifyChannel);
    if (!driver->subscribedToNotifications().contains(channel))
        driver->subscribeToNotification(channel);
}

void ChangeFeed::onNotification(const QString &, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // Our own commits were announced already by notifyLocalChange().
    if (source == QSqlDriver::SelfSource)
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(u':');
    const QString table = colon < 0 ? text : text.left(colon);
    if (table == QLatin1String(presenceTable)) {
        m_presenceNotified = true;
    } else {
        m_notifiedTables.insert(table);
        if (colon < 0) {
            m_unnamedTables.insert(table);
        } else {
            QSet<qint64> &rows = m_notifiedRows[table];
            for (const QStringView id : QStringView(text).mid(colon + 1).split(u',')) {
                bool ok = false;
                const qint64 value = id.toLongLong(&ok);
                if (ok)
                    rows.insert(value);
                else
                    m_unnamedTables.insert(table); // not ours: it names nothing for certain
            }
        }
    }
    if (!m_delivery.isActive())
        m_delivery.start();
}

// One announcement for all the notifications that arrived since the last: a transaction sends one per table
// it wrote (one per statement where they name rows), and the driver hands over everything it read at once.
void ChangeFeed::deliverNotifications()
{
    const bool presence = std::exchange(m_presenceNotified, false);
    QStringList tables(m_notifiedTables.cbegin(), m_notifiedTables.cend());
    m_notifiedTables.clear();
    QHash<QString, QSet<qint64>> rows = std::exchange(m_notifiedRows, {});
    for (const QString &table : std::as_const(m_unnamedTables))
        rows.remove(table);
    m_unnamedTables.clear();
    if (presence)
        emit presenceChanged();
    if (!tables.isEmpty()) {
        // A payload-less NOTIFY (sent by hand, say) names nothing: that means any table.
        if (tables.contains(QString()))
            tables.clear();
        else
            tables.sort();
        m_announcedRows = std::move(rows);
        emit changed(tables);
        m_announcedRows.clear();
    }
}

bool ChangeFeed::concerns(const QStringList &tables, std::initializer_list<QLatin1StringView> watched)
{
    if (tables.isEmpty())
        return true;
    return std::any_of(
        watched.begin(), watched.end(), [&tables](QLatin1StringView table) { return tables.contains(table); });
}

void ChangeFeed::notifyLocalChange()
{
    takeOwnCounts();
    emit changed({});
}

void ChangeFeed::notifyLocalPresenceChange()
{
    takeOwnCounts();
    emit presenceChanged();
}

// This desk's own writes move the counters too, without moving data_version here; while no other desk
// committed since the last look, whatever moved them is ours, and is no news for the next poll.
void ChangeFeed::takeOwnCounts()
{
    if (!m_timer.isActive() || m_workspace.dialect().announcesCommits() || QThread::currentThread() != thread()
        || m_lastDataVersion < 0)
        return;
    try {
        const QSqlDatabase db = m_workspace.database();
        if (Query::scalar(db, m_workspace.dialect().commitCounterQuery()).toLongLong() == m_lastDataVersion)
            m_lastCounts = SqliteChangeCounters::read(db);
    } catch (const StorageError &error) {
        qCDebug(lcStorage) << "The next poll counts this desk's own changes:" << error.message();
    }
}

bool ChangeFeed::poll()
{
    const QString counter = m_workspace.dialect().commitCounterQuery();
    if (counter.isEmpty())
        return false;
    qint64 version = -1;
    std::optional<SqliteChangeCounters::Counts> counts;
    try {
        version = Query::scalar(m_workspace.database(), counter).toLongLong();
        if (version != m_lastDataVersion)
            counts = SqliteChangeCounters::read(m_workspace.database());
    } catch (const StorageError &error) {
        // A busy or vanished file is retried on the next tick.
        qCWarning(lcStorage) << "Could not ask the workspace for other desks' changes:" << error.message();
        return false;
    }
    const bool foreignCommit = m_lastDataVersion >= 0 && version != m_lastDataVersion;
    m_lastDataVersion = version;
    if (!foreignCommit) {
        if (counts)
            m_lastCounts = counts;
        return false;
    }
    // Without counters (an older schema) every commit is a change of data.
    const bool dataChanged = !counts || !m_lastCounts || counts->data != m_lastCounts->data;
    const bool presenceMoved = counts && m_lastCounts && counts->presence != m_lastCounts->presence;
    m_lastCounts = counts;
    if (presenceMoved)
        emit presenceChanged();
    if (dataChanged)
        emit changed({});
    return dataChanged;
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
        emit changed({}); // whatever other desks did meanwhile
        return;
    }
    m_reconnectTimer.start(m_reconnectDelayMs);
    m_reconnectDelayMs = qMin(m_reconnectDelayMs * 2, 15000);
}

} // namespace tandem
