// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem {
struct Actor;
class EscalationService;
} // namespace tandem

namespace tandem::cli {

// tandemctl escalation list|show|transition --workspace W --as LOGIN ...
// Works as the named agent (demo workspaces only) and prints JSON on stdout.
class EscalationCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::EscalationCommand)

public:
    EscalationCommand();

protected:
    int execute() override;

private:
    int list(EscalationService &service, const Actor &actor);
    int show(EscalationService &service, const Actor &actor);
    int transition(EscalationService &service, const Actor &actor);
};

} // namespace tandem::cli
