// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

class AgentRepository
{
public:
    explicit AgentRepository(Workspace &workspace) : m_workspace(workspace) { }

    [[nodiscard]] QList<Agent> all() const;
    [[nodiscard]] std::optional<Agent> find(Id id) const;
    [[nodiscard]] std::optional<Agent> findByLogin(const QString &login) const;
    Id insert(const Agent &agent, Millis now);

private:
    Workspace &m_workspace;
};

} // namespace tandem
