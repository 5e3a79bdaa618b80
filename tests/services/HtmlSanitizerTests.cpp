// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailFixture.h"
#include "services/mail/HtmlSanitizer.h"
#include "services/mail/MailParser.h"

#include <QRegularExpression>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// What no sanitised output may hold: anything that runs, loads or submits.
void requireHarmless(const QString &html)
{
    INFO(html.toStdString());
    const QString lower = html.toLower();
    for (const QString &word : { u"<script"_s, u"<style"_s, u"<iframe"_s, u"<frame"_s, u"<form"_s, u"<input"_s,
             u"<object"_s, u"<embed"_s, u"<svg"_s, u"<img"_s, u"<meta"_s, u"<base"_s, u"<link"_s, u"javascript:"_s,
             u"data:"_s, u"url("_s, u"expression("_s, u"background="_s, u"src="_s, u"action="_s }) {
        INFO(word.toStdString());
        CHECK_FALSE(lower.contains(word));
    }
    static const QRegularExpression handler(u"\\son[a-z]+\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    CHECK_FALSE(handler.match(html).hasMatch());
    // Every link that is left goes to a web page or a mail address.
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QUrl target(it.next().captured(1));
        CHECK(HtmlSanitizer::isSafeLink(target));
    }
}

} // namespace

TEST_CASE("A hostile HTML mail loses its scripts, styles, frames, forms and remote content", "[mail]")
{
    const MailParseResult parsed = MailParser::parse(test::mailFixture(u"html-hostile.eml"_s));
    REQUIRE(parsed.mail);
    const SanitizedHtml safe = HtmlSanitizer::sanitize(parsed.mail.value_or(ParsedMail {}).html);
    requireHarmless(safe.html);
    CHECK_FALSE(safe.html.contains(u"https://track.example"_s));
    CHECK_FALSE(safe.html.contains(u"https://evil.example/frame"_s));
    CHECK_FALSE(safe.html.contains(u"document.cookie"_s));
    CHECK_FALSE(safe.html.contains(u"Send password"_s));
    // What a person wrote stays readable, formatting included.
    CHECK(safe.html.contains(u"Dear customer,"_s));
    CHECK(safe.html.contains(u"Kind regards,"_s));
    CHECK(safe.html.contains(u"style=\"color: red\""_s));
    CHECK(safe.html.contains(u"bgcolor=\"#eeeeee\""_s));
    // The tracking pixel, the embedded and the inline image: each a visible placeholder, none loaded.
    CHECK(safe.blockedImages == 3);
    CHECK(safe.html.contains(u"[image from track.example not loaded]"_s));
    CHECK(safe.html.contains(u"[image not shown: logo]"_s));
    // The lying link shows where it really goes; the honest one is not repeated.
    CHECK(safe.html.contains(u"<a href=\"https://evil.example/login\">https://www.bank.example/login</a>"_s));
    CHECK(safe.html.contains(u"[https://evil.example/login]"_s));
    CHECK(safe.html.contains(u"<a href=\"https://www.tandem.example/help\">https://www.tandem.example/help</a>"_s));
    CHECK_FALSE(safe.html.contains(u"[https://www.tandem.example/help]"_s));
    // javascript: (also disguised by case and a character reference) and data: links are text only.
    CHECK(safe.removedLinks == 3);
    CHECK(safe.html.contains(u"Click for details"_s));
    CHECK(safe.html.contains(u"[link removed: javascript]"_s));
    CHECK(safe.html.contains(u"[link removed: data]"_s));
}

