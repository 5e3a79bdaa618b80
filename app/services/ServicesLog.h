// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace tandem {

// The services layer's log: what a service drops or works around instead of refusing.
// Info and above by default. Header-only; enable debug output with QT_LOGGING_RULES="tandem.services.debug=true".
inline const QLoggingCategory &lcServices()
{
    static const QLoggingCategory category("tandem.services", QtInfoMsg);
    return category;
}

} // namespace tandem
