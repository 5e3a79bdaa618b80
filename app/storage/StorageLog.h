// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace tandem {

// The storage layer's log: what it decides on its own (a slower path taken, an error it recovers from).
// Info and above by default. Header-only; enable debug output with QT_LOGGING_RULES="tandem.storage.debug=true".
inline const QLoggingCategory &lcStorage()
{
    static const QLoggingCategory category("tandem.storage", QtInfoMsg);
    return category;
}

} // namespace tandem
