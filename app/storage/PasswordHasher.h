// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// Argon2id password hashes (libsodium's crypto_pwhash_str). The stored string carries the algorithm, its
// salt and its cost, so hashes of different costs verify alike; a clear password is never kept or logged.
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // about 64 MiB and a tenth of a second: demo accounts, whose passwords are public anyway
        Moderate, // about 256 MiB and most of a second: real accounts
    };

    // Throws StorageError when the machine cannot spare the memory the hash needs.
    [[nodiscard]] static QString hash(const QString &password, Cost cost = Cost::Moderate);
    // False for a wrong password and for anything that is not a hash this class wrote.
    [[nodiscard]] static bool verify(const QString &storedHash, const QString &password);
};

} // namespace tandem
