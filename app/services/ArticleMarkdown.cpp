// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ArticleMarkdown.h"

#include "services/SyntaxRepository.h"

#include <QColor>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <md4c-html.h>
#include <md4c.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userData)
{
    static_cast<QByteArray *>(userData)->append(text, qsizetype(size));
}

// Code as HTML spans with inline colours, line by line the way KSyntaxHighlighting reads it.
class InlineStyleHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString highlight(const QString &code)
    {
        m_html.clear();
        KSyntaxHighlighting::State state;
        const QStringList lines = code.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines.at(i);
            state = highlightLine(m_line, state);
            if (i + 1 < lines.size())
                m_html.append(u'\n');
        }
        return m_html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const QString text = m_line.mid(offset, length).toHtmlEscaped();
        QStringList style;
        if (format.hasTextColor(theme()))
            style.append(u"color:"_s + format.textColor(theme()).name());
        if (format.isBold(theme()))
            style.append(u"font-weight:bold"_s);
        if (format.isItalic(theme()))
            style.append(u"font-style:italic"_s);
        if (style.isEmpty() || text.isEmpty()) {
            m_html.append(text);
            return;
        }
        m_html.append(u"<span style=\""_s + style.join(u';') + u"\">"_s + text + u"</span>"_s);
    }

private:
    QString m_line;
    QString m_html;
};

// md4c escapes these four in code; the highlighter needs the code as written.
QString unescaped(QString html)
{
    html.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return html.replace(u"&amp;"_s, u"&"_s);
}

QString highlightCodeBlocks(const QString &html)
{
    static const QRegularExpression block(
        u"<pre><code class=\"language-([^\"]+)\">(.*?)</code></pre>"_s, QRegularExpression::DotMatchesEverythingOption);
    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    InlineStyleHighlighter highlighter;
    highlighter.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    QString result;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = block.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString language = unescaped(match.captured(1));
        KSyntaxHighlighting::Definition definition = repository.definitionForName(language);
        if (!definition.isValid())
            definition = repository.definitionForFileName(u"code."_s + language);
        if (!definition.isValid())
            continue;
        highlighter.setDefinition(definition);
        result += QStringView(html).mid(done, match.capturedStart(2) - done);
        result += highlighter.highlight(unescaped(match.captured(2)));
        done = match.capturedEnd(2);
    }
    result += QStringView(html).mid(done);
    return result;
}

// Addresses a browser would run or open outside the page (javascript:, data:, file:, ...) are dropped;
// relative ones and #anchors stay.
QString withSafeAddresses(const QString &html)
{
    static const QRegularExpression address(u"(href|src)=\"([A-Za-z][A-Za-z0-9+.-]*):[^\"]*\""_s);
    static const QStringList allowed { u"http"_s, u"https"_s, u"mailto"_s };
    QString result;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = address.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (allowed.contains(match.captured(2).toLower()))
            continue;
        result += QStringView(html).mid(done, match.capturedStart(0) - done);
        result += match.captured(1) + u"=\"\""_s;
        done = match.capturedEnd(0);
    }
    result += QStringView(html).mid(done);
    return result;
}

// Plain text from md4c's parse events.
struct PlainTextWriter
{
    QString text;
    struct List
    {
        bool ordered = false;
        unsigned next = 1;
    };
    QList<List> lists;
    QList<QString> linkTargets; // of the links being written, innermost last
    QList<qsizetype> linkStarts;
    bool firstCell = true;

    void endLine()
    {
        while (text.endsWith(u' '))
            text.chop(1);
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
    }
    void blankLine()
    {
        endLine();
        if (!text.isEmpty() && !text.endsWith(u"\n\n"_s))
            text += u'\n';
    }

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        auto &w = *static_cast<PlainTextWriter *>(self);
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (w.lists.isEmpty())
                w.blankLine();
            w.lists.append(
                { type == MD_BLOCK_OL, type == MD_BLOCK_OL ? static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start : 1 });
            break;
        case MD_BLOCK_LI: {
            w.endLine();
            w.text += QString(2 * (w.lists.size() - 1), u' ');
            if (!w.lists.isEmpty() && w.lists.last().ordered)
                w.text += QString::number(w.lists.last().next++) + u". "_s;
            else
                w.text += u"- "_s;
            break;
        }
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_TABLE:
        case MD_BLOCK_HR:
            if (w.lists.isEmpty())
                w.blankLine();
            break;
        case MD_BLOCK_TR:
            w.endLine();
            w.firstCell = true;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (!std::exchange(w.firstCell, false))
                w.text += u" | "_s;
            break;
        default:
            break;
        }
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        auto &w = *static_cast<PlainTextWriter *>(self);
        if (type == MD_BLOCK_UL || type == MD_BLOCK_OL)
            w.lists.removeLast();
        else if (type == MD_BLOCK_HR)
            w.text += u"———"_s;
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void *detail, void *self)
    {
        auto &w = *static_cast<PlainTextWriter *>(self);
        if (type == MD_SPAN_A) {
            const MD_ATTRIBUTE &href = static_cast<MD_SPAN_A_DETAIL *>(detail)->href;
            w.linkTargets.append(QString::fromUtf8(href.text, qsizetype(href.size)));
            w.linkStarts.append(w.text.size());
        }
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        auto &w = *static_cast<PlainTextWriter *>(self);
        if (type == MD_SPAN_A && !w.linkTargets.isEmpty()) {
            const QString target = w.linkTargets.takeLast();
            const QString words = w.text.mid(w.linkStarts.takeLast());
            if (!target.isEmpty() && words != target && u"mailto:"_s + words != target)
                w.text += u" ("_s + target + u')';
        }
        return 0;
    }
    static int addText(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *self)
    {
        auto &w = *static_cast<PlainTextWriter *>(self);
        const QString piece = QString::fromUtf8(chars, qsizetype(size));
        switch (type) {
        case MD_TEXT_BR:
            w.text += u'\n';
            break;
        case MD_TEXT_SOFTBR:
            w.text += u' ';
            break;
        case MD_TEXT_NULLCHAR:
            w.text += QChar::ReplacementCharacter;
            break;
        case MD_TEXT_ENTITY: {
            static const QHash<QString, QString> entities { { u"&amp;"_s, u"&"_s }, { u"&lt;"_s, u"<"_s },
                { u"&gt;"_s, u">"_s }, { u"&quot;"_s, u"\""_s }, { u"&apos;"_s, u"'"_s }, { u"&nbsp;"_s, u" "_s } };
            w.text += entities.value(piece, piece);
            break;
        }
        default:
            w.text += piece;
            break;
        }
        return 0;
    }
};

} // namespace

QString ArticleMarkdown::toPlainText(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    PlainTextWriter writer;
    MD_PARSER parser {};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    parser.enter_block = &PlainTextWriter::enterBlock;
    parser.leave_block = &PlainTextWriter::leaveBlock;
    parser.enter_span = &PlainTextWriter::enterSpan;
    parser.leave_span = &PlainTextWriter::leaveSpan;
    parser.text = &PlainTextWriter::addText;
    md_parse(input.constData(), MD_SIZE(input.size()), &parser, &writer);
    return writer.text.trimmed();
}

QString ArticleMarkdown::toHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &output, MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
        MD_HTML_FLAG_SKIP_UTF8_BOM);
    return highlightCodeBlocks(withSafeAddresses(QString::fromUtf8(output)));
}

} // namespace tandem
