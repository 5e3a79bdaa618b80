// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl demo --workspace W [--customers N] [--interactions M] [--seed S] [--anchor DATE]: a workspace
// filled with deterministic demo data.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::DemoCommand)

public:
    DemoCommand();

protected:
    int execute() override;
};

} // namespace tandem::cli
