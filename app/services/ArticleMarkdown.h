// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// An article's Markdown as HTML: CommonMark with GitHub's tables, strikethrough, task lists and autolinks,
// rendered by md4c. Raw HTML in the text is shown as text, never passed on (public articles reach
// customers' browsers), and a link or image whose address uses any scheme but http, https or mailto loses
// the address. Fenced code blocks naming a language KSyntaxHighlighting knows ("```cpp", "```json") are
// coloured with inline styles in the light default theme, so the HTML needs no style sheet.
class ArticleMarkdown
{
public:
    // An HTML fragment (no <html> or <body>).
    [[nodiscard]] static QString toHtml(const QString &markdown);
    // The text as a reply in plain text says it, without Markdown's marks: paragraphs and headings apart by a
    // blank line, list items as "- " or "1. " lines, code as it is, a link's address in brackets after its
    // words (when they differ), table cells apart by " | ".
    [[nodiscard]] static QString toPlainText(const QString &markdown);
};

} // namespace tandem
