// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

namespace tandem {

// The signed-in agent on whose behalf a service call runs; every rule about who may do what reads it.
struct Actor
{
    Id agentId = 0;
    QString name;
    Role role = Role::ServiceRep;

    static Actor from(const Agent &agent) { return { agent.id, agent.displayName, agent.role }; }
};

} // namespace tandem
