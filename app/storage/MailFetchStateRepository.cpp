// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/MailFetchStateRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {

std::optional<MailFetchState> MailFetchStateRepository::find(Id accountId, const QString &folder) const
{
    Query query(m_workspace.database(),
        u"SELECT uid_validity, last_uid FROM mail_fetch_state WHERE account_id = ? AND folder = ?"_s,
        { accountId, folder });
    if (!query.next())
        return std::nullopt;
    return MailFetchState { query.integer(0), query.integer(1) };
}

void MailFetchStateRepository::save(Id accountId, const QString &folder, const MailFetchState &state, Millis now)
{
    Query::run(m_workspace.database(),
        u"INSERT INTO mail_fetch_state (account_id, folder, uid_validity, last_uid, fetched_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, folder) DO UPDATE SET"
        " uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, fetched_at = excluded.fetched_at"_s,
        { accountId, folder, state.uidValidity, state.lastUid, now });
}

} // namespace tandem
