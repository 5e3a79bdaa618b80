// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/MailJobs.h"

#include <functional>

namespace tandem {

// Waits, on the calling thread, until an account's INBOX changes (IMAP IDLE, RFC 2177) or `fallbackSeconds`
// pass, whichever is first: the periodic pass catches what a server without IDLE, or a dropped connection,
// never announced. A server problem is returned at once; the caller fetches and waits again either way.
// `announced`, when given, says whether the server told of a change (rather than the time running out).
// `giveUp`, when given, is asked a few times a second and ends the wait when true (a worker stopping).
[[nodiscard]] MailProblem waitForInboxChange(const MailAccount &account, const QString &password, int fallbackSeconds,
    bool *announced = nullptr, const std::function<bool()> &giveUp = {});

} // namespace tandem
