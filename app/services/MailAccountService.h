// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/MailAccount.h"
#include "services/Actor.h"
#include "services/SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace tandem {

class Workspace;

// The team's mail accounts. Team leads add, change and remove them (each audited, never with a secret);
// everyone's desk reads them to send replies. Passwords go to the secret store, never to the workspace.
class MailAccountService
{
    Q_DECLARE_TR_FUNCTIONS(tandem::MailAccountService)

public:
    MailAccountService(
        Workspace &workspace, std::shared_ptr<SecretStore> secrets, const Clock &clock = SystemClock::instance());
    ~MailAccountService();

    [[nodiscard]] QList<MailAccount> accounts() const;
    [[nodiscard]] std::optional<MailAccount> account(Id id) const;
    [[nodiscard]] std::optional<MailAccount> accountNamed(const QString &name) const;

    // Team leads only. The password is required for a new account.
    Id add(const Actor &actor, const MailAccount &account, const QString &password);
    // Saves the account as given (its `version` must be the stored one); a non-empty password replaces
    // the stored one.
    void change(const Actor &actor, const MailAccount &account, const QString &newPassword = {});
    void remove(const Actor &actor, Id id);

    // The account's password from the secret store; throws ServiceError when it is missing there.
    [[nodiscard]] QString password(const MailAccount &account) const;
    [[nodiscard]] const std::shared_ptr<SecretStore> &secrets() const { return m_secrets; }
    // Keeps passwords in `secrets` from now on (tandemctl --credentials).
    void useSecretStore(std::shared_ptr<SecretStore> secrets) { m_secrets = std::move(secrets); }

private:
    void requireLead(const Actor &actor) const;
    void check(const MailAccount &account) const;

    struct Private;
    Workspace &m_workspace;
    std::shared_ptr<SecretStore> m_secrets;
    const Clock &m_clock;
    std::unique_ptr<Private> d;
};

} // namespace tandem
