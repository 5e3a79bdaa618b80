#pragma once

#include "services/Actor.h"
#include "storage/AgentRepository.h"

#include <QCoreApplication>

namespace tandem {

class Workspace;

class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(tandem::AccountService)

public:
    explicit AccountService(Workspace &workspace);

    [[nodiscard]] QList<Agent> agents() const;
    // The agent for `--as LOGIN`: only in demo workspaces, where every password is public anyway.
    [[nodiscard]] Actor signInWithoutPassword(const QString &login) const;
    // The agent a demo workspace opens as when nobody is named: its first team lead.
    [[nodiscard]] Actor defaultDemoActor() const;
    [[nodiscard]] bool isDemoWorkspace() const;

private:
    Workspace &m_workspace;
    AgentRepository m_agents;
};

} // namespace tandem
