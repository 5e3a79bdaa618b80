// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "services/MailJobs.h"
#include "services/mail/MailImportService.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace tandem {

class ConversationService;
class MailAccountService;
class Workspace;

struct MailFetchSummary
{
    MailImportSummary mail; // what became of the mails fetched
    int fetched = 0;
    // The folder's UIDVALIDITY changed (or it was the first pass): fetching started over from UID 1.
    bool startedOver = false;
    qint64 lastUid = 0; // the highest UID recorded after this pass
    MailProblem problem; // why the pass stopped early, if it did

    [[nodiscard]] QJsonObject toJson() const;
};

// Brings customers' mail from a mail account's INBOX into the shared inbox, on the calling thread. A pass
// remembers the highest UID it recorded only after recording it, so a pass killed at any point resumes
// with no gap; a mail recorded twice is harmless because the import is idempotent on its Message-ID.
class MailFetcher
{
    Q_DECLARE_TR_FUNCTIONS(tandem::MailFetcher)

public:
    static constexpr int batchSize = 25; // full bodies per FETCH: bounds the memory a pass holds

    MailFetcher(Workspace &workspace, MailAccountService &accounts, ConversationService &conversations,
        const Clock &clock = SystemClock::instance());
    ~MailFetcher();
    MailFetcher(const MailFetcher &) = delete;
    MailFetcher &operator=(const MailFetcher &) = delete;

    // One pass over the account's INBOX. Throws ServiceError when the account's password is missing;
    // server problems end the pass and are in the summary. `mayGoOn`, when given, is asked before each
    // batch: false ends the pass there (a worker that lost the account's lock, or is stopping).
    MailFetchSummary fetchOnce(const MailAccount &account, const std::function<bool()> &mayGoOn = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
