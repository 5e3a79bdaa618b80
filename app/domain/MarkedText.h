// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace tandem {

// Text in which search marked the matched words between two Unicode noncharacters (reserved for a
// program's internal use, so they do not come from people typing). Views make the marked words bold;
// nothing in the text is ever taken as markup.
class MarkedText
{
public:
    static constexpr QChar startMark { 0xFDD0 };
    static constexpr QChar endMark { 0xFDD1 };

    struct Span
    {
        QString text;
        bool marked = false;
    };

    // The pieces in order, marks removed; unbalanced marks are tolerated.
    [[nodiscard]] static QList<Span> spans(const QString &markedText);
    // The text without marks.
    [[nodiscard]] static QString plain(const QString &markedText);
    // HTML with the marked words in <b>…</b> and everything else escaped.
    [[nodiscard]] static QString toHtml(const QString &markedText);
    // Whether any word is marked.
    [[nodiscard]] static bool hasMarks(const QString &markedText);
    // For one-line display: control characters and runs of whitespace (line breaks too) become single spaces.
    [[nodiscard]] static QString oneLine(const QString &markedText);
};

} // namespace tandem
