#include "services/AccountService.h"

#include "services/ServiceError.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {

AccountService::AccountService(Workspace &workspace) : m_workspace(workspace), m_agents(workspace) {}

QList<Agent> AccountService::agents() const
{
    return m_agents.all();
}

bool AccountService::isDemoWorkspace() const
{
    return m_workspace.metaValue(u"demo"_s) == u"1"_s;
}

Actor AccountService::signInWithoutPassword(const QString &login) const
{
    if (!isDemoWorkspace())
        throw PermissionDenied(tr("Signing in without a password works only in demo workspaces."));
    const std::optional<Agent> agent = m_agents.findByLogin(login);
    if (!agent || !agent->active)
        throw ServiceError(tr("There is no active agent with the login \"%1\" in this workspace.").arg(login));
    return Actor::from(*agent);
}

Actor AccountService::defaultDemoActor() const
{
    if (!isDemoWorkspace())
        throw PermissionDenied(tr("This workspace needs a sign-in."));
    for (const Agent &agent : m_agents.all()) {
        if (agent.active && agent.role == Role::TeamLead)
            return Actor::from(agent);
    }
    throw ServiceError(tr("This workspace has no active team lead."));
}

} // namespace tandem
