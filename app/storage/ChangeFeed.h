// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/SqliteChangeCounters.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <QVariant>

#include <optional>

namespace tandem {

class Workspace;

// Tells listeners that the workspace changed: at once for this process's own writes, and within a
// fraction of a second for commits by other processes and desks (SQLite: PRAGMA data_version on a
// timer; PostgreSQL: LISTEN/NOTIFY). For a team server it also watches the connection, reconnects
// with backoff when the server goes away, and says so.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // The NOTIFY channel; payloads name a table, never carry customer data.
    static constexpr auto notifyChannel = "tandem_changes";
    // The payload of presence changes, which listeners re-read alone.
    static constexpr auto presenceTable = "conversation_presence";

    explicit ChangeFeed(Workspace &workspace);

    // Starts watching (off by default: command-line tools need no timer). SQLite polls every
    // `intervalMs`; a team server is pinged every eight intervals.
    void startWatching(int intervalMs = 250);
    void stopWatching();
    // Called by services after they commit.
    void notifyLocalChange();
    // Called by the presence service after it wrote.
    void notifyLocalPresenceChange();
    // Looks for foreign commits now; returns true and emits changed() if any changed data. One that only
    // changed who is present emits presenceChanged() instead, and a heartbeat nothing.
    bool poll();
    [[nodiscard]] bool isConnected() const { return m_connected; }

signals:
    void changed();
    // Who has which conversation open, or who types, changed (here or at another desk).
    void presenceChanged();
    // The team server went away (false) or is back (true).
    void connectionChanged(bool connected);

private:
    void onNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    void checkConnection();
    void tryReconnect();
    void subscribe();
    void takeOwnCounts();

    Workspace &m_workspace;
    QTimer m_timer;
    QTimer m_reconnectTimer;
    qint64 m_lastDataVersion = -1;
    std::optional<SqliteChangeCounters::Counts> m_lastCounts;
    bool m_connected = true;
    int m_reconnectDelayMs = 500;
};

} // namespace tandem
