// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/HtmlSanitizer.h"

#include "services/mail/HtmlText.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Their content is code, styling, or controls: it goes with them.
const QSet<QString> &droppedWithContent()
{
    // Void elements (embed, frame) are not here: with no end tag they would take the rest along; as unknown
    // tags they go anyway.
    static const QSet<QString> tags = { u"script"_s, u"style"_s, u"head"_s, u"title"_s, u"iframe"_s, u"frameset"_s,
        u"object"_s, u"applet"_s, u"noscript"_s, u"noembed"_s, u"noframes"_s, u"template"_s, u"svg"_s, u"math"_s,
        u"select"_s, u"textarea"_s, u"button"_s, u"xml"_s, u"canvas"_s, u"audio"_s, u"video"_s, u"map"_s };
    return tags;
}

enum class Value { Align, Number, Color, ListType, Flag };

// The tags kept, each with the attributes it keeps and what their values may be.
const QHash<QString, QHash<QString, Value>> &allowedTags()
{
    static const QHash<QString, Value> none;
    static const QHash<QString, Value> aligned = { { u"align"_s, Value::Align } };
    static const QHash<QString, Value> row = { { u"align"_s, Value::Align }, { u"valign"_s, Value::Align } };
    static const QHash<QString, Value> cell = { { u"align"_s, Value::Align }, { u"valign"_s, Value::Align },
        { u"colspan"_s, Value::Number }, { u"rowspan"_s, Value::Number }, { u"width"_s, Value::Number },
        { u"nowrap"_s, Value::Flag }, { u"bgcolor"_s, Value::Color } };
    static const QHash<QString, QHash<QString, Value>> tags = {
        { u"a"_s, none },
        { u"abbr"_s, none },
        { u"b"_s, none },
        { u"big"_s, none },
        { u"blockquote"_s, none },
        { u"br"_s, none },
        { u"caption"_s, none },
        { u"center"_s, none },
        { u"cite"_s, none },
        { u"code"_s, none },
        { u"dd"_s, none },
        { u"del"_s, none },
        { u"div"_s, aligned },
        { u"dl"_s, none },
        { u"dt"_s, none },
        { u"em"_s, none },
        { u"font"_s, { { u"color"_s, Value::Color }, { u"size"_s, Value::Number } } },
        { u"h1"_s, aligned },
        { u"h2"_s, aligned },
        { u"h3"_s, aligned },
        { u"h4"_s, aligned },
        { u"h5"_s, aligned },
        { u"h6"_s, aligned },
        { u"hr"_s, none },
        { u"i"_s, none },
        { u"ins"_s, none },
        { u"kbd"_s, none },
        { u"li"_s, none },
        { u"ol"_s, { { u"start"_s, Value::Number }, { u"type"_s, Value::ListType } } },
        { u"p"_s, aligned },
        { u"pre"_s, none },
        { u"q"_s, none },
        { u"s"_s, none },
        { u"samp"_s, none },
        { u"small"_s, none },
        { u"span"_s, none },
        { u"strike"_s, none },
        { u"strong"_s, none },
        { u"sub"_s, none },
        { u"sup"_s, none },
        { u"table"_s,
            { { u"border"_s, Value::Number }, { u"cellpadding"_s, Value::Number }, { u"cellspacing"_s, Value::Number },
                { u"width"_s, Value::Number }, { u"align"_s, Value::Align }, { u"bgcolor"_s, Value::Color } } },
        { u"tbody"_s, row },
        { u"td"_s, cell },
        { u"tfoot"_s, row },
        { u"th"_s, cell },
        { u"thead"_s, row },
        { u"tr"_s, row },
        { u"tt"_s, none },
        { u"u"_s, none },
        { u"ul"_s, none },
        { u"var"_s, none },
    };
    return tags;
}

bool isVoid(const QString &tag)
{
    return tag == u"br"_s || tag == u"hr"_s;
}

bool isTablePart(const QString &tag)
{
    static const QSet<QString> parts
        = { u"table"_s, u"caption"_s, u"thead"_s, u"tbody"_s, u"tfoot"_s, u"tr"_s, u"td"_s, u"th"_s };
    return parts.contains(tag);
}

