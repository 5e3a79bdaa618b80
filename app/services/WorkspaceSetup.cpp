// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/WorkspaceSetup.h"

#include "domain/StorageError.h"
#include "services/ArticleService.h"
#include "services/ServiceError.h"
#include "services/ServicesLog.h"
#include "services/TemplateService.h"
#include "services/WorkspaceSession.h"
#include "storage/AgentRepository.h"
#include "storage/DemoDataWriter.h"
#include "storage/PostgresAddress.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tandem {

QString WorkspaceSetup::defaultWorkspacePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"workspace.tandem"_s);
}

Millis WorkspaceSetup::todayAnchor()
{
    return QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

namespace {

Workspace::OpenOptions openOptions(WorkspaceSetup::OpenMode mode)
{
    Workspace::OpenOptions options;
    options.createIfMissing = mode == WorkspaceSetup::OpenMode::CreateIfMissing;
    options.readOnly = mode == WorkspaceSetup::OpenMode::ReadOnly;
    return options;
}

using Progress = std::function<void(qint64 done, qint64 total)>;

DemoWorkspaceSummary fillWithDemo(Workspace &workspace, const DemoOptions &demo, const Progress &progress)
{
    DemoWorkspaceSummary summary;
    summary.data = DemoDataWriter(workspace).write(demo, progress);
    summary.templates = TemplateService(workspace, SystemClock::instance()).installDefaultLibrary();
    summary.articles = ArticleService(workspace, SystemClock::instance()).installStarterArticles();
    return summary;
}

// A new desk file is built beside its place and renamed into it once whole, so that a kill leaves either
// no workspace or a whole one.
bool isNewDeskFile(const QString &spec)
{
    return !PostgresAddress::isPostgresUrl(spec) && !QFileInfo::exists(spec);
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s })
        QFile::remove(path + suffix);
}

DemoWorkspaceSummary buildDeskFile(const QString &path, const DemoOptions &demo, const Progress &progress)
{
    const QString partial = path + u".partial"_s;
    const QString where = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(partial)) {
        qCInfo(lcServices) << "Removing" << partial << "left by an interrupted start; building the workspace anew";
        removeWithCompanions(partial);
    }
    DemoWorkspaceSummary summary;
    try {
        // Closing the last connection folds the write-ahead log into the file and removes it.
        const std::unique_ptr<Workspace> workspace = Workspace::open(partial);
        summary = fillWithDemo(*workspace, demo, progress);
    } catch (...) {
        removeWithCompanions(partial);
        throw;
    }
    if (QFileInfo::exists(partial + u"-wal"_s)) {
        removeWithCompanions(partial);
        throw StorageError(
            WorkspaceSetup::tr("The new workspace %1 could not be finished: another program kept its file open.")
                .arg(where));
    }
    QFile::remove(partial + u"-shm"_s);
    QFile file(partial);
    if (!file.rename(path)) {
        const QString reason = file.errorString();
        removeWithCompanions(partial);
        throw StorageError(
            WorkspaceSetup::tr("The new workspace could not be put in place at %1: %2").arg(where, reason));
    }
    return summary;
}

} // namespace

bool WorkspaceSetup::wouldCreate(const QString &spec)
{
    if (PostgresAddress::isPostgresUrl(spec))
        return false;
    const QFileInfo file(spec);
    return !file.exists() || (file.isFile() && file.size() == 0);
}

std::unique_ptr<Workspace> WorkspaceSetup::openWithDemoOnFirstStart(
    const QString &spec, const DemoOptions &demo, const QString &password, OpenMode mode)
{
    // A team server is never filled with demo data behind the team's back; a new desk file is.
    if (mode == OpenMode::CreateIfMissing && isNewDeskFile(spec))
        buildDeskFile(spec, demo, {});
    Workspace::OpenOptions options = openOptions(mode);
    options.password = password;
    std::unique_ptr<Workspace> workspace = Workspace::open(spec, options);
    const bool deskFile = workspace->dialect().backend() == Backend::Sqlite;
    if (!deskFile || workspace->isReadOnly())
        return workspace;
    // An empty desk file (nothing but the schema) fills in place, in one transaction.
    if (AgentRepository(*workspace).all().isEmpty())
        DemoDataWriter(*workspace).write(demo);
    // A demo workspace, or one whose interrupted load was just repaired, without a single template never got
    // its library (installing it does nothing where there are templates). A demo workspace made before the
    // knowledge base gets its starter articles the same way.
    if (workspace->metaValue(u"demo"_s) == u"1"_s || !workspace->repairNote().isEmpty())
        TemplateService(*workspace, SystemClock::instance()).installDefaultLibrary();
    if (workspace->metaValue(u"demo"_s) == u"1"_s)
        ArticleService(*workspace, SystemClock::instance()).installStarterArticles();
    return workspace;
}

std::unique_ptr<WorkspaceSession> WorkspaceSetup::openSession(
    const QString &spec, const DemoOptions &demo, const Clock &clock, const QString &password, OpenMode mode)
{
    try {
        return std::make_unique<WorkspaceSession>(openWithDemoOnFirstStart(spec, demo, password, mode), clock);
    } catch (const CredentialsRequired &error) {
        throw PasswordRequired(error.message());
    }
}

std::unique_ptr<WorkspaceSession> WorkspaceSetup::openExistingSession(
    const QString &spec, const Clock &clock, OpenMode mode)
{
    Workspace::OpenOptions options = openOptions(mode);
    options.createIfMissing = false;
    return std::make_unique<WorkspaceSession>(Workspace::open(spec, options), clock);
}

DemoWorkspaceSummary WorkspaceSetup::createDemo(const QString &spec, const DemoOptions &demo, const Progress &progress)
{
    if (isNewDeskFile(spec))
        return buildDeskFile(spec, demo, progress);
    std::unique_ptr<Workspace> workspace = Workspace::open(spec);
    DemoWorkspaceSummary summary = fillWithDemo(*workspace, demo, progress);
    summary.repairNote = workspace->repairNote();
    return summary;
}

} // namespace tandem
