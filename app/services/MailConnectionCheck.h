// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MailAccount.h"
#include "services/MailJobs.h"

namespace tandem {

// "Test connection": logs in to the account's IMAP server and opens its inbox, then opens a session on
// its SMTP server and logs in, and says exactly what failed (DNS, refused, TLS certificate, login,
// folder). Blocks until both are done (each with a time limit); nothing is sent or changed.
struct MailConnectionCheck
{
    MailProblem imap;
    MailProblem smtp;

    [[nodiscard]] bool ok() const { return imap.ok() && smtp.ok(); }
    [[nodiscard]] static MailConnectionCheck run(const MailAccount &account, const QString &password);
};

} // namespace tandem
