// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/TemplateParser.h"

#include "domain/TemplatePlaceholders.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace tandem {
namespace {

using Kind = TemplateError::Kind;

QString translated(const char *sourceText)
{
    return QCoreApplication::translate("tandem::TemplateEngine", sourceText);
}

// Messages quote what the user wrote; a megabyte-long "name" must not become a megabyte-long message.
QString quotable(QStringView written)
{
    constexpr qsizetype longestQuoted = 40;
    if (written.size() <= longestQuoted)
        return written.toString();
    return written.first(longestQuoted - 1).toString() + QChar(0x2026);
}

QString messageFor(Kind kind, QStringView written, const QString &suggestion)
{
    switch (kind) {
    case Kind::UnclosedPlaceholder:
        return translated("This {{ has no matching }} on the same line.");
    case Kind::StrayClosingBraces:
        return translated("}} without an opening {{. To write the braces themselves, type \\}}.");
    case Kind::EmptyPlaceholder:
        return translated("Empty placeholder: put a name between the braces, like {{customer.first_name}}.");
    case Kind::ExpectedName:
        return translated("Expected a placeholder name like customer.first_name, found “%1”.").arg(quotable(written));
    case Kind::ExpectedClosingBraces:
        return translated("Expected }} to close the placeholder, found “%1”.").arg(quotable(written));
    case Kind::ExpectedFallbackText:
        return translated("Expected fallback text in double quotes after |, like | \"there\".");
    case Kind::UnterminatedFallback:
        return translated("The fallback text has no closing double quote.");
    case Kind::UnknownPlaceholder:
        if (suggestion.isEmpty())
            return translated("Unknown placeholder “%1”.").arg(quotable(written));
        return translated("Unknown placeholder “%1”. Did you mean “%2”?").arg(quotable(written), suggestion);
    case Kind::CursorWithFallback:
        return translated("{{cursor}} marks where the caret goes and takes no fallback.");
    case Kind::SecondCursor:
        return translated("Only one {{cursor}} per template; this one is ignored.");
    case Kind::TooManyErrors:
        return translated("Too many errors; the rest of the template was not checked.");
    }
    return {};
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

bool isInlineSpace(QChar c)
{
    return !isLineBreak(c) && c.isSpace();
}

struct Problem
{
    Kind kind;
    qsizetype offset;
    qsizetype length;
};

struct PlaceholderBody
{
    qsizetype nameStart = 0;
    QStringView name;
    std::optional<QString> fallback;
};

class Parser
{
public:
    explicit Parser(const QString &source) : m_source(source), m_chars(source.constData()), m_size(source.size()) { }

    void run()
    {
        m_textStart = spanAt(0, 0);
        while (m_pos < m_size && !m_stopped) {
            const QChar c = m_chars[m_pos];
            if (c == u'\\')
                readBackslashes();
            else if (opensAt(m_pos))
                readPlaceholder();
            else if (closesAt(m_pos)) {
                report(Kind::StrayClosingBraces, spanAt(m_pos, 2));
                m_pos += 2; // kept as text, so a preview shows it where it was typed
            } else
                ++m_pos;
        }
        flushText(m_size);
    }

    QList<TemplateNode> nodes;
    QList<TemplateError> errors;

private:
    QChar at(qsizetype i) const { return i < m_size ? m_chars[i] : QChar(); }
    bool opensAt(qsizetype i) const { return at(i) == u'{' && at(i + 1) == u'{'; }
    bool closesAt(qsizetype i) const { return at(i) == u'}' && at(i + 1) == u'}'; }
    QStringView slice(qsizetype from, qsizetype to) const { return QStringView(m_source).sliced(from, to - from); }
    qsizetype charLengthAt(qsizetype i) const
    {
        if (i >= m_size)
            return 0;
        return m_chars[i].isHighSurrogate() && at(i + 1).isLowSurrogate() ? 2 : 1;
    }
    void skipInlineSpaces()
    {
        while (m_pos < m_size && isInlineSpace(m_chars[m_pos]))
            ++m_pos;
    }

    // Requests arrive in source order, or step back within the current line, so counting lines is one
    // forward scan over the whole parse.
    TemplateSpan spanAt(qsizetype offset, qsizetype length)
    {
        if (offset < m_lineStart) {
            m_scanned = 0;
            m_line = 1;
            m_lineStart = 0;
        }
        for (; m_scanned < offset; ++m_scanned) {
            if (m_chars[m_scanned] == u'\n') {
                ++m_line;
                m_lineStart = m_scanned + 1;
            }
        }
        return TemplateSpan { offset, length, m_line, static_cast<int>(offset - m_lineStart + 1) };
    }

    void report(Kind kind, const TemplateSpan &span, const QString &name = {}, const QString &suggestion = {})
    {
        if (m_stopped)
            return;
        const QStringView written = name.isEmpty() ? slice(span.offset, span.offset + span.length) : QStringView(name);
        errors.append(TemplateError { kind, name, messageFor(kind, written, suggestion), span });
        if (errors.size() >= TemplateParser::maxReportedErrors) {
            m_stopped = true;
            errors.append(
                TemplateError { Kind::TooManyErrors, {}, messageFor(Kind::TooManyErrors, {}, {}), spanAt(m_pos, 0) });
        }
    }

    // Literal source characters since the last construct join the pending text here.
    void takeRun(qsizetype end)
    {
        if (end > m_runStart)
            m_pendingText.append(slice(m_runStart, end));
        m_runStart = end;
    }

    void flushText(qsizetype end)
    {
        if (m_stopped)
            end = m_size; // unchecked rest stays as text
        takeRun(end);
        if (!m_pendingText.isEmpty()) {
            TemplateSpan span = m_textStart;
            span.length = end - span.offset;
            nodes.append(
                TemplateNode { TemplateNode::Kind::Text, std::exchange(m_pendingText, QString()), {}, {}, span });
        }
    }

    void startTextAt(qsizetype offset)
    {
        m_runStart = offset;
        m_textStart = spanAt(offset, 0);
    }

    void readBackslashes()
    {
        const qsizetype first = m_pos;
        while (m_pos < m_size && m_chars[m_pos] == u'\\')
            ++m_pos;
        const bool beforeOpening = opensAt(m_pos);
        if (!beforeOpening && !closesAt(m_pos))
            return; // ordinary text

        const qsizetype count = m_pos - first;
        takeRun(first);
        m_pendingText.append(QString(count / 2, u'\\'));
        m_runStart = m_pos;
        if (count % 2 == 0)
            return; // the braces are live; the main loop reads them

        // Escaped: the braces are text, and after \{{ so is everything up to the next }} on this line.
        m_pendingText.append(slice(m_pos, m_pos + 2));
        m_pos += 2;
        m_runStart = m_pos;
        if (!beforeOpening)
            return;
        while (m_pos < m_size && !isLineBreak(m_chars[m_pos])) {
            if (closesAt(m_pos)) {
                m_pos += 2;
                break;
            }
            ++m_pos;
        }
    }

    void readPlaceholder()
    {
        const qsizetype open = m_pos;
        takeRun(open);
        const TemplateSpan openSpan = spanAt(open, 2);
        m_pos += 2;

        PlaceholderBody body;
        if (const std::optional<Problem> problem = readPlaceholderBody(open, body)) {
            const bool closed = skipPastClosingBraces();
            // Without a closing }} the missing close is the real mistake, unless the fallback's missing
            // quote swallowed it.
            if (!closed && problem->kind != Kind::UnterminatedFallback)
                report(Kind::UnclosedPlaceholder, openSpan);
            else
                report(problem->kind, spanAt(problem->offset, problem->length));
            // The broken placeholder stays in the text as written, so a preview shows it.
            m_runStart = open;
            return;
        }

        flushText(open);
        TemplateSpan span = openSpan;
        span.length = m_pos - open;
        if (body.name == TemplatePlaceholders::cursorName) {
            if (body.fallback)
                report(Kind::CursorWithFallback, span);
            if (m_cursorSeen) {
                report(Kind::SecondCursor, span);
            } else {
                m_cursorSeen = true;
                nodes.append(TemplateNode { TemplateNode::Kind::Cursor, {}, {}, {}, span });
            }
        } else {
            QString name = body.name.toString();
            if (!TemplatePlaceholders::isKnown(name))
                report(Kind::UnknownPlaceholder, spanAt(body.nameStart, body.name.size()), name,
                    TemplatePlaceholders::suggestionFor(name));
            nodes.append(
                TemplateNode { TemplateNode::Kind::Placeholder, {}, std::move(name), std::move(body.fallback), span });
        }
        startTextAt(m_pos);
    }

    std::optional<Problem> readPlaceholderBody(qsizetype open, PlaceholderBody &body)
    {
        skipInlineSpaces();
        if (!isNameStart(at(m_pos))) {
            if (closesAt(m_pos))
                return Problem { Kind::EmptyPlaceholder, open, m_pos + 2 - open };
            return Problem { Kind::ExpectedName, m_pos, charLengthAt(m_pos) };
        }
        body.nameStart = m_pos;
        for (;;) {
            while (isNameChar(at(m_pos)))
                ++m_pos;
            if (at(m_pos) != u'.')
                break;
            ++m_pos;
            if (!isNameStart(at(m_pos)))
                return Problem { Kind::ExpectedName, m_pos, charLengthAt(m_pos) };
        }
        body.name = slice(body.nameStart, m_pos);

        skipInlineSpaces();
        if (at(m_pos) == u'|') {
            ++m_pos;
            skipInlineSpaces();
            if (at(m_pos) != u'"')
                return Problem { Kind::ExpectedFallbackText, m_pos, charLengthAt(m_pos) };
            if (const std::optional<Problem> problem = readFallback(body.fallback))
                return problem;
            skipInlineSpaces();
        }
        if (!closesAt(m_pos))
            return Problem { Kind::ExpectedClosingBraces, m_pos, charLengthAt(m_pos) };
        m_pos += 2;
        return std::nullopt;
    }

    std::optional<Problem> readFallback(std::optional<QString> &fallback)
    {
        const qsizetype quote = m_pos++;
        QString text;
        qsizetype chunkStart = m_pos;
        while (m_pos < m_size && !isLineBreak(m_chars[m_pos]) && !closesAt(m_pos)) {
            const QChar c = m_chars[m_pos];
            if (c == u'"') {
                text.append(slice(chunkStart, m_pos));
                ++m_pos;
                fallback = std::move(text);
                return std::nullopt;
            }
            if (c == u'\\' && (at(m_pos + 1) == u'"' || at(m_pos + 1) == u'\\')) {
                text.append(slice(chunkStart, m_pos));
                text.append(m_chars[m_pos + 1]);
                m_pos += 2;
                chunkStart = m_pos;
                continue;
            }
            ++m_pos;
        }
        return Problem { Kind::UnterminatedFallback, quote, m_pos - quote };
    }

    // Recovery after an error: returns whether the placeholder's }} was found (and skipped).
    bool skipPastClosingBraces()
    {
        while (m_pos < m_size && !isLineBreak(m_chars[m_pos]) && !opensAt(m_pos)) {
            if (closesAt(m_pos)) {
                m_pos += 2;
                return true;
            }
            ++m_pos;
        }
        return false;
    }

    const QString &m_source;
    const QChar *m_chars;
    qsizetype m_size;
    qsizetype m_pos = 0;

    qsizetype m_runStart = 0;
    QString m_pendingText;
    TemplateSpan m_textStart;

    qsizetype m_scanned = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;

    bool m_cursorSeen = false;
    bool m_stopped = false;
};

} // namespace

ParsedTemplate TemplateParser::parse(const QString &source)
{
    Parser parser(source);
    parser.run();
    return ParsedTemplate(source, std::move(parser.nodes), std::move(parser.errors));
}

} // namespace tandem
