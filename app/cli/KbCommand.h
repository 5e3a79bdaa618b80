// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl kb publish --workspace W --out DIR [--as LOGIN]
// tandemctl kb settings --workspace W [--company NAME] [--brand-color COLOR] [--site-address URL] [--as LOGIN]
class KbCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::KbCommand)

public:
    KbCommand();

protected:
    int execute() override;

private:
    int publish();
    int settings();
};

} // namespace tandem::cli
