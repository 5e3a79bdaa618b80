// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailFixture.h"
#include "services/mail/FlowedText.h"
#include "services/mail/MailParser.h"

#include <QDateTime>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

ParsedMail parsed(const QString &name)
{
    const MailParseResult result = MailParser::parse(test::mailFixture(name));
    INFO(name.toStdString() << ": " << result.refusal.toStdString());
    REQUIRE(result.mail.has_value());
    return result.mail.value_or(ParsedMail {});
}

std::string text(const QString &value)
{
    return value.toStdString();
}

} // namespace

TEST_CASE("A plain UTF-8 mail gives sender, subject, body, ids, date and recipients", "[mail]")
{
    const ParsedMail mail = parsed(u"plain-utf8.eml"_s);
    CHECK(mail.kind == MailKind::CustomerMessage);
    CHECK(text(mail.message.fromAddress) == "ann@customers.example");
    CHECK(text(mail.message.fromName) == "Ann Baker");
    CHECK(text(mail.message.subject) == "Printer jams on page two");
    CHECK(text(mail.message.body) == "Hello,\n\nthe printer jams on page two. Grüße from Zürich.\n\nAnn");
    CHECK(text(mail.message.externalId) == "<plain-1@customers.example>");
    CHECK(mail.message.receivedAt == QDateTime::fromString(u"2026-12-01T08:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
    CHECK(mail.recipients == QStringList { u"support@tandem.example"_s, u"billing@tandem.example"_s });
    CHECK(mail.html.isEmpty());
    CHECK(mail.attachments.isEmpty());
}

TEST_CASE("Encoded words in subject and sender name are decoded", "[mail]")
{
    const ParsedMail mail = parsed(u"encoded-subject.eml"_s);
    CHECK(text(mail.message.subject) == "Rechnung für März — bitte prüfen");
    CHECK(text(mail.message.fromName) == "Jörg Müller");
}

TEST_CASE("Every common charset reads as the customer wrote it", "[mail]")
{
    const auto [file, subject, body] = GENERATE(table<QString, std::string, std::string>({
        { u"latin1.eml"_s, "Café", "Le café est froid, s'il vous plaît." },
        { u"latin9.eml"_s, "Price", "It costs 12 € now." },
        { u"windows1252.eml"_s, "Quotes", "He said “it works” – but it costs 5 €." },
        { u"shift-jis.eml"_s, "こんにちは", "プリンターが動きません。" },
        { u"gb2312.eml"_s, "打印机", "打印机坏了。" },
        { u"koi8r.eml"_s, "Принтер", "Принтер не печатает." },
        { u"base64-body.eml"_s, "Base64", "Bonjour, ça ne marche pas." },
        { u"no-content-type.eml"_s, "No type", "Just text, with an umlaut: Müller." },
        { u"lying-charset.eml"_s, "Lying charset", "Naïve résumé." },
        { u"invalid-utf8.eml"_s, "Bad bytes", "Schöne Grüße" },
        { u"lying-content-type.eml"_s, "Lying type", "This is plain text sent with the wrong type." },
        { u"no-boundary.eml"_s, "No boundary", "Text without any boundary." },
    }));
    INFO(text(file));
    const ParsedMail mail = parsed(file);
    CHECK(text(mail.message.subject) == subject);
    CHECK(text(mail.message.body) == body);
}

TEST_CASE("multipart/alternative keeps the plain text as body and the HTML apart", "[mail]")
{
    const ParsedMail mail = parsed(u"alternative.eml"_s);
    CHECK(text(mail.message.body) == "I cannot log in since the update – the page says \"session expired\".");
    CHECK(mail.html.contains(u"<b>\"session expired\"</b>"_s));
    CHECK(mail.attachments.isEmpty());
}

TEST_CASE("An HTML-only mail gets a plain body without markup, styles or scripts", "[mail]")
{
    const ParsedMail mail = parsed(u"html-only.eml"_s);
    CHECK(text(mail.message.body) == "First line & more\nSecond\nline\n\n- one\n- two");
    CHECK(mail.html.contains(u"<script>"_s));
}

TEST_CASE("Attachments are listed with their names, types, sizes and risk", "[mail]")
{
    const ParsedMail mail = parsed(u"mixed-attachments.eml"_s);
    CHECK(text(mail.message.body) == "Attached are the invoice, the tool and the logs.");
    REQUIRE(mail.attachments.size() == 4);
    CHECK(text(mail.attachments[0].fileName) == "Rechnung März.pdf");
    CHECK(text(mail.attachments[0].mimeType) == "application/pdf");
    CHECK(mail.attachments[0].bytes.startsWith("%PDF-1.4"));
    CHECK(mail.attachments[0].size == mail.attachments[0].bytes.size());
    CHECK_FALSE(mail.attachments[0].risky);
    CHECK(text(mail.attachments[1].fileName) == "setup.exe");
    CHECK(mail.attachments[1].risky);
    CHECK(text(mail.attachments[2].fileName) == "logs.zip");
    CHECK(mail.attachments[2].risky);
    CHECK(text(mail.attachments[3].fileName) == "server.log");
    CHECK(mail.attachments[3].bytes.contains("paper jam"));
    CHECK_FALSE(mail.attachments[3].risky);
}

TEST_CASE("A forwarded message is an attachment; the customer's own text is the body", "[mail]")
{
    const ParsedMail mail = parsed(u"nested-rfc822.eml"_s);
    CHECK(text(mail.message.body) == "See the confirmation below, the amount is wrong.");
    REQUIRE(mail.attachments.size() == 1);
    CHECK(text(mail.attachments[0].fileName) == "Your order 4711.eml");
    CHECK(text(mail.attachments[0].mimeType) == "message/rfc822");
    CHECK(mail.attachments[0].bytes.contains("Total: 120 EUR"));
}

TEST_CASE("format=flowed paragraphs are joined again", "[mail]")
{
    CHECK(text(parsed(u"flowed.eml"_s).message.body)
        == "The printer worked fine until yesterday, when it started to jam.\n\n> You wrote that it jams.\n\nFrom "
           "the office.\n-- \nAnn");
    CHECK(text(parsed(u"flowed-delsp.eml"_s).message.body) == "Unbelievable but true.");
    CHECK(text(unflowText(u"a \n>b \n>c\nd"_s, false)) == "a \n> b c\nd");
}

TEST_CASE("Threading headers: In-Reply-To first, then References", "[mail]")
{
    const ParsedMail mail = parsed(u"reply-threaded.eml"_s);
    CHECK(
        mail.message.inReplyTo == QStringList { u"<our-reply-1@tandem.example>"_s, u"<plain-1@customers.example>"_s });
}

TEST_CASE("A mail without Message-ID gets a stable one from its content", "[mail]")
{
    const ParsedMail first = parsed(u"no-message-id.eml"_s);
    CHECK(first.message.externalId.endsWith(u"@content-hash.tandem.invalid>"_s));
    QByteArray asInMbox = test::mailFixture(u"no-message-id.eml"_s);
    asInMbox.replace("\r\n", "\n");
    const MailParseResult again = MailParser::parse(asInMbox);
    REQUIRE(again.mail);
    CHECK(again.mail.value_or(ParsedMail {}).message.externalId == first.message.externalId);
}

TEST_CASE("Auto-replies are recognised by their headers and subjects", "[mail]")
{
    const QString file
        = GENERATE(u"auto-reply-header.eml"_s, u"auto-reply-subject.eml"_s, u"auto-reply-precedence.eml"_s);
    INFO(text(file));
    CHECK(parsed(file).kind == MailKind::AutoReply);
}

TEST_CASE("A delivery status report is a bounce naming the failed address and the bounced mail", "[mail]")
{
    const ParsedMail mail = parsed(u"bounce-dsn.eml"_s);
    CHECK(mail.kind == MailKind::Bounce);
    CHECK(text(mail.bouncedRecipient) == "gone@customers.example");
    CHECK(text(mail.bouncedMessageId) == "<reply-42@tandem.example>");
    CHECK(mail.message.body.startsWith(u"I'm sorry"_s));
    CHECK(mail.attachments.isEmpty());
}

TEST_CASE("A mail cut off inside a multipart still gives its text", "[mail]")
{
    const ParsedMail mail = parsed(u"unterminated-multipart.eml"_s);
    CHECK(text(mail.message.body) == "The transfer broke off here");
}

TEST_CASE("Input that is no mail is refused with a reason", "[mail]")
{
    const auto [file, reason] = GENERATE(table<QString, std::string>({
        { u"empty.eml"_s, "The mail is empty." },
        { u"no-from.eml"_s, "The mail has no sender address (From)." },
        { u"garbage.eml"_s, "The mail does not begin with header lines." },
    }));
    INFO(text(file));
    const MailParseResult result = MailParser::parse(test::mailFixture(file));
    CHECK_FALSE(result.mail.has_value());
    CHECK(text(result.refusal) == reason);
}

TEST_CASE("NUL bytes in headers, which KMime cannot take, are read as spaces", "[mail]")
{
    const ParsedMail mail = parsed(u"nul-in-headers.eml"_s);
    CHECK(text(mail.message.subject) == "Broken header");
    CHECK(text(mail.message.body) == "The text survives.");
}
