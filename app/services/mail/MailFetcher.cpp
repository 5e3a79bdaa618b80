// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/MailFetcher.h"

#include "services/MailAccountService.h"
#include "services/mail/MailIdleWait.h"
#include "storage/MailFetchStateRepository.h"

#include <KIMAP/FetchJob>
#include <KIMAP/ImapSet>
#include <KIMAP/Session>
#include <KMime/Message>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const QString inbox = u"INBOX"_s;

MailProblem fetchProblem(const MailAccount &account, const QString &folder, const KJob &job)
{
    return { MailProblem::Kind::Server,
        MailFetcher::tr("The IMAP server %1:%2 did not hand over the new mail in \"%3\": %4")
            .arg(account.imap.host)
            .arg(account.imap.port)
            .arg(folder, job.errorString()) };
}

} // namespace

QJsonObject MailFetchSummary::toJson() const
{
    QJsonObject json = mail.toJson();
    json.insert(u"fetched"_s, fetched);
    json.insert(u"started_over"_s, startedOver);
    json.insert(u"last_uid"_s, lastUid);
    if (!problem.ok())
        json.insert(u"problem"_s, problem.message);
    return json;
}

struct MailFetcher::Private
{
    Private(Workspace &workspace, MailAccountService &mailAccounts, ConversationService &conversations,
        const Clock &wallClock)
        : accounts(mailAccounts), import(conversations), states(workspace), clock(wallClock)
    { }

    MailAccountService &accounts;
    MailImportService import;
    MailFetchStateRepository states;
    const Clock &clock;
};

MailFetcher::MailFetcher(
    Workspace &workspace, MailAccountService &accounts, ConversationService &conversations, const Clock &clock)
    : d(std::make_unique<Private>(workspace, accounts, conversations, clock))
{ }

MailFetcher::~MailFetcher() = default;

MailFetchSummary MailFetcher::fetchOnce(const MailAccount &account, const std::function<bool()> &mayGoOn)
{
    MailFetchSummary summary;
    ImapConnection connection(account, d->accounts.password(account));
    summary.problem = connection.open();
    if (!summary.problem.ok())
        return summary;
    qint64 uidValidity = 0;
    summary.problem = connection.select(inbox, &uidValidity);
    if (!summary.problem.ok())
        return summary;
    // Every UID below this one that the listing below does not name was expunged before it looked.
    const qint64 uidNext = nextUidOf(connection, inbox);

    const std::optional<MailFetchState> stored = d->states.find(account.id, inbox);
    MailFetchState state { uidValidity, 0 };
    if (stored && stored->uidValidity == uidValidity)
        state.lastUid = stored->lastUid;
    else
        summary.startedOver = true;
    summary.lastUid = state.lastUid;
    if (summary.startedOver)
        d->states.save(account.id, inbox, state, d->clock.now());

    // "n:*" names the folder's last message even when its UID is below n, hence the filter.
    QList<qint64> newUids;
    {
        auto *list = new KIMAP::FetchJob(connection.session());
        list->setUidBased(true);
        list->setSequenceSet(KIMAP::ImapSet(state.lastUid + 1, 0));
        KIMAP::FetchJob::FetchScope scope;
        scope.mode = KIMAP::FetchJob::FetchScope::Flags;
        list->setScope(scope);
        QObject::connect(list, &KIMAP::FetchJob::messagesAvailable,
            [&newUids, &state](const QMap<qint64, KIMAP::Message> &messages) {
                for (const KIMAP::Message &message : messages) {
                    if (message.uid > state.lastUid)
                        newUids.append(message.uid);
                }
            });
        if (!list->exec()) {
            summary.problem = fetchProblem(account, inbox, *list);
            return summary;
        }
    }
    std::ranges::sort(newUids);

    for (qsizetype start = 0; start < newUids.size(); start += batchSize) {
        if (mayGoOn && !mayGoOn())
            return summary;
        const QList<qint64> batch = newUids.mid(start, batchSize);
        QMap<qint64, QByteArray> raw;
        auto *fetch = new KIMAP::FetchJob(connection.session());
        fetch->setUidBased(true);
        KIMAP::ImapSet set;
        set.add(batch);
        fetch->setSequenceSet(set);
        KIMAP::FetchJob::FetchScope scope;
        scope.mode = KIMAP::FetchJob::FetchScope::Content;
        fetch->setScope(scope);
        QObject::connect(
            fetch, &KIMAP::FetchJob::messagesAvailable, [&raw](const QMap<qint64, KIMAP::Message> &messages) {
                for (const KIMAP::Message &message : messages) {
                    if (message.message)
                        raw.insert(message.uid, message.message->encodedContent());
                }
            });
        if (!fetch->exec()) {
            summary.problem = fetchProblem(account, inbox, *fetch);
            return summary;
        }
        for (const qint64 uid : batch) {
            // A UID without a body was expunged meanwhile: nothing to record, and nothing to wait for.
            if (raw.contains(uid)) {
                ++summary.fetched;
                d->import.importOne(raw.value(uid), MailImportService::tr("%1, message %2").arg(inbox).arg(uid),
                    account.queueId, summary.mail);
            }
            state.lastUid = uid;
            d->states.save(account.id, inbox, state, d->clock.now());
            summary.lastUid = uid;
        }
    }
    // A whole pass dealt with everything below UIDNEXT, so a waiter can tell mail that came since from gaps
    // left by expunged mail.
    if (uidNext - 1 > state.lastUid) {
        state.lastUid = uidNext - 1;
        d->states.save(account.id, inbox, state, d->clock.now());
        summary.lastUid = state.lastUid;
    }
    return summary;
}

} // namespace tandem
