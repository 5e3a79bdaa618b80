// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ArticleMarkdown.h"

#include "services/SyntaxRepository.h"

#include <QColor>
#include <QRegularExpression>
#include <QStringList>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <md4c-html.h>

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

} // namespace

QString ArticleMarkdown::toHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &output, MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
        MD_HTML_FLAG_SKIP_UTF8_BOM);
    return highlightCodeBlocks(withSafeAddresses(QString::fromUtf8(output)));
}

} // namespace tandem
