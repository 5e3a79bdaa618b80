// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl audit verify|list --workspace W [--limit N] [--before ID]
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::AuditCommand)

public:
    AuditCommand();

protected:
    int execute() override;

private:
    int verify();
    int list();
};

} // namespace tandem::cli
