// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PasswordHasher.h"

#include "domain/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>
#include <mutex>
#include <sodium.h>

namespace tandem {
namespace {

void initializeSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            throw StorageError(
                QCoreApplication::translate("tandem::PasswordHasher", "The password library could not start."));
        }
    });
}

// The UTF-8 bytes of a password, wiped when they go out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) { }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    [[nodiscard]] const char *data() const { return m_bytes.constData(); }
    [[nodiscard]] unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

QString PasswordHasher::hash(const QString &password, Cost cost)
{
    initializeSodium();
    const SecretBytes secret(password);
    std::array<char, crypto_pwhash_STRBYTES> stored {};
    const bool moderate = cost == Cost::Moderate;
    if (crypto_pwhash_str(stored.data(), secret.data(), secret.size(),
            moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE,
            moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        throw StorageError(QCoreApplication::translate(
            "tandem::PasswordHasher", "There is not enough memory to protect the password."));
    }
    return QString::fromLatin1(stored.data());
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    initializeSodium();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

} // namespace tandem