bool valueFits(Value kind, const QString &value)
{
    static const QRegularExpression align(u"^[a-zA-Z]{1,10}$"_s);
    static const QRegularExpression number(u"^[+-]?[0-9]{1,4}%?$"_s);
    static const QRegularExpression color(u"^#?[0-9a-zA-Z]{1,20}$"_s);
    static const QRegularExpression listType(u"^[1aAiI]$"_s);
    switch (kind) {
    case Value::Align:
        return align.match(value).hasMatch();
    case Value::Number:
        return number.match(value).hasMatch();
    case Value::Color:
        return color.match(value).hasMatch();
    case Value::ListType:
        return listType.match(value).hasMatch();
    case Value::Flag:
        return true;
    }
    return false;
}

// Inline CSS reduced to plain colours, fonts and alignment. Values with parentheses, backslashes, colons or
// comments never pass, so no url(), image-set(), expression() or escaped form of them does.
QString safeStyle(const QString &style)
{
    static const QSet<QString> properties = { u"color"_s, u"background-color"_s, u"font-weight"_s, u"font-style"_s,
        u"font-size"_s, u"font-family"_s, u"text-align"_s, u"text-decoration"_s };
    static const QRegularExpression plainValue(u"^[#a-zA-Z0-9 .,%'\"-]{1,100}$"_s);
    QStringList kept;
    for (const QString &declaration : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed();
        if (properties.contains(property) && plainValue.match(value).hasMatch()
            && !value.contains(u"url"_s, Qt::CaseInsensitive) && !value.contains(u"expression"_s, Qt::CaseInsensitive))
            kept.append(property + u": "_s + value);
    }
    return kept.join(u"; "_s);
}

// Controls (but tab and line ends) and unpaired surrogates out: they render as nothing or as garbage.
QString withoutControls(QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(ch);
            clean.append(text.at(++i));
        } else if (ch.isSurrogate()) {
            clean.append(QChar(QChar::ReplacementCharacter));
        } else if (ch.unicode() >= 0x20 || ch == u'\t' || ch == u'\n' || ch == u'\r') {
            if (ch.unicode() != 0x7F)
                clean.append(ch);
        }
    }
    return clean;
}

bool isNameChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch == u'-' || ch == u':' || ch == u'_';
}

struct Tag
{
    QString name;
    QHash<QString, QString> attributes; // names lower case, values with character references decoded
    bool closing = false;
};

struct OpenElement
{
    QString name;
    bool emitted = true; // false: a link whose target was refused, kept as text
    QString target; // links: the target shown when the text says something else
    QString text; // links: their text so far
};

class Sanitizer
{
public:
    explicit Sanitizer(const QString &input) : m_in(input) { }

    SanitizedHtml run()
    {
        const qsizetype n = m_in.size();
        qsizetype i = 0;
        while (i < n) {
            const qsizetype lt = m_in.indexOf(u'<', i);
            if (lt < 0) {
                appendText(QStringView(m_in).mid(i));
                break;
            }
            appendText(QStringView(m_in).mid(i, lt - i));
            i = readMarkup(lt);
        }
        while (!m_open.isEmpty())
            closeTop();
        return std::move(m_result);
    }

private:
    // Reads what begins with '<' at `at`; returns where reading goes on.
    qsizetype readMarkup(qsizetype at)
    {
        const qsizetype n = m_in.size();
        const QChar next = at + 1 < n ? m_in.at(at + 1) : QChar();
        if (QStringView(m_in).mid(at, 4) == u"<!--") {
            const qsizetype end = m_in.indexOf(u"-->"_s, at + 4);
            return end < 0 ? n : end + 3;
        }
        if (next == u'!' || next == u'?') {
            const qsizetype end = m_in.indexOf(u'>', at);
            return end < 0 ? n : end + 1;
        }
        const bool closing = next == u'/';
        const qsizetype nameStart = at + (closing ? 2 : 1);
        if (nameStart >= n || !m_in.at(nameStart).isLetter()) {
            appendText(u"<");
            return at + 1;
        }
        Tag tag;
        tag.closing = closing;
        qsizetype i = nameStart;
        while (i < n && isNameChar(m_in.at(i)))
            ++i;
        tag.name = m_in.mid(nameStart, i - nameStart).toLower();
        i = readAttributes(i, tag);
        if (i < 0)
            return n; // an unclosed tag: the rest is inside it
        if (tag.closing)
            end(tag.name);
        else
            i = start(tag, i);
        return i;
    }

