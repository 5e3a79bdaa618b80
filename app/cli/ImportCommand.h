// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl import mail FILE|DIR --workspace W [--queue NAME]
// Reads mail history (an mbox file, a Maildir folder or .eml files) into conversations and prints the
// summary as JSON. Running it again records only what is missing.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::ImportCommand)

public:
    ImportCommand();

protected:
    int execute() override;
};

} // namespace tandem::cli
