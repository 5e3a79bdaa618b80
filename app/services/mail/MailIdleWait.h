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
// `fetchedUpTo`, when not negative, is the highest UID the last pass dealt with: mail that came after that
// pass looked, which IDLE would never announce, ends the wait at once (as announced).
[[nodiscard]] MailProblem waitForInboxChange(const MailAccount &account, const QString &password, int fallbackSeconds,
    bool *announced = nullptr, const std::function<bool()> &giveUp = {}, qint64 fetchedUpTo = -1);

// Selects `folder` on the open connection and returns the UID its next message will get (UIDNEXT); 0 when
// the server did not say.
[[nodiscard]] qint64 nextUidOf(ImapConnection &connection, const QString &folder);

} // namespace tandem
