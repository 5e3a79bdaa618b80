// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>

namespace tandem {

// Monday to Friday. Follow-ups promised "in three days" land on a day somebody is at the desk.
[[nodiscard]] bool isWorkingDay(const QDate &date);

// The date `days` working days after `from` (from itself need not be a working day): Friday plus one is
// Monday.
[[nodiscard]] QDate addWorkingDays(const QDate &from, int days);

} // namespace tandem
