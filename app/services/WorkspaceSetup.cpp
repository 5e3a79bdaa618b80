// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/WorkspaceSetup.h"

#include "domain/StorageError.h"
#include "services/ServiceError.h"
#include "services/TemplateService.h"
#include "services/WorkspaceSession.h"
#include "storage/AgentRepository.h"
#include "storage/DemoDataWriter.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QDir>
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

std::unique_ptr<Workspace> WorkspaceSetup::openWithDemoOnFirstStart(
    const QString &spec, const DemoOptions &demo, const QString &password)
{
    Workspace::OpenOptions options;
    options.password = password;
    std::unique_ptr<Workspace> workspace = Workspace::open(spec, options);
    // A team server is never filled with demo data behind the team's back; a new desk file is.
    const bool deskFile = workspace->dialect().backend() == Backend::Sqlite;
    if (deskFile && AgentRepository(*workspace).all().isEmpty()) {
        DemoDataWriter(*workspace).write(demo);
        TemplateService(*workspace, SystemClock::instance()).installDefaultLibrary();
    }
    return workspace;
}

std::unique_ptr<WorkspaceSession> WorkspaceSetup::openSession(
    const QString &spec, const DemoOptions &demo, const Clock &clock, const QString &password)
{
    try {
        return std::make_unique<WorkspaceSession>(openWithDemoOnFirstStart(spec, demo, password), clock);
    } catch (const CredentialsRequired &error) {
        throw PasswordRequired(error.message());
    }
}

} // namespace tandem
