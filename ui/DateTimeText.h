// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace tandem {

// The locale's short time format without seconds: some locales' short format (the C locale's among
// them) carries seconds, which say nothing about a due time or when something was logged.
[[nodiscard]] QString minutesTimeFormat(const QLocale &locale = QLocale());

// A date and time as every list shows them: the locale's short date, then the time to the minute.
[[nodiscard]] QString shortDateTimeText(const QDateTime &time, const QLocale &locale = QLocale());

} // namespace tandem
