// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/ParsedTemplate.h"

#include <QString>

namespace tandem {

// Reads reply-template source into a ParsedTemplate.
//
// Syntax (resources/syntax/tandem-template.xml highlights the same rules):
//   {{customer.first_name}}            a placeholder: letters, digits and _ in dot-separated parts,
//                                      case-sensitive; it must be one of TemplatePlaceholders.
//   {{ customer.first_name }}          spaces and tabs inside the braces are ignored, but a
//                                      placeholder never spans lines.
//   {{customer.first_name | "there"}}  a fallback, used when the value is missing or empty. Inside the
//                                      quotes, \" is a quote and \\ a backslash; any other backslash is
//                                      kept. The fallback is plain text (no placeholders), on one line,
//                                      and cannot contain }}. An empty fallback "" is allowed.
//   {{cursor}}                         where the caret goes after insertion; at most one, no fallback.
//   \{{customer.first_name}}           a literal "{{customer.first_name}}": \{{ makes everything up to
//                                      and including the next }} on the same line literal text.
//   \}}                                a literal "}}".
//   \\{{customer.first_name}}          a backslash, then the placeholder: before {{ or }}, each \\ is one
//                                      backslash. Backslashes anywhere else are ordinary text.
//   { and }                            a single brace is ordinary text.
//   }} without a {{ before it          an error: it is nearly always a mistyped placeholder such as
//                                      {customer.first_name}}, which must not reach a customer.
//
// After an error the parser skips to the end of that placeholder and carries on, so one pass reports
// every problem; it gives up after maxReportedErrors. The pass is a single forward loop without
// recursion: hostile input (100,000 nested braces, megabytes of text) costs linear time and no stack.
class TemplateParser
{
public:
    static constexpr qsizetype maxReportedErrors = 100;

    [[nodiscard]] static ParsedTemplate parse(const QString &source);
};

} // namespace tandem
