// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// What signing in needs to know about a login; the hash never leaves storage and services.
struct StoredCredentials
{
    Agent agent;
    QString passwordHash; // empty: the account has no password and cannot sign in with one
};

// Accounts as the account service changes them: passwords, the active flag and roles. Reading agents
// for display stays with AgentRepository.
class AccountRepository
{
public:
    explicit AccountRepository(Workspace &workspace) : m_workspace(workspace) { }

    [[nodiscard]] std::optional<StoredCredentials> credentials(const QString &login) const;
    [[nodiscard]] qint64 agentCount() const;
    // Active team leads other than `except`.
    [[nodiscard]] qint64 otherActiveLeads(Id except) const;
    // Takes the row locks of every team lead (PostgreSQL; SQLite locks the whole file on write), so two leads
    // demoting each other at the same moment cannot leave the team with none.
    void lockLeads();
    Id insert(const Agent &agent, const QString &passwordHash, Millis now);
    void setPasswordHash(Id agentId, const QString &passwordHash);
    void setActive(Id agentId, bool active);
    void setRole(Id agentId, Role role);

private:
    Workspace &m_workspace;
};

} // namespace tandem
