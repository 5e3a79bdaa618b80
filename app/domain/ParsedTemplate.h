// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

class TemplateContext;

// A place in the template source. Offsets and columns count UTF-16 code units, as QTextCursor
// positions do, so the editor can select a span directly.
struct TemplateSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 1; // 1-based
    int column = 1; // 1-based
};

// One piece of a parsed template. The grammar is flat, so the syntax tree is a list of these.
struct TemplateNode
{
    enum class Kind { Text, Placeholder, Cursor };

    Kind kind = Kind::Text;
    QString text; // Text: literal text, escapes already resolved
    QString name; // Placeholder: "customer.first_name"
    std::optional<QString> fallback; // Placeholder: used when the value is missing; may be empty
    TemplateSpan span; // the whole node as written, braces included
};

struct TemplateError
{
    enum class Kind {
        UnclosedPlaceholder, // "{{name" with no "}}" on the same line
        StrayClosingBraces, // "}}" with no "{{" before it
        EmptyPlaceholder, // "{{ }}"
        ExpectedName, // "{{1}}", "{{customer.}}"
        ExpectedClosingBraces, // "{{customer.name x}}"
        ExpectedFallbackText, // "{{customer.name | there}}"
        UnterminatedFallback, // "{{customer.name | "there}}"
        UnknownPlaceholder, // "{{customer.frist_name}}"
        CursorWithFallback, // "{{cursor | "x"}}"
        SecondCursor, // a second "{{cursor}}"
        TooManyErrors, // checking stopped here; the rest was not looked at
    };

    Kind kind = Kind::UnclosedPlaceholder;
    QString name; // UnknownPlaceholder: the name as written
    QString message; // translated, for people
    TemplateSpan span;
};

// A placeholder that had neither a value nor a fallback: insertion must wait until it is filled in.
struct TemplateMissingValue
{
    QString name;
    TemplateSpan span; // in the template source
    qsizetype renderedOffset = 0; // where the placeholder, left as written, starts in the rendered text

    // Translated, e.g. No value for “customer.phone” (Customer's phone number) at line 3, column 12.
    [[nodiscard]] QString message() const;
};

struct TemplateRendering
{
    QString text;
    // Where the caret goes after insertion: at {{cursor}}, else at the end. Offset into text.
    qsizetype caretPosition = 0;
    // In template order. Each one stays in text as written, so a preview shows what is missing.
    QList<TemplateMissingValue> missing;

    // Insert a reply only when this holds and the template itself had no errors.
    [[nodiscard]] bool isComplete() const { return missing.isEmpty(); }
    [[nodiscard]] QStringList missingNames() const;
};

// The result of TemplateParser::parse(): immutable, cheap to copy, rendered as often as needed.
class ParsedTemplate
{
public:
    ParsedTemplate() = default;

    [[nodiscard]] const QString &source() const { return m_source; }
    [[nodiscard]] const QList<TemplateNode> &nodes() const { return m_nodes; }
    [[nodiscard]] const QList<TemplateError> &errors() const { return m_errors; }
    [[nodiscard]] bool isValid() const { return m_errors.isEmpty(); }
    [[nodiscard]] bool hasCursor() const { return m_hasCursor; }
    // Placeholder names in order of first use, each once; the cursor marker is not among them.
    [[nodiscard]] QStringList placeholderNames() const;

    // Renders whatever parsed, errors or not, so the editor can preview a template being written.
    [[nodiscard]] TemplateRendering render(const TemplateContext &context) const;

private:
    friend class TemplateParser;
    ParsedTemplate(QString source, QList<TemplateNode> nodes, QList<TemplateError> errors);

    QString m_source;
    QList<TemplateNode> m_nodes;
    QList<TemplateError> m_errors;
    qsizetype m_literalLength = 0;
    qsizetype m_placeholderCount = 0;
    bool m_hasCursor = false;
};

} // namespace tandem
