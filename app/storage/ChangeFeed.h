// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/SqliteChangeCounters.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include <optional>

namespace tandem {

class Workspace;

// Tells listeners that the workspace changed: at once for this process's own writes, and within a
// fraction of a second for commits by other processes and desks (SQLite: PRAGMA data_version on a
// timer; PostgreSQL: LISTEN/NOTIFY). For a team server it also watches the connection, reconnects
// with backoff when the server goes away, and says so.
//
// A team server's commits arrive as one NOTIFY per table and transaction, often several in one read of the
// socket; they are gathered and announced once, on the next turn of the event loop, with the tables they
// name, so that a listener re-reads once per burst and only when a table it shows changed.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // The NOTIFY channel; payloads name a table, never carry customer data.
    static constexpr auto notifyChannel = "tandem_changes";
    // The payload of presence changes, which listeners re-read alone.
    static constexpr auto presenceTable = "conversation_presence";
    // A statement that changed more rows than this names only its table ("conversations"); one that changed
    // fewer names them too ("conversations:12,40").
    static constexpr int maxNamedRows = 100;

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

    // True when a change of `tables` (as changed() names them) may concern a reader of any of `watched`: an
    // empty `tables` means the feed cannot tell (this desk's own commits, SQLite, a reconnect).
    [[nodiscard]] static bool concerns(const QStringList &tables, std::initializer_list<QLatin1StringView> watched);

    // While changed() is being emitted: for each table it names whose every change since the last
    // announcement named its rows, those rows' ids (the team server names them for the tables an inbox list
    // shows). A table missing here may have changed anywhere.
    [[nodiscard]] const QHash<QString, QSet<qint64>> &namedRows() const { return m_announcedRows; }

signals:
    // Data changed; `tables` names the tables other desks changed, or is empty when any may have changed.
    void changed(const QStringList &tables);
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
    void deliverNotifications();

    Workspace &m_workspace;
    QTimer m_timer;
    QTimer m_reconnectTimer;
    qint64 m_lastDataVersion = -1;
    std::optional<SqliteChangeCounters::Counts> m_lastCounts;
    bool m_connected = true;
    int m_reconnectDelayMs = 500;
    // Tables named by notifications not yet announced, and when they will be.
    QSet<QString> m_notifiedTables;
    QHash<QString, QSet<qint64>> m_notifiedRows;
    // Tables some notification named without its rows.
    QSet<QString> m_unnamedTables;
    QHash<QString, QSet<qint64>> m_announcedRows;
    bool m_presenceNotified = false;
    QTimer m_delivery;
};

} // namespace tandem
