// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Error.h"

namespace tandem {

// A request the service refused: not allowed for the actor's role, or not valid in the current state.
class ServiceError : public Error
{
public:
    using Error::Error;
};

class PermissionDenied : public ServiceError
{
public:
    using ServiceError::ServiceError;
};

// Opening a team workspace needs a password the person has not given yet.
class PasswordRequired : public ServiceError
{
public:
    using ServiceError::ServiceError;
};

} // namespace tandem
