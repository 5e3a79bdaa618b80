// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/WorkingDays.h"

namespace tandem {

bool isWorkingDay(const QDate &date)
{
    return date.dayOfWeek() <= 5;
}

QDate addWorkingDays(const QDate &from, int days)
{
    QDate date = from;
    while (days > 0) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            --days;
    }
    return date;
}

} // namespace tandem
