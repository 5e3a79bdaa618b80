#include "services/WorkspaceSetup.h"

#include "services/WorkspaceSession.h"
#include "storage/AgentRepository.h"
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

std::unique_ptr<Workspace> WorkspaceSetup::openWithDemoOnFirstStart(const QString &spec, const DemoOptions &demo)
{
    std::unique_ptr<Workspace> workspace = Workspace::open(spec);
    if (AgentRepository(*workspace).all().isEmpty())
        DemoDataWriter(*workspace).write(demo);
    return workspace;
}

std::unique_ptr<WorkspaceSession> WorkspaceSetup::openSession(const QString &spec, const DemoOptions &demo,
                                                             const Clock &clock)
{
    return std::make_unique<WorkspaceSession>(openWithDemoOnFirstStart(spec, demo), clock);
}

} // namespace tandem
