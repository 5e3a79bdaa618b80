// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/SecretStore.h"

#include <QCoreApplication>

namespace tandem {

// Secrets in the operating system's keyring (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store) through QtKeychain, under the service name "Tandem". QtKeychain's jobs are asynchronous; each
// call waits for its job in a local event loop, so it works on any thread.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(tandem::KeychainSecretStore)

public:
    KeychainSecretStore() = default;

    [[nodiscard]] std::optional<QString> read(const QString &key) const override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;
    [[nodiscard]] QString description() const override;
};

} // namespace tandem