TEST_CASE("The sanitiser keeps its output well formed whatever the nesting", "[mail]")
{
    struct Example
    {
        const char *what;
        QString html;
        QString sanitized;
    };
    QString unpairedSurrogate = u"a"_s;
    unpairedSurrogate.append(QChar(0xD800));
    unpairedSurrogate.append(u"b"_s);
    const QList<Example> examples {
        { "unclosed and misnested tags are closed in order", u"<b><i>bold italic</b> plain <u>open"_s,
            u"<b><i>bold italic</i></b> plain <u>open</u>"_s },
        { "an unclosed attribute swallows the rest instead of leaking it",
            u"safe <a href=\"https://x.example/ onclick=alert(1)>text"_s, u"safe "_s },
        { "an unclosed script swallows the rest", u"safe <script>alert(1)"_s, u"safe "_s },
        { "an unclosed comment swallows the rest", u"safe <!-- <script>alert(1)</script>"_s, u"safe "_s },
        { "a stray < or an escaped tag stays text", u"1 < 2 &lt;script&gt;"_s, u"1 &lt; 2 &lt;script&gt;"_s },
        { "a closing script tag inside an attribute value does not end the script early",
            u"<p title=\"</script>\">x</p><script>y()</script>z"_s, u"<p>x</p>z"_s },
        { "CSS keeps plain values only",
            u"<span style=\"color:blue;background:url(https://t.example/a);font-weight:bold;"
            "background-image:\\75rl(https://t.example/b);color:expression(alert(1))\">x</span>"_s,
            u"<span style=\"color: blue; font-weight: bold\">x</span>"_s },
        { "an unpaired surrogate is replaced", unpairedSurrogate, u"a\uFFFDb"_s },
    };
    for (const Example &example : examples) {
        INFO(example.what);
        const SanitizedHtml safe = HtmlSanitizer::sanitize(example.html);
        requireHarmless(safe.html);
        CHECK(safe.html == example.sanitized);
    }
}

TEST_CASE("The sanitiser flattens deep nesting instead of following it", "[mail]")
{
    QString deep;
    for (int i = 0; i < 10000; ++i)
        deep += u"<div><table><tr><td>"_s;
    deep += u"bottom"_s;
    const SanitizedHtml safe = HtmlSanitizer::sanitize(deep);
    CHECK(safe.html.count(u"<div"_s) <= HtmlSanitizer::maxDepth);
    CHECK(safe.html.count(u"<table"_s) <= HtmlSanitizer::maxTableDepth);
    CHECK(safe.html.contains(u"bottom"_s));
    CHECK(safe.html.count(u"<div"_s) == safe.html.count(u"</div>"_s));
}

TEST_CASE("The sanitiser takes huge and broken input in its stride", "[mail]")
{
    SECTION("huge input is cut at the limit, with a note")
    {
        const QString huge = u"<p>"_s + QString(HtmlSanitizer::maxInputLength, u'a') + u"<script>x</script>"_s;
        const SanitizedHtml safe = HtmlSanitizer::sanitize(huge);
        CHECK(safe.truncated);
        CHECK(safe.html.size() < HtmlSanitizer::maxInputLength + 1000);
        requireHarmless(safe.html);
    }
    SECTION("invalid UTF-8 and control characters become nothing dangerous")
    {
        static constexpr char raw[] = "<p>caf\xc3\xa9 \xff\xfe\xc3 <b\x00onclick=x>bad\x01\x1b</b></p>";
        const SanitizedHtml safe = HtmlSanitizer::sanitize(QString::fromUtf8(QByteArrayView(raw, sizeof(raw) - 1)));
        requireHarmless(safe.html);
        CHECK(safe.html.contains(u"café"_s));
        CHECK_FALSE(safe.html.contains(QChar(0)));
        CHECK_FALSE(safe.html.contains(QChar(0x1b)));
    }
}

TEST_CASE("A link's real target stays readable inside tiny or same-coloured surroundings", "[mail]")
{
    const SanitizedHtml safe = HtmlSanitizer::sanitize(
        u"<span style=\"font-size: 1px; color: white; background-color: white\"><a href=\"https://evil.example/\">"
        "<span style=\"font-size: 14px\">paypal.com</span></a></span>"_s);
    const qsizetype note = safe.html.indexOf(u"[https://evil.example/]"_s);
    REQUIRE(note >= 0);
    // The note's own span sets size and colours, whatever the mail's spans around it say.
    const qsizetype span = safe.html.lastIndexOf(u"<span"_s, note);
    REQUIRE(span >= 0);
    const QString noteSpan = safe.html.mid(span, note - span);
    CHECK(noteSpan.contains(u"font-size: 10pt"_s));
    CHECK(noteSpan.contains(u"background-color: #ffffff"_s));
    CHECK(noteSpan.contains(u"color: #555555"_s));
}
