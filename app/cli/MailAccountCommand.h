// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl mail account add|list|test --workspace W ...
// Passwords are read from a file or standard input (--password-file), never from the command line, and
// kept in the keyring or the credentials file --credentials (or TANDEM_MAIL_CREDENTIALS) names.
class MailAccountCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::MailAccountCommand)

public:
    MailAccountCommand();

protected:
    int execute() override;

private:
    int add();
    int list();
    int test();
};

} // namespace tandem::cli
