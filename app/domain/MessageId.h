// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace tandem {

// An e-mail Message-ID as headers spell it, "<id>", and as IMAP searches and delivery keys hold it, bare.
// Every place that wraps or unwraps one goes through these, so the two forms are never mixed up; both
// accept either form and ignore surrounding space.
struct MessageId
{
    [[nodiscard]] static QString bracketed(QStringView id)
    {
        const QStringView trimmed = id.trimmed();
        if (trimmed.startsWith(u'<') && trimmed.endsWith(u'>'))
            return trimmed.toString();
        return u'<' + bare(trimmed) + u'>';
    }

    [[nodiscard]] static QString bare(QStringView id)
    {
        QStringView trimmed = id.trimmed();
        if (trimmed.startsWith(u'<'))
            trimmed = trimmed.mid(1);
        if (trimmed.endsWith(u'>'))
            trimmed.chop(1);
        return trimmed.trimmed().toString();
    }
};

} // namespace tandem
