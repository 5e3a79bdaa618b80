// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/AgentRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto selectAgents = u"SELECT id, login, display_name, email, role, active FROM agents "_s;

Agent agentFrom(const Query &query)
{
    Agent agent;
    agent.id = query.value(0).toLongLong();
    agent.login = query.value(1).toString();
    agent.displayName = query.value(2).toString();
    agent.email = query.value(3).toString();
    agent.role = fromKey<Role>(query.value(4).toString()).value_or(Role::ServiceRep);
    agent.active = query.value(5).toBool();
    return agent;
}

std::optional<Agent> firstAgent(Query query)
{
    if (query.next())
        return agentFrom(query);
    return std::nullopt;
}

} // namespace

QList<Agent> AgentRepository::all() const
{
    Query query(m_workspace.database(), selectAgents + u"ORDER BY display_name, id"_s);
    QList<Agent> agents;
    while (query.next())
        agents.append(agentFrom(query));
    return agents;
}

std::optional<Agent> AgentRepository::find(Id id) const
{
    return firstAgent(Query(m_workspace.database(), selectAgents + u"WHERE id = ?"_s, { id }));
}

std::optional<Agent> AgentRepository::findByLogin(const QString &login) const
{
    return firstAgent(Query(m_workspace.database(), selectAgents + u"WHERE login = ?"_s, { login }));
}

Id AgentRepository::insert(const Agent &agent, Millis now)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO agents (login, display_name, email, role, active, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        { agent.login, agent.displayName, agent.email, keyOf(agent.role), agent.active ? 1 : 0, now });
}

} // namespace tandem
