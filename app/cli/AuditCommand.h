// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl audit verify --workspace W [--against CHECKPOINT [--public-key FILE]]
// tandemctl audit list --workspace W [--limit N] [--before ID]
// tandemctl audit checkpoint --workspace W --key KEYFILE --out CHECKPOINT
// tandemctl audit keygen --out KEYFILE
// tandemctl audit roles [--owner-role NAME] [--app-role NAME] [--schema NAME]
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
    int checkpoint();
    int keygen();
    int roles();
};

} // namespace tandem::cli
