// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl mail run --workspace W: fetches customers' mail from every mail account into the shared inbox,
// headless, until stopped (or once with --once). Each pass prints its summary as a JSON line.
class MailRunCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::MailRunCommand)

public:
    MailRunCommand();

protected:
    int execute() override;
};

} // namespace tandem::cli
