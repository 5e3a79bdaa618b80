// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/ParsedTemplate.h"

#include "domain/TemplateContext.h"
#include "domain/TemplatePlaceholders.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace tandem {

QString TemplateMissingValue::message() const
{
    const QString description = TemplatePlaceholders::description(name);
    if (description.isEmpty())
        return QCoreApplication::translate("tandem::TemplateEngine", "No value for “%1” at line %2, column %3.")
            .arg(name)
            .arg(span.line)
            .arg(span.column);
    return QCoreApplication::translate("tandem::TemplateEngine", "No value for “%1” (%2) at line %3, column %4.")
        .arg(name, description)
        .arg(span.line)
        .arg(span.column);
}

QStringList TemplateRendering::missingNames() const
{
    QStringList names;
    names.reserve(missing.size());
    for (const TemplateMissingValue &value : missing)
        names.append(value.name);
    return names;
}

ParsedTemplate::ParsedTemplate(QString source, QList<TemplateNode> nodes, QList<TemplateError> errors)
    : m_source(std::move(source)), m_nodes(std::move(nodes)), m_errors(std::move(errors))
{
    for (const TemplateNode &node : std::as_const(m_nodes)) {
        switch (node.kind) {
        case TemplateNode::Kind::Text:
            m_literalLength += node.text.size();
            break;
        case TemplateNode::Kind::Placeholder:
            ++m_placeholderCount;
            break;
        case TemplateNode::Kind::Cursor:
            m_hasCursor = true;
            break;
        }
    }
}

QStringList ParsedTemplate::placeholderNames() const
{
    QStringList names;
    QSet<QString> seen;
    for (const TemplateNode &node : m_nodes) {
        if (node.kind == TemplateNode::Kind::Placeholder && !seen.contains(node.name)) {
            seen.insert(node.name);
            names.append(node.name);
        }
    }
    return names;
}

TemplateRendering ParsedTemplate::render(const TemplateContext &context) const
{
    // Typical values are a few words; one allocation covers most replies.
    constexpr qsizetype expectedValueLength = 24;

    TemplateRendering result;
    result.text.reserve(m_literalLength + m_placeholderCount * expectedValueLength);
    bool caretPlaced = false;
    // A value that ends in an abbreviation's period ("Example Inc.") before the template's own full stop
    // would read "Inc..": the two periods become one (an ellipsis stays as written).
    bool valueEndsInPeriod = false;
    for (const TemplateNode &node : m_nodes) {
        const bool periodBefore = std::exchange(valueEndsInPeriod, false);
        switch (node.kind) {
        case TemplateNode::Kind::Text: {
            QStringView text = node.text;
            if (periodBefore && text.startsWith(u'.') && !text.startsWith(u".."))
                text = text.sliced(1);
            result.text.append(text);
            break;
        }
        case TemplateNode::Kind::Cursor:
            if (!caretPlaced) {
                result.caretPosition = result.text.size();
                caretPlaced = true;
            }
            break;
        case TemplateNode::Kind::Placeholder:
            if (const QString *value = context.find(node.name)) {
                result.text.append(*value);
                valueEndsInPeriod = value->endsWith(u'.');
            } else if (node.fallback) {
                result.text.append(*node.fallback);
                valueEndsInPeriod = node.fallback->endsWith(u'.');
            } else {
                result.missing.append(TemplateMissingValue { node.name, node.span, result.text.size() });
                result.text.append(QStringView(m_source).sliced(node.span.offset, node.span.length));
            }
            break;
        }
    }
    if (!caretPlaced)
        result.caretPosition = result.text.size();
    return result;
}

} // namespace tandem
