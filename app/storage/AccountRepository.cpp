// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/AccountRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {

std::optional<StoredCredentials> AccountRepository::credentials(const QString &login) const
{
    Query query(m_workspace.database(),
        u"SELECT id, login, display_name, email, role, active, password_hash FROM agents"
        " WHERE login = ?"_s,
        { login });
    if (!query.next())
        return std::nullopt;
    StoredCredentials stored;
    stored.agent.id = query.value(0).toLongLong();
    stored.agent.login = query.value(1).toString();
    stored.agent.displayName = query.value(2).toString();
    stored.agent.email = query.value(3).toString();
    stored.agent.role = fromKey<Role>(query.value(4).toString()).value_or(Role::ServiceRep);
    stored.agent.active = query.value(5).toBool();
    stored.passwordHash = query.value(6).toString();
    return stored;
}

qint64 AccountRepository::agentCount() const
{
    return Query::scalar(m_workspace.database(), u"SELECT count(*) FROM agents"_s).toLongLong();
}

qint64 AccountRepository::otherActiveLeads(Id except) const
{
    return Query::scalar(m_workspace.database(),
        u"SELECT count(*) FROM agents WHERE role = ? AND active <> 0 AND id <> ?"_s, { keyOf(Role::TeamLead), except })
        .toLongLong();
}

void AccountRepository::lockLeads()
{
    Query::run(m_workspace.database(), u"UPDATE agents SET role = role WHERE role = ?"_s, { keyOf(Role::TeamLead) });
}

Id AccountRepository::insert(const Agent &agent, const QString &passwordHash, Millis now)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO agents (login, display_name, email, role, password_hash, active, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        { agent.login, agent.displayName, agent.email, keyOf(agent.role), passwordHash, agent.active ? 1 : 0, now });
}

void AccountRepository::setPasswordHash(Id agentId, const QString &passwordHash)
{
    Query::run(
        m_workspace.database(), u"UPDATE agents SET password_hash = ? WHERE id = ?"_s, { passwordHash, agentId });
}

void AccountRepository::setActive(Id agentId, bool active)
{
    Query::run(m_workspace.database(), u"UPDATE agents SET active = ? WHERE id = ?"_s, { active ? 1 : 0, agentId });
}

void AccountRepository::setRole(Id agentId, Role role)
{
    Query::run(m_workspace.database(), u"UPDATE agents SET role = ? WHERE id = ?"_s, { keyOf(role), agentId });
}

} // namespace tandem
