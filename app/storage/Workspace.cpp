// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Workspace.h"

#include "domain/StorageError.h"
#include "storage/ChangeFeed.h"
#include "storage/DatabaseError.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/SearchIndexing.h"
#include "storage/SqliteApi.h"
#include "storage/SqliteChangeCounters.h"
#include "storage/StorageLog.h"
#include "storage/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto applicationMarker = u"tandem-workspace"_s;

QString nextConnectionPrefix()
{
    static QAtomicInteger<quint64> counter;
    return u"tandem-workspace-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Facts about what a database already holds, read before anything is written to it.
struct SchemaFacts
{
    bool empty = true;
    bool isTandem = false;
    int schemaVersion = 0;
};

SchemaFacts readSchemaFacts(const QSqlDatabase &db, const SqlDialect &dialect)
{
    SchemaFacts facts;
    facts.empty = Query::scalar(db, dialect.countTablesQuery()).toInt() == 0;
    if (facts.empty)
        return facts;
    const bool hasMeta = Query::scalar(db, dialect.tableExistsQuery(), { u"tandem_meta"_s }).toInt() > 0;
    if (!hasMeta)
        return facts;
    facts.isTandem = Query::scalar(db, u"SELECT value FROM tandem_meta WHERE key = 'application'"_s).toString()
        == applicationMarker;
    if (facts.isTandem)
        facts.schemaVersion
            = Query::scalar(db, u"SELECT value FROM tandem_meta WHERE key = 'schema_version'"_s).toInt();
    return facts;
}

void refuseForeignOrNewer(const SchemaFacts &facts, const QString &where, const QString &untouched)
{
    if (!facts.empty && !facts.isTandem)
        throw StorageError(
            Workspace::tr("%1 holds other data and is not a Tandem workspace. %2").arg(where, untouched));
    if (facts.schemaVersion > Workspace::latestSchemaVersion()) {
        throw StorageError(Workspace::tr("%1 was written by a newer version of Tandem (workspace version %2; this "
                                         "program knows up to %3). Update Tandem to open it. %4")
                .arg(where)
                .arg(facts.schemaVersion)
                .arg(Workspace::latestSchemaVersion())
                .arg(untouched));
    }
}

QString untouchedFile()
{
    return Workspace::tr("The file was left untouched.");
}

// A short-lived read-only look at an existing file, so a foreign or newer file is refused unwritten.
SchemaFacts inspectExistingSqliteFile(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(Workspace::tr("Cannot read %1: %2").arg(where, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return {};
    if (header != QByteArrayView("SQLite format 3\0", 16)) {
        throw StorageError(Workspace::tr("%1 is not a Tandem workspace (it is not an SQLite database). %2")
                .arg(where, untouchedFile()));
    }
    const QString name = nextConnectionPrefix() + u"-inspect"_s;
    SchemaFacts facts;
    QString problem;
    {
        const SqlDialect sqlite(Backend::Sqlite);
        QSqlDatabase db = sqlite.addConnection(name);
        if (!SqlDialect::openSqliteFileReadOnly(db, path)) {
            qCWarning(lcStorage).noquote() << "Cannot open" << path << "to look at it:" << db.lastError().text();
            problem = Workspace::tr("Cannot open %1: %2")
                          .arg(where, dberror::sentence(dberror::fromQtSql(db.lastError()), path));
        } else {
            try {
                facts = readSchemaFacts(db, sqlite);
            } catch (const StorageError &error) {
                problem = Workspace::tr("%1 cannot be read as a Tandem workspace: %2 %3")
                              .arg(where, error.message(), untouchedFile());
            }
            sqliteapi::dropStatements(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw StorageError(problem);
    refuseForeignOrNewer(facts, where, untouchedFile());
    return facts;
}

} // namespace

Workspace::Workspace(QString spec, Backend backend)
    : m_spec(std::move(spec)),
      m_dialect(backend),
      m_connectionPrefix(nextConnectionPrefix()),
      m_changes(std::make_unique<ChangeFeed>(*this))
{
#ifdef __GLIBC__
    // SQLite allocates and frees a scratch b-tree for many statements (ORDER BY, RETURNING); glibc gave the
    // heap's top back to the kernel after each such free over 128 KiB, and on a virtual machine each give-back
    // stops every core to flush its TLB: 40% of a mail import's time went there. The heap keeps up to 32 MiB
    // at its top instead.
    static const bool heapTopKept = mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024) == 1;
    Q_UNUSED(heapTopKept);
#endif
}

Workspace::~Workspace()
{
    m_changes.reset();
    const QMutexLocker lock(&m_connectionsLock);
    for (const auto *connections : { &m_connections, &m_listenConnections, &m_replicaConnections }) {
        for (const QString &name : *connections)
            removeConnection(name);
    }
}

void Workspace::removeConnection(const QString &name) const
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        sqliteapi::dropStatements(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Workspace::latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

std::unique_ptr<Workspace> Workspace::open(const QString &spec, const OpenOptions &options)
{
    if (spec.trimmed().isEmpty())
        throw StorageError(Workspace::tr("No workspace was named."));
    if (PostgresAddress::isPostgresUrl(spec)) {
        QString problem;
        std::optional<PostgresAddress> address = PostgresAddress::parse(spec, &problem);
        if (!address)
            throw StorageError(problem);
        if (address->password.isEmpty())
            address->password = options.password;
        std::unique_ptr<Workspace> workspace(new Workspace(address->displayUrl(), Backend::Postgres));
        workspace->openPostgres(*address, options);
        return workspace;
    }
    std::unique_ptr<Workspace> workspace(new Workspace(spec, Backend::Sqlite));
    workspace->openSqlite(options);
    return workspace;
}

void Workspace::openSqlite(const OpenOptions &options)
{
    const QFileInfo info(m_spec);
    const QString where = QDir::toNativeSeparators(m_spec);
    const bool mayCreate = options.createIfMissing && !options.readOnly;
    if (info.exists()) {
        if (info.isDir())
            throw StorageError(Workspace::tr("%1 is a folder, not a workspace file.").arg(where));
        const SchemaFacts facts = inspectExistingSqliteFile(m_spec);
        if (facts.empty && !mayCreate) {
            throw StorageError(
                Workspace::tr("%1 holds no Tandem workspace (it is empty). %2").arg(where, untouchedFile()));
        }
        m_schemaVersion = facts.schemaVersion;
        // A read-only connection cannot tidy away the -wal and -shm files SQLite makes, and a folder that
        // cannot be written has no room for them: such files are opened without them.
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        if (!writable)
            m_access = SqlDialect::Access::ReadOnlyFile;
        else if (options.readOnly)
            m_access = SqlDialect::Access::ReadOnly;
        if (isReadOnly())
            refuseOlderSchemaReadOnly(where, options);
    } else if (!mayCreate) {
        throw StorageError(Workspace::tr("There is no workspace at %1.").arg(where));
    } else if (!QDir().mkpath(info.absolutePath())) {
        throw StorageError(
            Workspace::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const QSqlDatabase db = database();
    if (!db.isOpen()) {
        const QSqlError error = db.lastError();
        throw StorageError(
            Workspace::tr("Cannot open %1: %2").arg(where, dberror::sentence(dberror::fromQtSql(error), m_spec)));
    }
    migrate(options);
    if (!isReadOnly())
        SqliteChangeCounters::install(db); // the tables the migration made
    ensureSearchIndexWhole();
}

void Workspace::refuseOlderSchemaReadOnly(const QString &where, const OpenOptions &options) const
{
    if (m_schemaVersion >= options.migrateUpTo.value_or(latestSchemaVersion()))
        return;
    throw StorageError(Workspace::tr("%1 was written by an older version of Tandem and must be updated before this "
                                     "version can read it, which cannot be done while it is open read-only. Open it "
                                     "once where it can be written. %2")
            .arg(where, untouchedFile()));
}

void Workspace::openPostgres(const PostgresAddress &address, const OpenOptions &options)
{
    m_postgres = address;
    if (options.readOnly)
        m_access = SqlDialect::Access::ReadOnly;
    const QSqlDatabase db = database();
    if (!db.isOpen()) {
        const QSqlError error = db.lastError();
        const QString reason = error.text().trimmed();
        if (reason.contains(u"password"_s) && address.password.isEmpty())
            throw CredentialsRequired(Workspace::tr("The server %1 asks for a password.").arg(m_spec));
        qCWarning(lcStorage).noquote() << "Cannot reach" << m_spec << ":" << reason;
        throw StorageError(Workspace::tr("Cannot reach the team workspace %1. Check that the server runs, that the "
                                         "address is right and that this computer may connect to it.")
                .arg(m_spec));
    }
    const QString untouched = Workspace::tr("Nothing was written to it.");
    const SchemaFacts facts = readSchemaFacts(db, m_dialect);
    refuseForeignOrNewer(facts, m_spec, untouched);
    if (facts.empty && (!options.createIfMissing || options.readOnly))
        throw StorageError(Workspace::tr("The database %1 holds no Tandem workspace yet.").arg(m_spec));
    m_schemaVersion = facts.schemaVersion;
    if (isReadOnly())
        refuseOlderSchemaReadOnly(m_spec, options);
    else if (!facts.empty && m_schemaVersion < options.migrateUpTo.value_or(latestSchemaVersion()))
        refuseMigrationByNonOwner(db, untouched);
    migrate(options);
    ensureSearchIndexWhole();
}

// On a server whose desks log in as a role that does not own the tables (README, "The audit trail"), only
// the owner can migrate; the desks' role says so instead of failing halfway with the server's words.
void Workspace::refuseMigrationByNonOwner(const QSqlDatabase &db, const QString &untouched) const
{
    Query owner(db,
        u"SELECT pg_has_role(current_user, c.relowner, 'MEMBER'), current_user, pg_get_userbyid(c.relowner)"
        " FROM pg_class c WHERE c.oid = to_regclass('tandem_meta')"_s);
    if (!owner.next() || owner.value(0).toBool())
        return;
    throw StorageError(Workspace::tr("%1 was made by an older version of Tandem (workspace version %2; this program "
                                     "needs %3), and the login %4 does not own its tables, so it cannot update "
                                     "them. Open it once as %5, which owns them, then again as %4. %6")
            .arg(m_spec)
            .arg(m_schemaVersion)
            .arg(latestSchemaVersion())
            .arg(owner.value(1).toString(), owner.value(2).toString(), untouched));
}

void Workspace::configureConnection(QSqlDatabase &db) const
{
    m_dialect.open(db, m_spec, m_postgres ? &*m_postgres : nullptr, m_access);
    if (db.isOpen() && !m_postgres && !isReadOnly())
        SqliteChangeCounters::install(db);
}

bool Workspace::ping() const
{
    const auto answers = [](const QSqlDatabase &db) {
        try {
            return Query::scalar(db, u"SELECT 1"_s).toInt() == 1;
        } catch (const StorageError &error) {
            qCDebug(lcStorage) << "The database did not answer:" << error.message();
            return false;
        }
    };
    if (!answers(database()))
        return false;
    bool listensApart = false;
    {
        const QMutexLocker lock(&m_connectionsLock);
        listensApart = m_listenConnections.contains(QThread::currentThreadId());
    }
    return !listensApart || answers(changeFeedDatabase());
}

bool Workspace::reconnect()
{
    QSqlDatabase db = database();
    sqliteapi::dropStatements(db);
    db.close();
    configureConnection(db);
    QString listenName;
    {
        const QMutexLocker lock(&m_connectionsLock);
        listenName = m_listenConnections.value(QThread::currentThreadId());
    }
    if (!listenName.isEmpty() && m_postgres && m_postgres->listenAt) {
        QSqlDatabase listen = QSqlDatabase::database(listenName, false);
        listen.close();
        const PostgresAddress server = m_postgres->at(*m_postgres->listenAt);
        m_dialect.open(listen, m_spec, &server, m_access);
    }
    return db.isOpen() && ping();
}

void Workspace::closeThreadConnection()
{
    QStringList names;
    {
        const QMutexLocker lock(&m_connectionsLock);
        for (auto *connections : { &m_connections, &m_listenConnections, &m_replicaConnections })
            names.append(connections->take(QThread::currentThreadId()));
    }
    for (const QString &name : std::as_const(names)) {
        if (!name.isEmpty())
            removeConnection(name);
    }
}

QSqlDatabase Workspace::database() const
{
    return threadConnection(m_connections, m_postgres ? &*m_postgres : nullptr, m_access);
}

QSqlDatabase Workspace::threadConnection(
    QHash<Qt::HANDLE, QString> &connections, const PostgresAddress *server, SqlDialect::Access access) const
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    const QMutexLocker lock(&m_connectionsLock);
    const auto existing = connections.constFind(thread);
    if (existing != connections.constEnd())
        return QSqlDatabase::database(*existing, false);
    const QString name = m_connectionPrefix + u"-"_s + QString::number(m_connectionsMade++);
    QSqlDatabase db = m_dialect.addConnection(name);
    connections.insert(thread, name);
    if (&connections == &m_connections)
        configureConnection(db);
    else
        m_dialect.open(db, m_spec, server, access);
    return db;
}

QSqlDatabase Workspace::changeFeedDatabase() const
{
    if (!m_postgres || !m_postgres->listenAt)
        return database();
    const PostgresAddress server = m_postgres->at(*m_postgres->listenAt);
    return threadConnection(m_listenConnections, &server, m_access);
}

std::optional<PostgresAddress::Endpoint> Workspace::replica() const
{
    return m_postgres ? m_postgres->replicaAt : std::nullopt;
}

QSqlDatabase Workspace::reportingDatabase() const
{
    if (!m_postgres || !m_postgres->replicaAt || m_replicaUnreachable.load(std::memory_order_relaxed))
        return database();
    const PostgresAddress server = m_postgres->at(*m_postgres->replicaAt);
    QSqlDatabase db = threadConnection(m_replicaConnections, &server, SqlDialect::Access::ReadOnly);
    if (db.isOpen())
        return db;
    // Reports are better late from the primary than not at all; the log says why they are not from the replica.
    qCWarning(lcStorage).noquote() << "Cannot reach the replica" << server.displayUrl()
                                   << "; reports read from the primary:" << db.lastError().text().trimmed();
    m_replicaUnreachable.store(true, std::memory_order_relaxed);
    return database();
}

void Workspace::migrate(const OpenOptions &options)
{
    const int target = options.migrateUpTo.value_or(latestSchemaVersion());
    if (m_schemaVersion >= target)
        return;
    QSqlDatabase db = database();
    Transaction transaction(db);
    applyMigrations(db, m_dialect, m_schemaVersion, target);
    const QString upsert = u"INSERT INTO tandem_meta (key, value) VALUES (?, ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
    Query::run(db, upsert, { u"application"_s, applicationMarker });
    Query::run(db, upsert, { u"schema_version"_s, QString::number(target) });
    transaction.commit();
    m_upgraded = m_schemaVersion > 0;
    m_schemaVersion = target;
}

void Workspace::ensureSearchIndexWhole()
{
    // Repairs bring a workspace to this program's schema; one kept at an older version (tests) is left be.
    if (m_schemaVersion != latestSchemaVersion())
        return;
    QSqlDatabase db = database();
    if (SearchIndexing::isWhole(db, m_dialect)
        && (!m_upgraded || SearchIndexing::missingIndexes(db, m_dialect).isEmpty()))
        return;
    qCWarning(lcStorage) << "The search indexing of" << m_spec
                         << "is incomplete (an interrupted bulk load left it so); rebuilding it";
    QElapsedTimer timer;
    timer.start();
    try {
        Transaction transaction(db);
        // Another program may have repaired it since the look above.
        if (!SearchIndexing::isWhole(db, m_dialect) || !SearchIndexing::missingIndexes(db, m_dialect).isEmpty()) {
            const QStringList indexes = SearchIndexing::rebuild(db, m_dialect);
            transaction.commit();
            qCInfo(lcStorage) << "Rebuilt the search index, its triggers and the indexes" << indexes << "in"
                              << timer.elapsed() << "ms";
        }
        m_repairNote = Workspace::tr("This workspace's search index was incomplete, because an earlier bulk load was "
                                     "interrupted. It has been rebuilt: search finds everything again.");
    } catch (const StorageError &error) {
        qCWarning(lcStorage) << "Could not rebuild the search index:" << error.message();
        m_repairNote = Workspace::tr("This workspace's search index is incomplete, because an earlier bulk load was "
                                     "interrupted, and it could not be rebuilt now: search may miss records. Open "
                                     "the workspace again with permission to change it to repair it.");
    }
}

QString Workspace::metaValue(const QString &key) const
{
    return Query::scalar(database(), u"SELECT value FROM tandem_meta WHERE key = ?"_s, { key }).toString();
}

void Workspace::setMetaValue(const QString &key, const QString &value)
{
    Query::run(database(),
        u"INSERT INTO tandem_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        { key, value });
}

} // namespace tandem
