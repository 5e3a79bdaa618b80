// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/HtmlText.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tandem {

QString decodeCharacterReferences(const QString &text)
{
    static const QHash<QString, QString> named = {
        { u"amp"_s, u"&"_s },
        { u"lt"_s, u"<"_s },
        { u"gt"_s, u">"_s },
        { u"quot"_s, u"\""_s },
        { u"apos"_s, u"'"_s },
        { u"nbsp"_s, QString(QChar(0x00A0)) },
        { u"euro"_s, QString(QChar(0x20AC)) },
        { u"copy"_s, QString(QChar(0x00A9)) },
        { u"hellip"_s, QString(QChar(0x2026)) },
        { u"ndash"_s, QString(QChar(0x2013)) },
        { u"mdash"_s, QString(QChar(0x2014)) },
    };
    static const QRegularExpression reference(u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"_s);
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QString name = match.captured(1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint codePoint
                = hex ? QStringView(name).mid(2).toUInt(&ok, 16) : QStringView(name).mid(1).toUInt(&ok, 10);
            if (ok && codePoint > 0 && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF))
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1);
            else
                out += QChar(QChar::ReplacementCharacter);
        } else if (const auto found = named.constFind(name.toLower()); found != named.constEnd()) {
            out += *found;
        } else {
            out += match.captured(0);
        }
    }
    out += QStringView(text).mid(from);
    return out;
}

QString plainTextFromHtml(const QString &html)
{
    static const QRegularExpression hidden(u"<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreak(
        u"<(br|/p|/div|/tr|/h[1-6]|/blockquote|hr)\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(u"<li\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression spaces(u"[ \\t\\r\\f]+"_s);
    static const QRegularExpression spaceAroundBreaks(u" *\\n *"_s);
    static const QRegularExpression blankLines(u"\\n{3,}"_s);

    QString text = html;
    text.remove(comment);
    text.remove(hidden);
    // Line breaks in the source are spaces in HTML; the tags say where lines end.
    text.replace(u'\n', u' ');
    text.replace(lineBreak, u"\n"_s);
    text.replace(listItem, u"\n- "_s);
    text.remove(tag);
    text.replace(spaces, u" "_s);
    text = decodeCharacterReferences(text);
    text.replace(QChar(0x00A0), u' ');
    text.replace(spaceAroundBreaks, u"\n"_s);
    text.replace(blankLines, u"\n\n"_s);
    return text.trimmed();
}

} // namespace tandem
