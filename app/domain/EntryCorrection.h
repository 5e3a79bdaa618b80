// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"

namespace tandem {

// How long after logging an entry its author may still correct it: a working day and the night after it,
// so a slip noticed the next morning is still the author's to fix. After that, and for anyone else's entry,
// a team lead corrects it.
inline constexpr Millis ownEntryCorrectionWindow = 24LL * 60 * 60 * 1000;

} // namespace tandem
