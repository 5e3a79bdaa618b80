// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

class QUrl;

namespace tandem {

// A customer's HTML made safe to show as rich text, and what was taken out of it.
struct SanitizedHtml
{
    QString html;
    int blockedImages = 0; // images (remote, embedded or inline) replaced by a visible placeholder
    int removedLinks = 0; // links to anything but web pages and mail addresses, kept as their text
    bool truncated = false; // the input was longer than the sanitiser reads
};

// Turns the HTML of a mail into rich text that loads nothing and runs nothing, by an allow-list: text
// formatting, lists, tables and links stay; scripts, styles, frames, forms, objects and everything the
// list does not know go (unknown tags keep their text, dangerous ones lose it too). No attribute that can
// name a resource survives: images become a placeholder saying where they would have come from, so no
// tracking pixel is ever fetched, and inline styles keep only plain colours, sizes and alignment. Links
// keep web and mail targets only, and show the real target beside their text when the two differ.
//
// A plain tokenizer, not a browser's parser: what it cannot read as a tag is text, an unclosed tag or
// comment ends the input, and the output is always well nested, so no input makes it unsafe.
class HtmlSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(tandem::HtmlSanitizer)

public:
    // Characters read; the rest of a larger input is left out (the plain text view has all of it).
    static constexpr qsizetype maxInputLength = qsizetype(2) * 1024 * 1024;
    // Deeper nesting is flattened: the text stays, the tags go.
    static constexpr int maxDepth = 64;
    static constexpr int maxTableDepth = 8;

    [[nodiscard]] static SanitizedHtml sanitize(const QString &html);
    // Web pages and mail addresses; everything else (javascript:, data:, file:, relative) is no link.
    [[nodiscard]] static bool isSafeLink(const QUrl &url);
};

} // namespace tandem
