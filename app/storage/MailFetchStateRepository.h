// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// Where fetching stopped in one account's folder.
struct MailFetchState
{
    qint64 uidValidity = 0;
    qint64 lastUid = 0;
};

// The mail_fetch_state table.
class MailFetchStateRepository
{
public:
    explicit MailFetchStateRepository(Workspace &workspace) : m_workspace(workspace) { }

    [[nodiscard]] std::optional<MailFetchState> find(Id accountId, const QString &folder) const;
    void save(Id accountId, const QString &folder, const MailFetchState &state, Millis now);

private:
    Workspace &m_workspace;
};

} // namespace tandem
