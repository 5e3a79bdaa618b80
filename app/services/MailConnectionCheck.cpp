// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/MailConnectionCheck.h"

using namespace Qt::StringLiterals;

namespace tandem {

MailConnectionCheck MailConnectionCheck::run(const MailAccount &account, const QString &password)
{
    MailConnectionCheck check;
    {
        ImapConnection imap(account, password);
        check.imap = imap.open();
        if (check.imap.ok())
            check.imap = imap.select(u"INBOX"_s);
    }
    SmtpConnection smtp(account, password);
    check.smtp = smtp.open();
    return check;
}

} // namespace tandem
