// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem::cli {

// tandemctl outbox list|send|retry|send-again|mark-sent --workspace W ...
// A worker of its own: `send` delivers what is due through the connector the environment names (the spool
// connector with TANDEM_SPOOL_CONNECTOR_DIR) and prints what came of it as JSON.
class OutboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::OutboxCommand)

public:
    OutboxCommand();

protected:
    int execute() override;

private:
    int list();
    int send();
    int retry();
    // send-again or mark-sent: a person's decision about a reply that may have been sent.
    int decide(bool sendAgain);
};

} // namespace tandem::cli
