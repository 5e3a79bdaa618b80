// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/SecretStore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <mutex>

namespace tandem {

// Secrets in a JSON file only its owner may read (mode 0600), for a headless service without a keyring
// (root-only when the service runs as root) and for tests. A file others can read is refused rather than
// used, so a copied or loosened file is noticed. Written whole under a temporary name and renamed, so a
// crash never leaves half a file.
class FileSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(tandem::FileSecretStore)

public:
    explicit FileSecretStore(QString path);

    [[nodiscard]] std::optional<QString> read(const QString &key) const override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;
    [[nodiscard]] QString description() const override;

private:
    [[nodiscard]] QJsonObject load() const;
    void save(const QJsonObject &secrets);

    QString m_path;
    mutable std::mutex m_mutex;
};

} // namespace tandem
