// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Enums.h"

#include <QString>

namespace tandem {

// Guesses what a pasted body is (log, JSON, XML, YAML, INI, shell session, SQL or stack trace) from its
// first lines, so a body logged as plain text still gets the right highlighting.
class BodyFormatSniffer
{
public:
    // Looks at no more than the first few kilobytes; Plain when nothing fits.
    static BodyFormat sniff(const QString &body);
    // The declared format when it says something, else the sniffed one.
    static BodyFormat effectiveFormat(BodyFormat declared, const QString &body);
};

} // namespace tandem
