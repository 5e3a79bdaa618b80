// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl copy --from W --to W [--replace]: moves a workspace, e.g. a single desk's file to a team server.
class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::CopyCommand)

public:
    CopyCommand();

protected:
    int execute() override;
};

} // namespace tandem::cli
