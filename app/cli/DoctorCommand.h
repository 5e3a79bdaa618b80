// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl doctor --workspace postgresql://... [--json]
class DoctorCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::DoctorCommand)

public:
    DoctorCommand();

protected:
    int execute() override;
};

} // namespace tandem::cli
