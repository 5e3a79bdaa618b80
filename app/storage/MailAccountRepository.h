// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MailAccount.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

// The mail_accounts table. Passwords are not in it (see MailAccount::secretKey).
class MailAccountRepository
{
public:
    explicit MailAccountRepository(Workspace &workspace) : m_workspace(workspace) { }

    [[nodiscard]] QList<MailAccount> all() const;
    [[nodiscard]] std::optional<MailAccount> find(Id id) const;
    [[nodiscard]] std::optional<MailAccount> findByName(const QString &name) const;
    Id insert(const MailAccount &account, Millis now);
    // False when the row's version is not `account.version` any more (someone changed it meanwhile).
    bool update(const MailAccount &account);
    void remove(Id id);

private:
    Workspace &m_workspace;
};

} // namespace tandem
