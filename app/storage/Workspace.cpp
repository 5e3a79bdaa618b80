#include "storage/Workspace.h"

#include "storage/ChangeFeed.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto applicationMarker = u"tandem-workspace"_s;

QString nextConnectionPrefix()
{
    static QAtomicInteger<quint64> counter;
    return u"tandem-workspace-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

bool isPostgresSpec(const QString &spec)
{
    return spec.startsWith(u"postgresql://"_s) || spec.startsWith(u"postgres://"_s);
}

// A short-lived read-only look at an existing file, so a foreign or newer file is refused unwritten.
struct ExistingFileFacts
{
    bool empty = true;
    int schemaVersion = 0;
};

ExistingFileFacts inspectExistingSqliteFile(const QString &path)
{
    ExistingFileFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(Workspace::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return facts;
    if (header != QByteArrayView("SQLite format 3\0", 16)) {
        throw StorageError(Workspace::tr("%1 is not a Tandem workspace (it is not an SQLite database). The file was left untouched.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    const QString name = nextConnectionPrefix() + u"-inspect"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        QString problem;
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            try {
                const int tables = sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s).toInt();
                facts.empty = tables == 0;
                if (!facts.empty) {
                    const bool hasMeta =
                        sql::scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'tandem_meta'"_s)
                            .toInt() > 0;
                    const QString marker =
                        hasMeta ? sql::scalar(db, u"SELECT value FROM tandem_meta WHERE key = 'application'"_s).toString()
                                : QString();
                    if (marker != applicationMarker) {
                        problem = Workspace::tr("%1 is an SQLite database, but not a Tandem workspace. The file was left untouched.")
                                      .arg(QDir::toNativeSeparators(path));
                    } else {
                        facts.schemaVersion =
                            sql::scalar(db, u"SELECT value FROM tandem_meta WHERE key = 'schema_version'"_s).toInt();
                    }
                }
            } catch (const StorageError &error) {
                problem = Workspace::tr("%1 cannot be read as a Tandem workspace (%2). The file was left untouched.")
                              .arg(QDir::toNativeSeparators(path), error.message());
            }
            db.close();
        }
        if (!problem.isEmpty()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw StorageError(problem);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return facts;
}

} // namespace

Workspace::Workspace(QString spec, Backend backend)
    : m_spec(std::move(spec)), m_dialect(backend), m_connectionPrefix(nextConnectionPrefix()),
      m_changes(std::make_unique<ChangeFeed>(*this))
{
}

Workspace::~Workspace()
{
    m_changes.reset();
    const QMutexLocker lock(&m_connectionsLock);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int Workspace::latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

std::unique_ptr<Workspace> Workspace::open(const QString &spec, const OpenOptions &options)
{
    if (spec.trimmed().isEmpty())
        throw StorageError(Workspace::tr("No workspace was named."));
    if (isPostgresSpec(spec)) {
        throw StorageError(Workspace::tr("Team workspaces on PostgreSQL are not available in this version yet; "
                              "open a workspace file instead."));
    }
    std::unique_ptr<Workspace> workspace(new Workspace(spec, Backend::Sqlite));
    workspace->openSqlite(options);
    return workspace;
}

void Workspace::openSqlite(const OpenOptions &options)
{
    const QFileInfo info(m_spec);
    ExistingFileFacts facts;
    if (info.exists()) {
        if (info.isDir())
            throw StorageError(Workspace::tr("%1 is a folder, not a workspace file.").arg(QDir::toNativeSeparators(m_spec)));
        facts = inspectExistingSqliteFile(m_spec);
    } else if (!options.createIfMissing) {
        throw StorageError(Workspace::tr("There is no workspace at %1.").arg(QDir::toNativeSeparators(m_spec)));
    } else if (!QDir().mkpath(info.absolutePath())) {
        throw StorageError(Workspace::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (facts.schemaVersion > latestSchemaVersion()) {
        throw StorageError(Workspace::tr("%1 was written by a newer version of Tandem (workspace version %2; this program knows "
                              "up to %3). Update Tandem to open it; the file was left untouched.")
                               .arg(QDir::toNativeSeparators(m_spec))
                               .arg(facts.schemaVersion)
                               .arg(latestSchemaVersion()));
    }
    QSqlDatabase db = database();
    if (!db.isOpen())
        throw StorageError(Workspace::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_spec), db.lastError().text()));
    m_schemaVersion = facts.schemaVersion;
    migrate(options);
}

void Workspace::configureConnection(QSqlDatabase &db) const
{
    if (m_dialect.backend() == Backend::Sqlite) {
        db.setDatabaseName(m_spec);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            return;
        // WAL lets readers work while a writer commits; FULL makes a commit survive power loss.
        sql::execute(db, u"PRAGMA journal_mode = WAL"_s);
        sql::execute(db, u"PRAGMA synchronous = FULL"_s);
        sql::execute(db, u"PRAGMA foreign_keys = ON"_s);
    }
}

QSqlDatabase Workspace::database() const
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    const QMutexLocker lock(&m_connectionsLock);
    const auto existing = m_connections.constFind(thread);
    if (existing != m_connections.constEnd())
        return QSqlDatabase::database(*existing, false);
    const QString name = m_connectionPrefix + u"-"_s + QString::number(m_connections.size());
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.backend() == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
    m_connections.insert(thread, name);
    configureConnection(db);
    return db;
}

void Workspace::migrate(const OpenOptions &options)
{
    const int target = options.migrateUpTo.value_or(latestSchemaVersion());
    if (m_schemaVersion >= target)
        return;
    QSqlDatabase db = database();
    Transaction transaction(db);
    sql::execute(db, u"CREATE TABLE IF NOT EXISTS tandem_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
    for (const Migration &migration : allMigrations()) {
        if (migration.version <= m_schemaVersion || migration.version > target)
            continue;
        for (const MigrationStep &step : migration.steps) {
            if (step.onlyFor && *step.onlyFor != m_dialect.backend())
                continue;
            sql::execute(db, m_dialect.adapt(step.sql));
        }
    }
    const QString upsert = u"INSERT INTO tandem_meta (key, value) VALUES (?, ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
    sql::run(db, upsert, {u"application"_s, applicationMarker});
    sql::run(db, upsert, {u"schema_version"_s, QString::number(target)});
    transaction.commit();
    m_schemaVersion = target;
}

QString Workspace::metaValue(const QString &key) const
{
    return sql::scalar(database(), u"SELECT value FROM tandem_meta WHERE key = ?"_s, {key}).toString();
}

void Workspace::setMetaValue(const QString &key, const QString &value)
{
    sql::run(database(),
             u"INSERT INTO tandem_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
             {key, value});
}

} // namespace tandem
