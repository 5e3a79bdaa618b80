// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace tandem {

// tandemctl's log, beside what it prints for the user: what a command skips or works around.
// Info and above by default. Header-only; enable debug output with QT_LOGGING_RULES="tandem.cli.debug=true".
inline const QLoggingCategory &lcCli()
{
    static const QLoggingCategory category("tandem.cli", QtInfoMsg);
    return category;
}

} // namespace tandem
