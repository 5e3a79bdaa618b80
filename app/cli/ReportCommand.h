// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl report kpis --workspace W [--from DATE] [--to DATE] [--agent LOGIN | --role KEY] [--json]
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::ReportCommand)

public:
    ReportCommand();

protected:
    int execute() override;
};

} // namespace tandem::cli
