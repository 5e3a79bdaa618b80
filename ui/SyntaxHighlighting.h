// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

class QWidget;

namespace tandem {

// The program's one repository of highlighting definitions (services/SyntaxRepository, which articles'
// Markdown code blocks are highlighted with too), and highlighters whose colours follow the application's
// light or dark theme, also when it is switched while they are shown.
class SyntaxHighlighting
{
public:
    [[nodiscard]] static KSyntaxHighlighting::Repository &repository();
    // Gives the highlighter the theme that suits the widget's palette, now and after every palette change.
    static void followPalette(KSyntaxHighlighting::SyntaxHighlighter *highlighter, QWidget *widget);
};

} // namespace tandem
