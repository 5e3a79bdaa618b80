#include "services/WorkspaceSession.h"

#include "storage/ChangeFeed.h"
#include "storage/Workspace.h"

namespace tandem {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, const Clock &clock)
    : m_workspace(std::move(workspace)), m_accounts(*m_workspace), m_customers(*m_workspace),
      m_timeline(*m_workspace, clock)
{
}

WorkspaceSession::~WorkspaceSession() = default;

QString WorkspaceSession::workspaceSpec() const
{
    return m_workspace->spec();
}

void WorkspaceSession::watchForChanges()
{
    m_workspace->changes().startWatching();
}

} // namespace tandem
