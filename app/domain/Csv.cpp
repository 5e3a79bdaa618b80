// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Csv.h"

using namespace Qt::StringLiterals;

namespace tandem {

QString Csv::field(const QString &value)
{
    const bool quoted = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n');
    if (!quoted)
        return value;
    QString escaped = value;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString Csv::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    line += u"\r\n"_s;
    return line;
}

} // namespace tandem
