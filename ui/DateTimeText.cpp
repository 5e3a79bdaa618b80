// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DateTimeText.h"

using namespace Qt::StringLiterals;

namespace tandem {

QString minutesTimeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    format.remove(u".ss"_s);
    return format;
}

QString shortDateTimeText(const QDateTime &time, const QLocale &locale)
{
    return locale.toString(time.date(), QLocale::ShortFormat) + u' '
        + locale.toString(time.time(), minutesTimeFormat(locale));
}

} // namespace tandem
