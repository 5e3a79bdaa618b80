// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace tandem {

// RFC 4180 text: fields separated by commas, records ended by CRLF, a field that holds a comma, a quote,
// a CR or an LF enclosed in quotes with its quotes doubled. Written as UTF-8 by whoever writes it out.
class Csv
{
public:
    [[nodiscard]] static QString field(const QString &value);
    // One record with its CRLF.
    [[nodiscard]] static QString record(const QStringList &fields);
};

} // namespace tandem