    // Reads attributes up to and past '>'; -1 when the tag never ends.
    qsizetype readAttributes(qsizetype i, Tag &tag)
    {
        const qsizetype n = m_in.size();
        while (i < n) {
            const QChar ch = m_in.at(i);
            if (ch == u'>')
                return i + 1;
            if (ch.isSpace() || ch == u'/') {
                ++i;
                continue;
            }
            const qsizetype nameStart = i;
            while (i < n && !m_in.at(i).isSpace() && m_in.at(i) != u'=' && m_in.at(i) != u'>' && m_in.at(i) != u'/')
                ++i;
            const QString name = m_in.mid(nameStart, i - nameStart).toLower();
            while (i < n && m_in.at(i).isSpace())
                ++i;
            QString value;
            if (i < n && m_in.at(i) == u'=') {
                ++i;
                while (i < n && m_in.at(i).isSpace())
                    ++i;
                if (i < n && (m_in.at(i) == u'"' || m_in.at(i) == u'\'')) {
                    const qsizetype close = m_in.indexOf(m_in.at(i), i + 1);
                    if (close < 0)
                        return -1;
                    value = m_in.mid(i + 1, close - i - 1);
                    i = close + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < n && !m_in.at(i).isSpace() && m_in.at(i) != u'>')
                        ++i;
                    value = m_in.mid(valueStart, i - valueStart);
                }
            }
            if (!name.isEmpty() && !tag.attributes.contains(name))
                tag.attributes.insert(name, decodeCharacterReferences(value));
        }
        return -1;
    }

    // Handles a start tag whose '>' ends before `from`; returns where reading goes on.
    qsizetype start(const Tag &tag, qsizetype from)
    {
        if (droppedWithContent().contains(tag.name)) {
            const qsizetype close = m_in.indexOf(u"</"_s + tag.name, from, Qt::CaseInsensitive);
            if (close < 0)
                return m_in.size();
            const qsizetype end = m_in.indexOf(u'>', close);
            return end < 0 ? m_in.size() : end + 1;
        }
        if (tag.name == u"img"_s) {
            placeholderFor(tag);
            return from;
        }
        if (tag.name == u"a"_s) {
            end(u"a"_s); // links do not nest
            startLink(tag);
            return from;
        }
        const auto allowed = allowedTags().constFind(tag.name);
        if (allowed == allowedTags().constEnd())
            return from; // unknown: the tag goes, its text stays
        if (isVoid(tag.name)) {
            m_result.html += u'<' + tag.name + attributesOf(tag, *allowed) + u"/>"_s;
            return from;
        }
        if (m_open.size() >= HtmlSanitizer::maxDepth)
            return from;
        if (tag.name == u"table"_s && openCount(u"table"_s) >= HtmlSanitizer::maxTableDepth)
            return from;
        if (isTablePart(tag.name) && tag.name != u"table"_s && openCount(u"table"_s) == 0)
            return from; // a cell outside any table would make one up
        m_result.html += u'<' + tag.name + attributesOf(tag, *allowed) + u'>';
        m_open.append({ tag.name, true, {}, {} });
        return from;
    }

    void startLink(const Tag &tag)
    {
        const QString href = tag.attributes.value(u"href"_s).trimmed();
        if (m_open.size() >= HtmlSanitizer::maxDepth)
            return;
        if (href.isEmpty() || href.startsWith(u'#')) {
            m_open.append({ u"a"_s, false, {}, {} }); // an anchor within the page: no link
            return;
        }
        const QUrl url(href);
        if (!HtmlSanitizer::isSafeLink(url)) {
            ++m_result.removedLinks;
            m_open.append({ u"a"_s, false, {}, {} });
            const QString scheme = url.scheme().isEmpty() ? HtmlSanitizer::tr("relative") : url.scheme().toLower();
            m_result.html += u"<span style=\"color: gray\">"_s
                + HtmlSanitizer::tr("[link removed: %1]").arg(scheme).toHtmlEscaped() + u"</span> "_s;
            return;
        }
        const QString target = url.toString(QUrl::FullyEncoded);
        m_result.html += u"<a href=\""_s + target.toHtmlEscaped() + u"\">"_s;
        m_open.append({ u"a"_s, true, target, {} });
    }

    void placeholderFor(const Tag &tag)
    {
        ++m_result.blockedImages;
        const QUrl source(tag.attributes.value(u"src"_s).trimmed());
        const QString scheme = source.scheme().toLower();
        const QString alt = tag.attributes.value(u"alt"_s).simplified().left(80);
        QString text;
        if ((scheme == u"http"_s || scheme == u"https"_s) && !source.host().isEmpty())
            text = HtmlSanitizer::tr("[image from %1 not loaded]").arg(source.host(QUrl::EncodeUnicode));
        else if (!alt.isEmpty())
            text = HtmlSanitizer::tr("[image not shown: %1]").arg(alt);
        else
            text = HtmlSanitizer::tr("[image not shown]");
        m_result.html += u"<span style=\"color: gray\">"_s + text.toHtmlEscaped() + u"</span>"_s;
        for (OpenElement &open : m_open) {
            if (open.name == u"a"_s)
                open.text += text;
        }
    }

    void end(const QString &name)
    {
        for (qsizetype index = m_open.size() - 1; index >= 0; --index) {
            if (m_open.at(index).name == name) {
                while (m_open.size() > index)
                    closeTop();
                return;
            }
        }
    }

    void closeTop()
    {
        const OpenElement element = m_open.takeLast();
        if (!element.emitted)
            return;
        m_result.html += u"</"_s + element.name + u'>';
        if (element.name == u"a"_s && !sameTarget(element.text, element.target))
            // Styled on its own: a mail's tiny or same-coloured surroundings must not hide where the link goes.
            m_result.html += u" <span style=\"color: #555555; background-color: #ffffff; font-size: 10pt;"
                             " font-weight: normal; font-style: normal\">["_s
                + element.target.toHtmlEscaped() + u"]</span>"_s;
    }

    // Whether a link's text says where it goes: the target itself, without its scheme or trailing slash,
    // or a mail link's address.
    static bool sameTarget(const QString &text, const QString &target)
    {
        const QString said = text.simplified().toLower();
        if (said.isEmpty())
            return false;
        QString where = target.toLower();
        if (said == where)
            return true;
        for (const QString &scheme : { u"mailto:"_s, u"https://"_s, u"http://"_s }) {
            if (where.startsWith(scheme)) {
                where = where.mid(scheme.size());
                break;
            }
        }
        if (where.endsWith(u'/'))
            where.chop(1);
        QString saidBare = said;
        for (const QString &scheme : { u"https://"_s, u"http://"_s }) {
            if (saidBare.startsWith(scheme))
                saidBare = saidBare.mid(scheme.size());
        }
        if (saidBare.endsWith(u'/'))
            saidBare.chop(1);
        return saidBare == where;
    }

    qsizetype openCount(const QString &name) const
    {
        return std::count_if(
            m_open.cbegin(), m_open.cend(), [&name](const OpenElement &open) { return open.name == name; });
    }

    static QString attributesOf(const Tag &tag, const QHash<QString, Value> &allowed)
    {
        QString out;
        for (auto it = tag.attributes.cbegin(); it != tag.attributes.cend(); ++it) {
            if (it.key() == u"style"_s) {
                const QString style = safeStyle(it.value());
                if (!style.isEmpty())
                    out += u" style=\""_s + style.toHtmlEscaped() + u'"';
                continue;
            }
            const auto kind = allowed.constFind(it.key());
            if (kind == allowed.constEnd() || !valueFits(*kind, it.value().trimmed()))
                continue;
            out += u' ' + it.key();
            if (*kind != Value::Flag)
                out += u"=\""_s + it.value().trimmed().toHtmlEscaped() + u'"';
        }
        return out;
    }

    void appendText(QStringView raw)
    {
        if (raw.isEmpty())
            return;
        const QString text = decodeCharacterReferences(raw.toString());
        m_result.html += text.toHtmlEscaped();
        for (OpenElement &open : m_open) {
            if (open.name == u"a"_s)
                open.text += text;
        }
    }

    const QString &m_in;
    QList<OpenElement> m_open;
    SanitizedHtml m_result;
};

} // namespace

bool HtmlSanitizer::isSafeLink(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto"_s)
        return !url.path().isEmpty();
    return (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

SanitizedHtml HtmlSanitizer::sanitize(const QString &html)
{
    const QString input = withoutControls(QStringView(html).left(maxInputLength));
    Sanitizer sanitizer(input);
    SanitizedHtml result = sanitizer.run();
    if (html.size() > maxInputLength) {
        result.truncated = true;
        result.html += u"<p><i>"_s
            + tr("The rest of this message is too long to show formatted; the plain text view has all of it.")
                  .toHtmlEscaped()
            + u"</i></p>"_s;
    }
    return result;
}

} // namespace tandem
