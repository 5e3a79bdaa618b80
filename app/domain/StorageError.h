// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Error.h"

namespace tandem {

// A database operation failed; nothing of the failed transaction was kept.
class StorageError : public Error
{
public:
    using Error::Error;
};

// The team server wants a password that was not given; ask the person and try again.
class CredentialsRequired : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace tandem
