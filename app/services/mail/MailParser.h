// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/mail/ParsedMail.h"

#include <QCoreApplication>

#include <optional>

namespace tandem {

// A raw mail parsed, or the reason it was refused (for the import summary).
struct MailParseResult
{
    std::optional<ParsedMail> mail;
    QString refusal;
};

// Turns raw RFC 5322 bytes into a ParsedMail; KMime does the MIME work. Never throws: input that is no
// usable mail comes back refused, with a reason a person can act on.
class MailParser
{
    Q_DECLARE_TR_FUNCTIONS(MailParser)

public:
    // Larger mails are refused rather than held in memory whole.
    static constexpr qsizetype maxMailBytes = qsizetype(64) * 1024 * 1024;

    [[nodiscard]] static MailParseResult parse(const QByteArray &raw);
};

} // namespace tandem
