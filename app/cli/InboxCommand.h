// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace tandem {
struct Actor;
class ConversationService;
} // namespace tandem

namespace tandem::cli {

// tandemctl inbox list|show|assign|close|snooze|survey --workspace W --as LOGIN ...
// Works the shared inbox as the named agent (demo workspaces only) and prints JSON on stdout, so that
// scripts and tests can triage as a person at the desk does, with the same permissions.
class InboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tandem::cli::InboxCommand)

public:
    InboxCommand();

protected:
    int execute() override;

private:
    int list(ConversationService &service, const Actor &actor);
    int show(ConversationService &service, const Actor &actor);
    int assign(ConversationService &service, const Actor &actor);
    int close(ConversationService &service, const Actor &actor);
    int snooze(ConversationService &service, const Actor &actor);
    int survey(ConversationService &service, const Actor &actor);
    // The conversations --id names (one, or several separated by commas); nothing after saying what it takes.
    [[nodiscard]] std::optional<QList<Id>> conversationIds() const;
    // The conversations as they are now, for the answer to a change.
    int printConversations(ConversationService &service, const Actor &actor, const QList<Id> &ids);
};

} // namespace tandem::cli
