// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace tandem {

// Where passwords for servers (mail accounts) live, by a key that is stored instead of them: never in the
// workspace database, a settings file or a log. A failure to reach the store throws ServiceError with a
// sentence. Callable from any thread.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    // Names the credentials file a headless service (or a test) keeps its secrets in instead of the keyring.
    static constexpr auto fileVariable = "TANDEM_MAIL_CREDENTIALS";

    // The credentials file `file` (or TANDEM_MAIL_CREDENTIALS) names, else the operating system's keyring.
    [[nodiscard]] static std::shared_ptr<SecretStore> forThisProcess(const QString &file = {});

    // Empty when no secret is stored under the key.
    [[nodiscard]] virtual std::optional<QString> read(const QString &key) const = 0;
    virtual void write(const QString &key, const QString &secret) = 0;
    // Nothing happens when the key has no secret.
    virtual void remove(const QString &key) = 0;
    // For messages: "the keyring", "the credentials file /etc/tandem/mail.json".
    [[nodiscard]] virtual QString description() const = 0;

protected:
    SecretStore() = default;
};

} // namespace tandem
