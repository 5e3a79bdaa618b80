// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The storage errors are domain types (the UI catches them without seeing storage); this name stays for
// the storage sources and app/cli until they include domain/StorageError.h themselves.
#include "domain/StorageError.h"
