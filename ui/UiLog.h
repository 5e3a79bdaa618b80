// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

namespace tandem {

// The desktop UI's log: what the UI cannot show or do and leaves out without asking the user.
// Info and above by default. Header-only; enable debug output with QT_LOGGING_RULES="tandem.ui.debug=true".
inline const QLoggingCategory &lcUi()
{
    static const QLoggingCategory category("tandem.ui", QtInfoMsg);
    return category;
}

} // namespace tandem
