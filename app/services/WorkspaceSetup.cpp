// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/WorkspaceSetup.h"

#include "domain/StorageError.h"
#include "services/ServiceError.h"
#include "services/TemplateService.h"
#include "services/WorkspaceSession.h"
#include "storage/AgentRepository.h"
#include "storage/DemoDataWriter.h"
#include "storage/PostgresAddress.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QDir>
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
    Workspace::OpenOptions options = openOptions(mode);
    options.password = password;
    std::unique_ptr<Workspace> workspace = Workspace::open(spec, options);
    // A team server is never filled with demo data behind the team's back; a new desk file is.
    const bool deskFile = workspace->dialect().backend() == Backend::Sqlite;
    if (deskFile && !workspace->isReadOnly() && AgentRepository(*workspace).all().isEmpty()) {
        DemoDataWriter(*workspace).write(demo);
        TemplateService(*workspace, SystemClock::instance()).installDefaultLibrary();
    }
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

DemoWorkspaceSummary WorkspaceSetup::createDemo(
    const QString &spec, const DemoOptions &demo, const std::function<void(qint64 done, qint64 total)> &progress)
{
    std::unique_ptr<Workspace> workspace = Workspace::open(spec);
    DemoWorkspaceSummary summary;
    summary.data = DemoDataWriter(*workspace).write(demo, progress);
    summary.templates = TemplateService(*workspace, SystemClock::instance()).installDefaultLibrary();
    return summary;
}

} // namespace tandem
