// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/TeamServerCheck.h"

#include "domain/StorageError.h"
#include "storage/Migrations.h"
#include "storage/QtSqlPath.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"
#include "storage/StorageLog.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

using Verdict = ServerFinding::Verdict;

// A connection of the doctor's own, gone with the object.
class Connection
{
public:
    explicit Connection(const PostgresAddress &address)
    {
        static QAtomicInteger<quint64> counter;
        m_name = u"tandem-doctor-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = SqlDialect(Backend::Postgres).addConnection(m_name);
        SqlDialect(Backend::Postgres).open(db, QString(), &address, SqlDialect::Access::ReadWrite);
        // Whatever the address is, its statements are sent whole: it may be a pool the address does not say.
        qtsql::markPooled(db, true);
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QString serverText(const PostgresAddress &address)
{
    return address.host + u':' + QString::number(address.port);
}

class Examination
{
public:
    Examination(const PostgresAddress &address, int notifyWaitMs) : m_address(address), m_notifyWaitMs(notifyWaitMs) { }

    QList<ServerFinding> run()
    {
        const Connection main(m_address);
        if (!main.db().isOpen()) {
            cannotConnect(u"connection"_s, m_address, main.db());
            return m_findings;
        }
        try {
            const QSqlDatabase db = main.db();
            if (!version(db))
                return m_findings;
            encoding(db);
            extensions(db);
            superuser(db);
            writable(db);
            workspace(db);
            changeFeed(db);
            replica(db);
        } catch (const StorageError &error) {
            add(Verdict::Failed, u"connection"_s,
                TeamServerCheck::tr("The server refused a question the check asked: %1").arg(error.message()));
        }
        return m_findings;
    }

private:
    void add(Verdict verdict, const QString &check, const QString &sentence)
    {
        m_findings.append({ verdict, check, sentence });
    }

    void cannotConnect(const QString &check, const PostgresAddress &address, const QSqlDatabase &db)
    {
        const QString reason = db.lastError().databaseText().trimmed();
        qCWarning(lcStorage).noquote() << "doctor: cannot connect to" << address.displayUrl() << ":" << reason;
        if (reason.contains(u"password"_s) && address.password.isEmpty()) {
            add(Verdict::Failed, check,
                TeamServerCheck::tr("The server %1 asks for a password: give it in the address or in your "
                                    "~/.pgpass file (PGPASSFILE).")
                    .arg(serverText(address)));
            return;
        }
        add(Verdict::Failed, check,
            TeamServerCheck::tr("Cannot connect to %1 as %2 (the server said: %3). Check that the server runs, "
                                "that the address is right and that pg_hba.conf lets this computer in.")
                .arg(serverText(address), address.user.isEmpty() ? TeamServerCheck::tr("your login") : address.user,
                    reason));
    }

    bool version(const QSqlDatabase &db)
    {
        const int number = Query::scalar(db, u"SELECT current_setting('server_version_num')::int"_s).toInt();
        const QString text = Query::scalar(db, u"SELECT current_setting('server_version')"_s).toString();
        if (number < TeamServerCheck::oldestVersion) {
            add(Verdict::Failed, u"version"_s,
                TeamServerCheck::tr("The server runs PostgreSQL %1; Tandem needs PostgreSQL 15 or newer. Upgrade "
                                    "the server (pg_upgrade), then run the check again.")
                    .arg(text));
            return false;
        }
        add(Verdict::Passed, u"version"_s, TeamServerCheck::tr("PostgreSQL %1 (Tandem needs 15 or newer).").arg(text));
        return true;
    }

    void encoding(const QSqlDatabase &db)
    {
        Query query(db,
            u"SELECT current_database(), pg_encoding_to_char(encoding) FROM pg_database"
            " WHERE datname = current_database()"_s);
        if (!query.next())
            return;
        const QString database = query.value(0).toString();
        const QString encoding = query.value(1).toString();
        if (encoding == u"UTF8"_s) {
            add(Verdict::Passed, u"encoding"_s, TeamServerCheck::tr("The database %1 is UTF8.").arg(database));
            return;
        }
        add(Verdict::Failed, u"encoding"_s,
            TeamServerCheck::tr("The database %1 is encoded as %2, but Tandem keeps names and mail in every "
                                "language and needs UTF8. Make a UTF8 database (CREATE DATABASE name ENCODING "
                                "'UTF8' TEMPLATE template0) and copy the workspace into it with tandemctl copy.")
                .arg(database, encoding));
    }

    void extensions(const QSqlDatabase &db)
    {
        const bool plpgsql
            = Query::scalar(db, u"SELECT COUNT(*) FROM pg_extension WHERE extname = 'plpgsql'"_s).toInt() > 0;
        const bool simple
            = Query::scalar(db, u"SELECT COUNT(*) FROM pg_ts_config WHERE cfgname = 'simple'"_s).toInt() > 0;
        if (!plpgsql) {
            add(Verdict::Failed, u"extensions"_s,
                TeamServerCheck::tr("The extension plpgsql, in which the workspace's triggers are written, is "
                                    "missing from this database: a superuser runs CREATE EXTENSION plpgsql; in it."));
        }
        if (!simple) {
            add(Verdict::Failed, u"extensions"_s,
                TeamServerCheck::tr("The text search configuration \"simple\", which search uses, is missing: "
                                    "this database was made from a damaged template. Make the database again."));
        }
        if (plpgsql && simple) {
            add(Verdict::Passed, u"extensions"_s,
                TeamServerCheck::tr("plpgsql and the text search configuration \"simple\" are there; Tandem needs "
                                    "no other extension."));
        }
    }

    void writable(const QSqlDatabase &db)
    {
        if (Query::scalar(db, u"SELECT pg_is_in_recovery()"_s).toBool()) {
            add(Verdict::Failed, u"writable"_s,
                TeamServerCheck::tr("%1 is a standby (a replica) and cannot be written. Name the primary in the "
                                    "address; a replica goes in ?replica=HOST:PORT.")
                    .arg(serverText(m_address)));
            return;
        }
        if (Query::scalar(db, u"SELECT current_setting('default_transaction_read_only')"_s).toString() == u"on"_s) {
            add(Verdict::Failed, u"writable"_s,
                TeamServerCheck::tr("Every transaction of %1 starts read-only (default_transaction_read_only is on "
                                    "for this login or database), so no desk could write. Switch it off: ALTER "
                                    "ROLE name SET default_transaction_read_only = off.")
                    .arg(m_login));
            return;
        }
        add(Verdict::Passed, u"writable"_s, TeamServerCheck::tr("The server takes writes (it is a primary)."));
    }

    void superuser(const QSqlDatabase &db)
    {
        Query query(db, u"SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user"_s);
        if (!query.next())
            return;
        m_login = query.value(0).toString();
        if (query.value(1).toBool()) {
            add(Verdict::Warning, u"superuser"_s,
                TeamServerCheck::tr("The login %1 is a superuser: it could change or delete audit entries and switch "
                                    "off the triggers that guard them. Let the desks log in as a role without "
                                    "superuser rights (tandemctl audit roles prints the SQL for it).")
                    .arg(m_login));
            return;
        }
        add(Verdict::Passed, u"superuser"_s, TeamServerCheck::tr("The login %1 has no superuser rights.").arg(m_login));
    }

    void workspace(const QSqlDatabase &db)
    {
        Query owner(db,
            u"SELECT pg_get_userbyid(c.relowner), pg_has_role(current_user, c.relowner, 'MEMBER'), current_schema()"
            " FROM pg_class c WHERE c.oid = to_regclass('tandem_meta')"_s);
        if (!owner.next()) {
            const QString schema = Query::scalar(db, u"SELECT current_schema()"_s).toString();
            const bool mayCreate = !schema.isEmpty()
                && Query::scalar(db, u"SELECT has_schema_privilege(current_schema(), 'CREATE')"_s).toBool();
            if (!mayCreate) {
                add(Verdict::Failed, u"schema"_s,
                    TeamServerCheck::tr("There is no Tandem workspace here yet, and the login %1 may not create "
                                        "tables in the schema %2 to make one. Give the role that is to own the "
                                        "tables CREATE on it (tandemctl audit roles prints the SQL) and open the "
                                        "workspace once as that role.")
                        .arg(m_login,
                            schema.isEmpty() ? TeamServerCheck::tr("(none: the search_path is empty)") : schema));
                return;
            }
            add(Verdict::Warning, u"schema"_s,
                TeamServerCheck::tr("There is no Tandem workspace here yet: open it once (or tandemctl copy into it) "
                                    "as the role that is to own the tables, then let the desks log in as a role "
                                    "that does not (tandemctl audit roles)."));
            return;
        }
        const QString ownerRole = owner.value(0).toString();
        const bool owns = owner.value(1).toBool();
        const int version = Query::scalar(db, u"SELECT value FROM tandem_meta WHERE key = 'schema_version'"_s).toInt();
        const int latest = allMigrations().constLast().version;
        if (version > latest) {
            add(Verdict::Failed, u"schema"_s,
                TeamServerCheck::tr("The workspace was written by a newer version of Tandem (workspace version %1; "
                                    "this program knows up to %2). Update Tandem on this computer.")
                    .arg(version)
                    .arg(latest));
        } else if (version < latest) {
            add(Verdict::Warning, u"schema"_s,
                TeamServerCheck::tr("The workspace is at version %1 and this Tandem needs %2: open it once as %3, "
                                    "which owns its tables, to update it before the desks do.")
                    .arg(version)
                    .arg(latest)
                    .arg(ownerRole));
        } else {
            add(Verdict::Passed, u"schema"_s,
                TeamServerCheck::tr("The workspace is at version %1, as this Tandem writes it.").arg(version));
        }
        if (owns) {
            add(Verdict::Warning, u"roles"_s,
                TeamServerCheck::tr("The login %1 owns the workspace's tables (they belong to %2), so it could "
                                    "change or delete audit entries. Set up two roles: one owns the tables and "
                                    "updates them, the desks log in as the other (tandemctl audit roles prints "
                                    "the SQL).")
                    .arg(m_login, ownerRole));
            return;
        }
        Query rights(db,
            u"SELECT has_table_privilege('customers', 'SELECT, INSERT, UPDATE'),"
            " has_table_privilege('audit_log', 'INSERT'),"
            " has_table_privilege('audit_log', 'UPDATE') OR has_table_privilege('audit_log', 'DELETE')"
            " OR has_table_privilege('audit_log', 'TRUNCATE')"_s);
        if (!rights.next() || !rights.value(0).toBool() || !rights.value(1).toBool()) {
            add(Verdict::Failed, u"roles"_s,
                TeamServerCheck::tr("The login %1 may not read and write the workspace's records: give it the "
                                    "rights tandemctl audit roles prints (the GRANT statements), as %2.")
                    .arg(m_login, ownerRole));
        } else if (rights.value(2).toBool()) {
            add(Verdict::Warning, u"roles"_s,
                TeamServerCheck::tr("The login %1 may change or delete audit entries: as %2, run REVOKE UPDATE, "
                                    "DELETE, TRUNCATE ON audit_log FROM %1.")
                    .arg(m_login, ownerRole));
        } else {
            add(Verdict::Passed, u"roles"_s,
                TeamServerCheck::tr("Two roles: %1 owns the tables; the login %2 reads and writes records but "
                                    "cannot change the audit trail.")
                    .arg(ownerRole, m_login));
        }
    }

    // A notification of its own, sent here and awaited where the change feed listens.
    void changeFeed(const QSqlDatabase &db)
    {
        const PostgresAddress listenAddress = m_address.listenAt ? m_address.at(*m_address.listenAt) : m_address;
        const Connection listen(listenAddress);
        if (!listen.db().isOpen()) {
            cannotConnect(u"change_feed"_s, listenAddress, listen.db());
            return;
        }
        const QString channel = u"tandem_doctor_"_s + QUuid::createUuid().toString(QUuid::Id128);
        QSqlDriver *driver = listen.db().driver();
        bool heard = false;
        QObject::connect(driver, &QSqlDriver::notification, driver,
            [&heard, channel](const QString &name) { heard = heard || name == channel; });
        if (!driver->subscribeToNotification(channel)) {
            add(Verdict::Failed, u"change_feed"_s,
                TeamServerCheck::tr("The change feed cannot LISTEN on %1: %2")
                    .arg(serverText(listenAddress), driver->lastError().text().trimmed()));
            return;
        }
        Query::run(db, u"SELECT pg_notify(?, 'doctor')"_s, { channel });
        QDeadlineTimer deadline(m_notifyWaitMs);
        while (!heard && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            // Behind a pool the answer may also come with the next statement's.
            if (!heard)
                QThread::msleep(10);
        }
        driver->unsubscribeFromNotification(channel);
        const QString where = serverText(listenAddress);
        if (heard) {
            add(Verdict::Passed, u"change_feed"_s,
                TeamServerCheck::tr("LISTEN/NOTIFY works on %1, where the change feed listens: other desks' changes "
                                    "reach each desk at once.")
                    .arg(where));
            return;
        }
        add(Verdict::Failed, u"change_feed"_s,
            TeamServerCheck::tr("The change feed heard nothing on %1 within %2 s, so desks would not see each other's "
                                "changes. LISTEN needs a session connection, and a transaction pool (PgBouncer's "
                                "pool_mode = transaction) loses it: let the change feed connect to PostgreSQL itself "
                                "or a session-pooled port by adding ?listen=HOST:PORT to the address.")
                .arg(where)
                .arg(m_notifyWaitMs / 1000.0, 0, 'f', 1));
    }

    void replica(const QSqlDatabase &primary)
    {
        if (!m_address.replicaAt)
            return;
        const PostgresAddress replicaAddress = m_address.at(*m_address.replicaAt);
        const Connection replica(replicaAddress);
        const QString where = serverText(replicaAddress);
        if (!replica.db().isOpen()) {
            cannotConnect(u"replica"_s, replicaAddress, replica.db());
            return;
        }
        const QSqlDatabase db = replica.db();
        if (!Query::scalar(db, u"SELECT pg_is_in_recovery()"_s).toBool()) {
            add(Verdict::Warning, u"replica"_s,
                TeamServerCheck::tr("%1 is not a standby of this server but a primary of its own: reports would "
                                    "read data the desks do not write. Name a streaming replica (pg_basebackup -R) "
                                    "in ?replica=HOST:PORT.")
                    .arg(where));
            return;
        }
        const QString primaryLsn = Query::scalar(primary, u"SELECT pg_current_wal_lsn()::text"_s).toString();
        const qint64 behind = Query::scalar(db,
            u"SELECT COALESCE(pg_wal_lsn_diff(CAST(? AS pg_lsn), pg_last_wal_replay_lsn()), 0)::bigint"_s,
            { primaryLsn })
                                  .toLongLong();
        add(Verdict::Passed, u"replica"_s,
            TeamServerCheck::tr("%1 is a streaming replica, %2 kB behind the primary: the lead's reports read "
                                "from it.")
                .arg(where)
                .arg(qMax<qint64>(behind, 0) / 1024));
    }

    PostgresAddress m_address;
    int m_notifyWaitMs;
    QString m_login;
    QList<ServerFinding> m_findings;
};

} // namespace

QList<ServerFinding> TeamServerCheck::examine(const PostgresAddress &address, int notifyWaitMs)
{
    return Examination(address, notifyWaitMs).run();
}

} // namespace tandem
