// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the reply-template parser (built with -DTANDEM_BUILD_FUZZERS=ON and clang).
// Every input is read as UTF-8 text and, separately, as raw UTF-16 code units, parsed, and rendered
// against a context that has some values, one that has them all and one that has none. The input is
// also escaped and parsed again, which must give back exactly the input as text. The parser's promises
// are checked and any broken one aborts, which libFuzzer reports with the input that did it.

#include "domain/ParsedTemplate.h"
#include "domain/Records.h"
#include "domain/TemplateContext.h"
#include "domain/TemplateParser.h"
#include "domain/TemplatePlaceholders.h"

#include <QDate>
#include <QLocale>
#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void require(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

bool spanInside(const tandem::TemplateSpan &span, qsizetype sourceSize)
{
    return span.offset >= 0 && span.length >= 0 && span.offset + span.length <= sourceSize && span.line >= 1
        && span.column >= 1;
}

const tandem::TemplateContext &context()
{
    static const tandem::TemplateContext values = [] {
        tandem::Customer customer;
        customer.firstName = u"Ada"_s;
        customer.email = u"ada@example.com"_s;
        tandem::Agent agent;
        agent.displayName = u"Grace Hopper"_s;
        tandem::TemplateContext result;
        result.setCustomer(customer); // no phone, no company: those stay missing
        result.setAgent(agent);
        result.setCompanyName(u"Tandem Demo Co."_s);
        result.setToday(QDate(2025, 3, 3), QLocale::c());
        result.setArticle(u"Resetting the E4 router"_s, QString()); // no site address: the link stays missing
        return result;
    }();
    return values;
}

const tandem::TemplateContext &everyValue()
{
    static const tandem::TemplateContext values = tandem::TemplateContext::sample();
    return values;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// Template source whose rendering is `text` exactly, written with the escapes TemplateParser.h documents:
// a run of backslashes before {{ or }} is doubled, \}} is a literal }}, and \{{ makes the rest of its
// line up to and including the next }} literal, so that part is copied as it is.
QString escaped(QStringView text)
{
    const auto opensAt = [&](qsizetype i) { return i + 1 < text.size() && text[i] == u'{' && text[i + 1] == u'{'; };
    const auto closesAt = [&](qsizetype i) { return i + 1 < text.size() && text[i] == u'}' && text[i + 1] == u'}'; };
    QString result;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'\\') {
            qsizetype end = i;
            while (end < text.size() && text[end] == u'\\')
                ++end;
            const bool beforeBraces = opensAt(end) || closesAt(end);
            result.append(text.sliced(i, end - i));
            if (beforeBraces)
                result.append(text.sliced(i, end - i));
            i = end;
        } else if (opensAt(i)) {
            result.append(u"\\{{");
            i += 2;
            while (i < text.size() && !isLineBreak(text[i]) && !closesAt(i))
                result.append(text[i++]);
            if (closesAt(i)) {
                result.append(u"}}");
                i += 2;
            }
        } else if (closesAt(i)) {
            result.append(u"\\}}");
            i += 2;
        } else {
            result.append(text[i++]);
        }
    }
    return result;
}

void checkEscaping(const QString &text)
{
    const tandem::ParsedTemplate parsed = tandem::TemplateParser::parse(escaped(text));
    require(parsed.isValid(), "escaped text parses without errors");
    require(parsed.placeholderNames().isEmpty() && !parsed.hasCursor(), "escaped text has no placeholders");
    require(parsed.render(tandem::TemplateContext()).text == text, "escaped text renders as the text itself");
}

void check(const QString &source)
{
    const tandem::ParsedTemplate parsed = tandem::TemplateParser::parse(source);
    require(parsed.source() == source, "the source is kept as given");
    require(parsed.errors().size() <= tandem::TemplateParser::maxReportedErrors + 1, "the error list is bounded");
    for (const tandem::TemplateError &error : parsed.errors()) {
        require(spanInside(error.span, source.size()), "every error points into the source");
        require(error.span.line == QStringView(source).first(error.span.offset).count(u'\n') + 1,
            "an error's line matches its offset");
        require(!error.message.isEmpty(), "every error has a message");
    }
    qsizetype previousEnd = 0;
    int cursors = 0;
    for (const tandem::TemplateNode &node : parsed.nodes()) {
        require(spanInside(node.span, source.size()), "every node points into the source");
        require(node.span.offset >= previousEnd, "nodes are in order and do not overlap");
        previousEnd = node.span.offset + node.span.length;
        if (node.kind == tandem::TemplateNode::Kind::Cursor)
            ++cursors;
        if (node.kind == tandem::TemplateNode::Kind::Placeholder)
            require(!node.name.isEmpty(), "a placeholder has a name");
    }
    require(cursors <= 1, "at most one cursor");
    require(parsed.hasCursor() == (cursors == 1), "hasCursor() says whether there is a cursor node");
    const QStringList names = parsed.placeholderNames();
    require(QSet<QString>(names.cbegin(), names.cend()).size() == names.size(), "placeholder names are listed once");
    qsizetype withoutFallback = 0;
    for (const tandem::TemplateNode &node : parsed.nodes()) {
        if (node.kind != tandem::TemplateNode::Kind::Placeholder)
            continue;
        require(names.contains(node.name), "every placeholder's name is listed");
        if (parsed.isValid())
            require(tandem::TemplatePlaceholders::isKnown(node.name), "a valid template knows its placeholders");
        if (!node.fallback)
            ++withoutFallback;
    }

    const tandem::TemplateRendering rendering = parsed.render(context());
    require(rendering.caretPosition >= 0 && rendering.caretPosition <= rendering.text.size(),
        "the caret is inside the rendered text");
    for (const tandem::TemplateMissingValue &missing : rendering.missing) {
        require(missing.renderedOffset >= 0 && missing.renderedOffset + missing.span.length <= rendering.text.size(),
            "a missing value points into the rendered text");
        require(QStringView(rendering.text).sliced(missing.renderedOffset, missing.span.length)
                == QStringView(source).sliced(missing.span.offset, missing.span.length),
            "a missing value stays in the text as written");
    }
    if (!source.contains(u'{') && !source.contains(u'}') && !source.contains(u'\\'))
        require(rendering.text == source, "text without braces or backslashes comes back unchanged");

    for (const tandem::TemplateMissingValue &missing : parsed.render(everyValue()).missing)
        require(
            !tandem::TemplatePlaceholders::isKnown(missing.name), "with every value, only unknown names are missing");
    const tandem::TemplateRendering bare = parsed.render(tandem::TemplateContext());
    require(bare.missing.size() == withoutFallback, "with no values, every placeholder without fallback is missing");
    for (const tandem::TemplateMissingValue &missing : bare.missing)
        require(missing.message().contains(missing.name), "a missing value's message names it");

    checkEscaping(source);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Templates are typed by people; a megabyte covers anything real and keeps each run fast.
    constexpr std::size_t largest = 1 << 20;
    if (size > largest)
        return 0;
    const auto *bytes = reinterpret_cast<const char *>(data);
    check(QString::fromUtf8(bytes, qsizetype(size)));
    // Unpaired surrogates and other code units UTF-8 decoding would never produce.
    check(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / sizeof(QChar))));
    return 0;
}
