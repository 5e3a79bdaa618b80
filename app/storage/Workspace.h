// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/PostgresAddress.h"
#include "storage/SqlDialect.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace tandem {

class ChangeFeed;

// One Tandem database: a SQLite file on this desk or a PostgreSQL team server.
// Owns one named Qt SQL connection per thread and removes them all when it goes away.
class Workspace : public QObject
{
    Q_OBJECT

public:
    struct OpenOptions
    {
        bool createIfMissing = true;
        // Stop migrating at this schema version (tests build old workspaces with it).
        std::optional<int> migrateUpTo;
        // For a team workspace whose URL carries none; held in memory only, never written anywhere.
        QString password;
        // Only read: nothing is created, migrated or written, and every write is refused. A SQLite file is
        // opened so even when this is false, if the file or its folder cannot be written.
        bool readOnly = false;
    };

    ~Workspace() override;

    // Opens (or creates) the workspace named by `spec`: a file path, or a postgresql:// URL.
    // Throws StorageError with a sentence for a person; a refused file is never written.
    static std::unique_ptr<Workspace> open(const QString &spec, const OpenOptions &options);
    static std::unique_ptr<Workspace> open(const QString &spec) { return open(spec, OpenOptions {}); }

    // The schema version this program writes.
    static int latestSchemaVersion();

    [[nodiscard]] QString spec() const { return m_spec; }
    [[nodiscard]] const SqlDialect &dialect() const { return m_dialect; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    // Opened only to read (asked for, or the file could not be written): every write is refused.
    [[nodiscard]] bool isReadOnly() const { return m_access != SqlDialect::Access::ReadWrite; }
    // This thread's connection (made on first use).
    [[nodiscard]] QSqlDatabase database() const;
    // The connection the change feed listens on: a session connection of its own when the address names one
    // (listen=, because the address is a transaction pool, where LISTEN is lost), database() otherwise.
    // The thread that watches for changes (the main one) only.
    [[nodiscard]] QSqlDatabase changeFeedDatabase() const;
    // This thread's connection for reports (the lead's dashboards): to the replica the address names
    // (replica=), opened read-only, or database() when it names none or the replica cannot be reached.
    [[nodiscard]] QSqlDatabase reportingDatabase() const;
    // The address reports read from, when it is not this one.
    [[nodiscard]] std::optional<PostgresAddress::Endpoint> replica() const;
    // Workspace metadata (tandem_meta); empty when unset.
    [[nodiscard]] QString metaValue(const QString &key) const;
    void setMetaValue(const QString &key, const QString &value);

    ChangeFeed &changes() { return *m_changes; }

    // A sentence for a person when opening found the workspace's search indexing incomplete (a bulk load
    // of an older version was interrupted) and repaired it, or could not; empty otherwise.
    [[nodiscard]] QString repairNote() const { return m_repairNote; }

    // Closes and forgets the calling thread's connection: a worker thread calls it before it ends, since a
    // later thread may get the same id, and a Qt SQL connection belongs to the thread that made it.
    void closeThreadConnection();
    // A cheap round trip to the database: false when the server went away.
    [[nodiscard]] bool ping() const;
    // Drops and reopens this thread's connection (after the server came back); false if still unreachable.
    bool reconnect();

private:
    Workspace(QString spec, Backend backend);
    void openSqlite(const OpenOptions &options);
    void openPostgres(const PostgresAddress &address, const OpenOptions &options);
    // An older schema would need migrating, which a read-only workspace cannot do.
    void refuseOlderSchemaReadOnly(const QString &where, const OpenOptions &options) const;
    void configureConnection(QSqlDatabase &db) const;
    // A connection of this thread from `connections`, made on first use to `server`.
    QSqlDatabase threadConnection(
        QHash<Qt::HANDLE, QString> &connections, const PostgresAddress *server, SqlDialect::Access access) const;
    void removeConnection(const QString &name) const;
    void refuseMigrationByNonOwner(const QSqlDatabase &db, const QString &untouched) const;
    void migrate(const OpenOptions &options);
    void ensureSearchIndexWhole();

    QString m_spec;
    SqlDialect m_dialect;
    std::optional<PostgresAddress> m_postgres;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    SqlDialect::Access m_access = SqlDialect::Access::ReadWrite;
    bool m_upgraded = false; // this open migrated a workspace that held an older schema
    QString m_repairNote;
    mutable QMutex m_connectionsLock;
    mutable QHash<Qt::HANDLE, QString> m_connections;
    mutable int m_connectionsMade = 0; // names stay unique when threads close theirs
    mutable QHash<Qt::HANDLE, QString> m_listenConnections;
    mutable QHash<Qt::HANDLE, QString> m_replicaConnections;
    mutable std::atomic<bool> m_replicaUnreachable = false; // reports read from the primary from then on
    std::unique_ptr<ChangeFeed> m_changes;
};

} // namespace tandem
