// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/BodyFormatSniffer.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr qsizetype sniffLength = 4096;

int countMatching(const QStringList &lines, const QRegularExpression &pattern)
{
    int count = 0;
    for (const QString &line : lines)
        count += pattern.match(line).hasMatch() ? 1 : 0;
    return count;
}

} // namespace

BodyFormat BodyFormatSniffer::sniff(const QString &body)
{
    const QString head = body.left(sniffLength);
    const QString trimmed = head.trimmed();
    if (trimmed.isEmpty())
        return BodyFormat::Plain;
    QStringList lines = head.split(u'\n');
    if (lines.size() > 1 && body.size() > sniffLength)
        lines.removeLast(); // cut in the middle
    const qsizetype total = lines.size();

    static const QRegularExpression javaFrame(u"^\\s+at [\\w$.<>]+\\(.*\\)\\s*$"_s);
    static const QRegularExpression pythonTrace(
        u"^Traceback \\(most recent call last\\):"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression nativeFrame(u"^#\\d+\\s+(0x[0-9a-f]+ in )?\\S+ \\("_s);
    if (pythonTrace.match(head).hasMatch() || countMatching(lines, javaFrame) >= 2
        || countMatching(lines, nativeFrame) >= 2)
        return BodyFormat::StackTrace;

    if ((trimmed.startsWith(u'{') && trimmed.contains(u'"') && trimmed.contains(u':'))
        || (trimmed.startsWith(u'[') && (trimmed.endsWith(u']') || trimmed.contains(u'{'))))
        return BodyFormat::Json;
    if (trimmed.startsWith(u"<?xml"_s)
        || (trimmed.startsWith(u'<') && !trimmed.startsWith(u"<html"_s, Qt::CaseInsensitive)
            && !trimmed.startsWith(u"<!doctype html"_s, Qt::CaseInsensitive) && trimmed.contains(u"</"_s)))
        return BodyFormat::Xml;

    static const QRegularExpression prompt(u"^(\\$|#|PS [A-Z]:\\\\.*>|\\w+@[\\w.-]+:\\S*[$#]) "_s);
    if (countMatching(lines, prompt) >= 1 && total >= 2)
        return BodyFormat::Shell;

    static const QRegularExpression logLine(
        u"^\\[?\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}.*\\b(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\\b"_s);
    if (countMatching(lines, logLine) * 2 >= total && total >= 2)
        return BodyFormat::Log;

    static const QRegularExpression sqlStart(u"^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|EXPLAIN)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sqlClause(
        u"\\b(FROM|INTO|SET|WHERE|TABLE|JOIN)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (sqlStart.match(trimmed).hasMatch() && sqlClause.match(head).hasMatch())
        return BodyFormat::Sql;

    static const QRegularExpression iniSection(u"^\\s*\\[[\\w .:-]+\\]\\s*$"_s);
    static const QRegularExpression iniPair(u"^\\s*[\\w.-]+\\s*=\\s*.*$"_s);
    if (countMatching(lines, iniSection) >= 1 && countMatching(lines, iniPair) >= 1)
        return BodyFormat::Ini;

    static const QRegularExpression yamlPair(u"^\\s*(- )?[\\w.-]+:( .*)?$"_s);
    if (total >= 3 && countMatching(lines, yamlPair) * 3 >= total * 2)
        return BodyFormat::Yaml;
    return BodyFormat::Plain;
}

BodyFormat BodyFormatSniffer::effectiveFormat(BodyFormat declared, const QString &body)
{
    if (declared != BodyFormat::Plain)
        return declared;
    return sniff(body);
}

} // namespace tandem
