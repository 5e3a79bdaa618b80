// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/ParsedTemplate.h"
#include "domain/Records.h"
#include "domain/TemplateContext.h"
#include "domain/TemplateParser.h"
#include "domain/TemplatePlaceholders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QXmlStreamReader>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <string>
#include <vector>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

// Catch2 prints std::string operands; QString ones would show as {?}.
std::string str(const QString &text)
{
    return text.toStdString();
}

std::vector<std::string> strs(const QStringList &list)
{
    std::vector<std::string> result;
    for (const QString &item : list)
        result.push_back(item.toStdString());
    return result;
}

// Ada has no phone number and no company on record: the placeholders for those are missing.
TemplateContext replyContext()
{
    Customer customer;
    customer.firstName = u"Ada"_s;
    customer.lastName = u"Lovelace"_s;
    customer.email = u"ada@example.com"_s;
    customer.tier = Tier::Premium;
    Agent agent;
    agent.displayName = u"Grace Hopper"_s;
    agent.email = u"grace@example.com"_s;
    Escalation escalation;
    escalation.id = 1042;
    escalation.summary = u"Export stops at 10,000 rows"_s;
    escalation.severity = Severity::S2;

    TemplateContext context;
    context.setCustomer(customer);
    context.setAgent(agent);
    context.setCompanyName(u"Tandem Demo Co."_s);
    context.setEscalation(escalation);
    context.setToday(QDate(2025, 3, 3), QLocale(QLocale::English, QLocale::UnitedKingdom));
    return context;
}

QString sourceFromUtf8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A reply the size reps actually send: about 600 characters, six placeholders, a cursor.
QString typicalReply()
{
    return sourceFromUtf8(
        "Hi {{customer.first_name | \"there\"}},\n\n"
        "Thank you for getting in touch with {{company.name}} support, and for your patience while we "
        "looked into this. I have passed everything you told us to our specialist team under reference "
        "{{escalation.id}}, so nobody will ask you to repeat any of it.\n\n"
        "{{cursor}}\n\n"
        "We will update you as soon as we know more; usually that is within one working day. If anything "
        "changes on your side in the meantime, just reply to this email and mention {{escalation.id}}. "
        "You can also reach us by phone on the number in your welcome pack, any weekday.\n\n"
        "Best regards,\n{{agent.name}}\n{{company.name}}");
}

QString sourceDirectory()
{
    // Not derived from __FILE__: ccache's base directory makes that relative to the build folder.
    return QStringLiteral(TANDEM_SOURCE_DIR);
}

} // namespace

TEST_CASE("templates render their placeholders, fallbacks, escapes and cursor", "[templates]")
{
    struct Case
    {
        const char *source;
        const char *rendered;
        qsizetype caret; // -1: at the end of the rendered text
    };
    // clang-format off
    static const Case cases[] = {
        {"Hi {{customer.first_name}},", "Hi Ada,", -1},
        {"{{ customer.first_name }}", "Ada", -1},
        {"{{\tagent.name\t}} at {{company.name}}", "Grace Hopper at Tandem Demo Co.", -1},
        // A value's own period and the sentence's full stop are one period; an ellipsis stays.
        {"Yours, {{company.name}}.", "Yours, Tandem Demo Co.", -1},
        {"{{company.name}}... and more", "Tandem Demo Co.... and more", -1},
        {"{{customer.phone | \"n/a.\"}}.", "n/a.", -1},
        {"{{customer.first_name}}.", "Ada.", -1},
        {"Ref {{escalation.id}}: {{escalation.summary}} ({{escalation.severity}})",
            "Ref 1042: Export stops at 10,000 rows (S2 – major)", -1},
        {"{{customer.name}} <{{customer.email}}>, {{customer.tier}}", "Ada Lovelace <ada@example.com>, Premium", -1},
        {"{{customer.last_name}}/{{agent.email}}", "Lovelace/grace@example.com", -1},
        {"Thanks, {{agent.first_name}}", "Thanks, Grace", -1},
        {"Processed {{date.weekday}} ({{date.today}}).", "Processed Monday (3 March 2025).", -1},
        // Fallbacks: used only when the value is missing.
        {"Hi {{customer.phone | \"there\"}}", "Hi there", -1},
        {"Hi {{customer.first_name | \"there\"}}", "Hi Ada", -1},
        {"{{customer.company|\"your team\"}}", "your team", -1},
        {"{{customer.company\t|\t\"your team\"\t}}", "your team", -1},
        {"{{customer.phone | \"the \\\"best\\\" \\\\ one\"}}", "the \"best\" \\ one", -1},
        {"{{customer.phone | \"C:\\temp\"}}", "C:\\temp", -1},
        {"Call {{customer.phone | \"\"}}now", "Call now", -1},
        {"{{customer.phone | \"{x} and |\"}}", "{x} and |", -1},
        {"{{customer.phone | \"Grüße 👋\"}}", "Grüße 👋", -1},
        // Escapes.
        {"Type \\{{customer.first_name}} to get {{customer.first_name}}", "Type {{customer.first_name}} to get Ada",
            -1},
        {"\\{{ still text | \"x\" }}", "{{ still text | \"x\" }}", -1},
        {"\\{{ not closed on this line\n{{customer.first_name}}", "{{ not closed on this line\nAda", -1},
        {"a \\}} b", "a }} b", -1},
        {"a \\\\{{customer.first_name}}", "a \\Ada", -1},
        {"\\\\\\{{x}}", "\\{{x}}", -1},
        {"\\\\\\\\{{customer.first_name}}", "\\\\Ada", -1},
        {"C:\\path\\to and \\\\server \\", "C:\\path\\to and \\\\server \\", -1},
        // Single braces are text.
        {"{x} and { } and } {", "{x} and { } and } {", -1},
        {"{{customer.first_name}}}", "Ada}", -1},
        {"a {", "a {", -1},
        {"a }", "a }", -1},
        // The caret goes to {{cursor}}, else to the end.
        {"Hi {{customer.first_name}},\n\n{{cursor}}\n\nBest, {{agent.first_name}}", "Hi Ada,\n\n\n\nBest, Grace", 9},
        {"{{ cursor }}Hello", "Hello", 0},
        {"Hello", "Hello", -1},
        {"", "", -1},
        {"Grüße 👋 {{customer.first_name}}{{cursor}} ✓", "Grüße 👋 Ada ✓", 12}, // 👋 is two UTF-16 units
    };
    // clang-format on

    const auto index = GENERATE(range(std::size_t { 0 }, std::size(cases)));
    const Case &c = cases[index];
    INFO("template: " << c.source);

    const ParsedTemplate parsed = TemplateParser::parse(sourceFromUtf8(c.source));
    for (const TemplateError &error : parsed.errors())
        UNSCOPED_INFO("unexpected error: " << str(error.message));
    REQUIRE(parsed.isValid());

    const TemplateRendering rendering = parsed.render(replyContext());
    CHECK(str(rendering.text) == c.rendered);
    CHECK(rendering.isComplete());
    CHECK(rendering.caretPosition == (c.caret < 0 ? rendering.text.size() : c.caret));
}

TEST_CASE("template mistakes are reported by kind, name and position", "[templates]")
{
    using Kind = TemplateError::Kind;
    struct Expected
    {
        Kind kind;
        qsizetype offset;
        qsizetype length;
        int line;
        int column;
        const char *name = "";
    };
    struct Case
    {
        const char *source;
        std::vector<Expected> errors;
    };
    // clang-format off
    static const std::vector<Case> cases = {
        // Unbalanced braces.
        {"Hi {{customer.first_name", {{Kind::UnclosedPlaceholder, 3, 2, 1, 4}}},
        {"Hi {{customer.first_name}", {{Kind::UnclosedPlaceholder, 3, 2, 1, 4}}},
        {"Hi {{customer.first_name\nBye}}",
            {{Kind::UnclosedPlaceholder, 3, 2, 1, 4}, {Kind::StrayClosingBraces, 28, 2, 2, 4}}},
        {"Hi {customer.first_name}}", {{Kind::StrayClosingBraces, 23, 2, 1, 24}}},
        {"Hi }}", {{Kind::StrayClosingBraces, 3, 2, 1, 4}}},
        {"\\\\}}", {{Kind::StrayClosingBraces, 2, 2, 1, 3}}},
        {"{{customer.first_name {{agent.name}}", {{Kind::UnclosedPlaceholder, 0, 2, 1, 1}}},
        {"{{{customer.first_name}}}", {{Kind::ExpectedName, 2, 1, 1, 3}}},
        // Names.
        {"{{}}", {{Kind::EmptyPlaceholder, 0, 4, 1, 1}}},
        {"{{   }}", {{Kind::EmptyPlaceholder, 0, 7, 1, 1}}},
        {"{{customer.}}", {{Kind::ExpectedName, 11, 1, 1, 12}}},
        {"{{.customer}}", {{Kind::ExpectedName, 2, 1, 1, 3}}},
        {"{{1st}}", {{Kind::ExpectedName, 2, 1, 1, 3}}},
        {"{{ | \"x\"}}", {{Kind::ExpectedName, 3, 1, 1, 4}}},
        {"{{😀}}", {{Kind::ExpectedName, 2, 2, 1, 3}}},
        {"{{customer.first name}}", {{Kind::ExpectedClosingBraces, 17, 1, 1, 18}}},
        // Fallbacks.
        {"{{customer.first_name | there}}", {{Kind::ExpectedFallbackText, 24, 1, 1, 25}}},
        {"{{customer.first_name | }}", {{Kind::ExpectedFallbackText, 24, 1, 1, 25}}},
        {"{{customer.first_name | \"there}}", {{Kind::UnterminatedFallback, 24, 6, 1, 25}}},
        {"{{customer.first_name | \"there", {{Kind::UnterminatedFallback, 24, 6, 1, 25}}},
        {"{{customer.first_name | \"there\nBye\"}}",
            {{Kind::UnterminatedFallback, 24, 6, 1, 25}, {Kind::StrayClosingBraces, 35, 2, 2, 5}}},
        {"{{customer.first_name \"there\"}}", {{Kind::ExpectedClosingBraces, 22, 1, 1, 23}}},
        {"{{customer.first_name | \"a\" | \"b\"}}", {{Kind::ExpectedClosingBraces, 28, 1, 1, 29}}},
        // Unknown names, with their position.
        {"Dear {{customer.frist_name}}", {{Kind::UnknownPlaceholder, 7, 19, 1, 8, "customer.frist_name"}}},
        {"{{Customer.First_Name}}", {{Kind::UnknownPlaceholder, 2, 19, 1, 3, "Customer.First_Name"}}},
        {"Hello\n  {{nope}}", {{Kind::UnknownPlaceholder, 10, 4, 2, 5, "nope"}}},
        {"Hi\r\n{{nope | \"x\"}}", {{Kind::UnknownPlaceholder, 6, 4, 2, 3, "nope"}}},
        {"{{a}} {{b.c}}", {{Kind::UnknownPlaceholder, 2, 1, 1, 3, "a"}, {Kind::UnknownPlaceholder, 8, 3, 1, 9, "b.c"}}},
        {"{{cursor.x}}", {{Kind::UnknownPlaceholder, 2, 8, 1, 3, "cursor.x"}}},
        // The cursor.
        {"{{cursor | \"x\"}}", {{Kind::CursorWithFallback, 0, 16, 1, 1}}},
        {"{{cursor}} and {{cursor}}", {{Kind::SecondCursor, 15, 10, 1, 16}}},
    };
    // clang-format on

    const auto index = GENERATE(range(std::size_t { 0 }, cases.size()));
    const Case &c = cases[index];
    INFO("template: " << c.source);

    const ParsedTemplate parsed = TemplateParser::parse(sourceFromUtf8(c.source));
    CHECK_FALSE(parsed.isValid());
    REQUIRE(parsed.errors().size() == static_cast<qsizetype>(c.errors.size()));
    for (std::size_t i = 0; i < c.errors.size(); ++i) {
        const TemplateError &actual = parsed.errors().at(static_cast<qsizetype>(i));
        const Expected &expected = c.errors[i];
        INFO("error " << i << ": " << str(actual.message));
        CHECK(actual.kind == expected.kind);
        CHECK(actual.span.offset == expected.offset);
        CHECK(actual.span.length == expected.length);
        CHECK(actual.span.line == expected.line);
        CHECK(actual.span.column == expected.column);
        CHECK(str(actual.name) == expected.name);
        CHECK_FALSE(actual.message.isEmpty());
    }
    // A broken template still previews without crashing.
    CHECK_NOTHROW(static_cast<void>(parsed.render(replyContext())));
}

TEST_CASE("an unknown placeholder's message names it and suggests the likely one", "[templates]")
{
    const auto messageFor
        = [](const char *source) { return TemplateParser::parse(sourceFromUtf8(source)).errors().value(0).message; };

    const QString typo = messageFor("{{customer.frist_name}}");
    CHECK(typo.contains(u"customer.frist_name"_s));
    CHECK(typo.contains(u"customer.first_name"_s));
    CHECK(messageFor("{{Customer.First_Name}}").contains(u"“customer.first_name”"_s));
    CHECK(messageFor("{{last_name}}").contains(u"“customer.last_name”"_s));
    CHECK(messageFor("{{phone}}").contains(u"“customer.phone”"_s));
    CHECK(messageFor("{{escalation.number}}").contains(u"Unknown placeholder"_s));
    // "name" could be the customer's, the agent's or the company's: no guess.
    const QString ambiguous = messageFor("{{name}}");
    CHECK(ambiguous.contains(u"“name”"_s));
    CHECK_FALSE(ambiguous.contains(u"customer.name"_s));
    CHECK_FALSE(messageFor("{{first_name}}").contains(u"Did you mean"_s));

    // A runaway name is quoted shortened, not pasted whole into the message.
    const QString huge = messageFor(("{{customer." + std::string(100'000, 'x') + "}}").c_str());
    CHECK(huge.size() < 200);
}

TEST_CASE("a missing value without fallback blocks insertion and says what and where", "[templates]")
{
    const ParsedTemplate parsed = TemplateParser::parse(
        u"Dear {{customer.first_name}},\ncall {{customer.phone}} or {{customer.company | \"us\"}} "
        u"at {{customer.company}}.{{cursor}}"_s);
    REQUIRE(parsed.isValid());
    const TemplateRendering rendering = parsed.render(replyContext());

    CHECK_FALSE(rendering.isComplete());
    CHECK(strs(rendering.missingNames()) == std::vector<std::string> { "customer.phone", "customer.company" });
    const TemplateMissingValue &phone = rendering.missing.at(0);
    CHECK(phone.span.offset == 35);
    CHECK(phone.span.length == 18);
    CHECK(phone.span.line == 2);
    CHECK(phone.span.column == 6);
    CHECK(str(phone.message()) == "No value for “customer.phone” (Customer's phone number) at line 2, column 6.");
    // The preview keeps what is missing where it was written.
    CHECK(str(rendering.text) == "Dear Ada,\ncall {{customer.phone}} or us at {{customer.company}}.");
    CHECK(rendering.text.sliced(phone.renderedOffset, phone.span.length) == u"{{customer.phone}}"_s);
    CHECK(rendering.caretPosition == rendering.text.size());

    // Once the rep fills in the values, the same parsed template renders completely.
    TemplateContext filled = replyContext();
    filled.set(u"customer.phone"_s, u"+44 20 7946 0018"_s);
    filled.set(u"customer.company"_s, u"Analytical Engines"_s);
    const TemplateRendering complete = parsed.render(filled);
    CHECK(complete.isComplete());
    CHECK(str(complete.text) == "Dear Ada,\ncall +44 20 7946 0018 or Analytical Engines at Analytical Engines.");
}

TEST_CASE("an empty or blank value counts as missing, so the fallback applies", "[templates]")
{
    const ParsedTemplate parsed = TemplateParser::parse(u"Hi {{customer.first_name | \"there\"}}, {{agent.name}}"_s);
    TemplateContext context = replyContext();
    context.set(u"customer.first_name"_s, u"   "_s);
    context.set(u"agent.name"_s, u"  Grace Hopper \n"_s);
    const TemplateRendering rendering = parsed.render(context);
    CHECK(str(rendering.text) == "Hi there, Grace Hopper");
    CHECK(rendering.isComplete());

    // Switching to a customer without a first name leaves nothing of the previous one behind.
    Customer anonymous;
    anonymous.email = u"someone@example.com"_s;
    context.setCustomer(anonymous);
    CHECK_FALSE(context.hasValue(u"customer.last_name"_s));
    CHECK(str(parsed.render(context).text) == "Hi there, Grace Hopper");
}

TEST_CASE("an unknown placeholder never renders as if it had a value", "[templates]")
{
    const ParsedTemplate parsed = TemplateParser::parse(u"Hi {{customer.nickname}} {{customer.nick | \"you\"}}"_s);
    CHECK_FALSE(parsed.isValid());
    const TemplateRendering rendering = parsed.render(replyContext());
    CHECK(strs(rendering.missingNames()) == std::vector<std::string> { "customer.nickname" });
    CHECK(str(rendering.text) == "Hi {{customer.nickname}} you");
}

TEST_CASE("the syntax tree records each piece with its place in the source", "[templates]")
{
    const ParsedTemplate parsed
        = TemplateParser::parse(u"Hi {{ customer.first_name | \"there\" }},\n{{cursor}}\\{{x}}"_s);
    REQUIRE(parsed.isValid());
    const QList<TemplateNode> &nodes = parsed.nodes();
    REQUIRE(nodes.size() == 5);

    CHECK(nodes[0].kind == TemplateNode::Kind::Text);
    CHECK(str(nodes[0].text) == "Hi ");
    CHECK(nodes[1].kind == TemplateNode::Kind::Placeholder);
    CHECK(str(nodes[1].name) == "customer.first_name");
    REQUIRE(nodes[1].fallback.has_value());
    CHECK(str(*nodes[1].fallback) == "there");
    CHECK(nodes[1].span.offset == 3);
    CHECK(nodes[1].span.length == 35);
    CHECK(nodes[1].span.column == 4);
    CHECK(nodes[2].kind == TemplateNode::Kind::Text);
    CHECK(str(nodes[2].text) == ",\n");
    CHECK(nodes[3].kind == TemplateNode::Kind::Cursor);
    CHECK(nodes[3].span.line == 2);
    CHECK(nodes[3].span.column == 1);
    CHECK(nodes[4].kind == TemplateNode::Kind::Text);
    CHECK(str(nodes[4].text) == "{{x}}");
    CHECK(nodes[4].span.offset == 50);
    CHECK(nodes[4].span.length == 6);

    CHECK(parsed.hasCursor());
    CHECK(strs(parsed.placeholderNames()) == std::vector<std::string> { "customer.first_name" });
    CHECK(str(parsed.source()).starts_with("Hi {{ customer"));
}

TEST_CASE("one parsed template renders for many customers", "[templates]")
{
    const ParsedTemplate parsed = TemplateParser::parse(u"Hi {{customer.first_name | \"there\"}}!"_s);
    QStringList greetings;
    for (const QString &name : { u"Ada"_s, u"Grace"_s, QString() }) {
        TemplateContext context;
        context.set(u"customer.first_name"_s, name);
        greetings.append(parsed.render(context).text);
    }
    CHECK(strs(greetings) == std::vector<std::string> { "Hi Ada!", "Hi Grace!", "Hi there!" });
}

// How fast these inputs go is measured by tandem-bench ("template parse and render, 7 inputs of 100,000 braces").
TEST_CASE("100,000 nested or unbalanced braces give a bounded error list", "[templates]")
{
    const QString opening = u"{{"_s.repeated(100'000);
    const QString closing = u"}}"_s.repeated(100'000);
    const QString inputs[] = {
        opening,
        opening + u"customer.first_name"_s + closing,
        closing,
        QString(100'000, u'{') + QString(100'000, u'}'),
        u"{{customer.first_name | \""_s + QString(100'000, u'"'),
        QString(100'000, u'\\') + u"{{customer.first_name}}"_s,
        u"{{|"_s.repeated(100'000),
    };
    for (const QString &input : inputs) {
        const ParsedTemplate parsed = TemplateParser::parse(input);
        const TemplateRendering rendering = parsed.render(replyContext());
        INFO("input starts " << str(input.left(12)));

        CHECK(parsed.errors().size() <= TemplateParser::maxReportedErrors + 1);
        CHECK(rendering.caretPosition <= rendering.text.size());
    }

    const ParsedTemplate nested = TemplateParser::parse(opening);
    REQUIRE_FALSE(nested.errors().isEmpty());
    CHECK(nested.errors().constFirst().kind == TemplateError::Kind::UnclosedPlaceholder);
    CHECK(nested.errors().constFirst().span.offset == 0);
    CHECK(nested.errors().constLast().kind == TemplateError::Kind::TooManyErrors);
    // What was not checked is still shown as written rather than dropped.
    CHECK(nested.render(TemplateContext()).text == opening);

    // An even run of backslashes is halved and leaves the placeholder live.
    const ParsedTemplate slashes = TemplateParser::parse(QString(100'000, u'\\') + u"{{customer.first_name}}"_s);
    CHECK(slashes.isValid());
    CHECK(slashes.render(replyContext()).text == QString(50'000, u'\\') + u"Ada"_s);
}

// Its speed (linear time) is measured by tandem-bench ("template parse and render, 1 MB").
TEST_CASE("a one-megabyte template parses and renders in full", "[templates]")
{
    const QString reply = typicalReply().remove(u"{{cursor}}"_s);
    const qsizetype copies = 1'000'000 / reply.size() + 1;
    const QString big = reply.repeated(copies);
    REQUIRE(big.size() >= 1'000'000);

    const ParsedTemplate parsed = TemplateParser::parse(big);
    const TemplateRendering rendering = parsed.render(replyContext());

    CHECK(parsed.isValid());
    CHECK(rendering.isComplete());
    CHECK(rendering.text.count(u"Hi Ada,"_s) == copies);
    CHECK(rendering.text.count(u"Grace Hopper"_s) == copies);

    // One huge unknown name and one huge unterminated fallback are single, short errors.
    const ParsedTemplate hugeName = TemplateParser::parse(u"{{"_s + QString(1'000'000, u'a') + u"}}"_s);
    REQUIRE(hugeName.errors().size() == 1);
    CHECK(hugeName.errors().constFirst().kind == TemplateError::Kind::UnknownPlaceholder);
    CHECK(hugeName.errors().constFirst().span.length == 1'000'000);
    const ParsedTemplate hugeFallback = TemplateParser::parse(u"{{customer.phone | \""_s + QString(1'000'000, u'x'));
    REQUIRE(hugeFallback.errors().size() == 1);
    CHECK(hugeFallback.errors().constFirst().kind == TemplateError::Kind::UnterminatedFallback);
}

TEST_CASE("templates decoded from invalid UTF-8 parse and render", "[templates]")
{
    // Truncated sequences, a stray continuation byte, an overlong form, an encoded surrogate.
    const QByteArray bytes(
        "Hi \xff\xfe {{customer.first_name}} \xc3\x28 \x80 \xc0\xaf \xed\xa0\x80 {{cursor}}\xe2\x82");
    const QString source = QString::fromUtf8(bytes);
    REQUIRE(source.contains(QChar::ReplacementCharacter));

    const ParsedTemplate parsed = TemplateParser::parse(source);
    CHECK(parsed.isValid());
    const TemplateRendering rendering = parsed.render(replyContext());
    CHECK(rendering.text.startsWith(u"Hi \uFFFD"_s));
    CHECK(rendering.text.contains(u" Ada "_s));
    CHECK(rendering.caretPosition == rendering.text.lastIndexOf(u' ') + 1);

    // Garbage inside the braces is an error at its position, not a crash.
    const ParsedTemplate broken = TemplateParser::parse(QString::fromUtf8(QByteArray("{{customer.\xff\xfe}}")));
    REQUIRE(broken.errors().size() == 1);
    CHECK(broken.errors().constFirst().kind == TemplateError::Kind::ExpectedName);
    CHECK(broken.errors().constFirst().span.offset == 11);

    // Lone surrogates and NULs can reach a QString by other routes.
    QString odd = u"a{{customer.first_name}}b"_s;
    odd.insert(1, QChar(0xD800));
    odd.append(QChar(0xDC00));
    odd.append(QChar(0));
    odd.append(u"{{agent.name}}"_s);
    const ParsedTemplate oddParsed = TemplateParser::parse(odd);
    CHECK(oddParsed.isValid());
    CHECK(oddParsed.render(replyContext()).text.contains(u"Grace Hopper"_s));
}

TEST_CASE("random template-like input never breaks the parser's promises", "[templates]")
{
    static const char16_t alphabet[] = u"{}\\\"| \t\n.ab_cursor";
    QRandomGenerator random(20250303);
    const TemplateContext context = replyContext();
    for (int round = 0; round < 3000; ++round) {
        QString source;
        const int length = random.bounded(80);
        for (int i = 0; i < length; ++i)
            source.append(QChar(alphabet[random.bounded(static_cast<int>(std::size(alphabet)) - 1)]));
        INFO("template: " << str(source));

        const ParsedTemplate parsed = TemplateParser::parse(source);
        for (const TemplateError &error : parsed.errors()) {
            REQUIRE(error.span.offset >= 0);
            REQUIRE(error.span.offset + error.span.length <= source.size());
            REQUIRE(error.span.line == source.left(error.span.offset).count(u'\n') + 1);
            REQUIRE(!error.message.isEmpty());
        }
        qsizetype previousEnd = 0;
        for (const TemplateNode &node : parsed.nodes()) {
            REQUIRE(node.span.offset >= previousEnd);
            REQUIRE(node.span.offset + node.span.length <= source.size());
            previousEnd = node.span.offset + node.span.length;
        }
        const TemplateRendering rendering = parsed.render(context);
        REQUIRE(rendering.caretPosition >= 0);
        REQUIRE(rendering.caretPosition <= rendering.text.size());
        // Without braces or backslashes nothing is special: the text comes back unchanged.
        if (!source.contains(u'{') && !source.contains(u'}') && !source.contains(u'\\'))
            REQUIRE(rendering.text == source);
    }
}

// How long the render takes (under 20 microseconds) is measured by tandem-bench ("template render").
TEST_CASE("a typical reply renders in full, the same every time", "[templates]")
{
    const ParsedTemplate parsed = TemplateParser::parse(typicalReply());
    REQUIRE(parsed.isValid());
    REQUIRE(parsed.source().size() >= 600);
    REQUIRE(parsed.placeholderNames().size() == 4);
    const TemplateContext context = replyContext();

    const TemplateRendering first = parsed.render(context);
    CHECK(first.isComplete());
    CHECK(first.text.startsWith(u"Hi Ada,"_s));
    CHECK(parsed.render(context).text == first.text);
}

TEST_CASE("every known placeholder parses, has a description and a sample value", "[templates]")
{
    const QList<TemplatePlaceholders::Info> all = TemplatePlaceholders::all();
    REQUIRE(all.size() >= 16);
    const TemplateContext sample = TemplateContext::sample();
    for (const TemplatePlaceholders::Info &info : all) {
        INFO(str(info.name));
        CHECK(TemplatePlaceholders::isKnown(info.name));
        CHECK_FALSE(info.description.isEmpty());
        CHECK(TemplatePlaceholders::description(info.name) == info.description);
        CHECK(TemplateParser::parse(u"{{"_s + info.name + u"}}"_s).isValid());
        if (info.name != TemplatePlaceholders::cursorName)
            CHECK(str(TemplateParser::parse(u"{{"_s + info.name + u"}}"_s).render(sample).text) == str(info.example));
    }
    CHECK_FALSE(TemplatePlaceholders::isKnown(u"customer.nickname"));
    CHECK(TemplatePlaceholders::description(u"customer.nickname").isEmpty());
}

TEST_CASE("every template in the shipped library parses cleanly", "[templates]")
{
    QFile file(sourceDirectory() + u"/resources/templates/default-library.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray templates = QJsonDocument::fromJson(file.readAll()).object().value(u"templates"_s).toArray();
    REQUIRE_FALSE(templates.isEmpty());
    for (const QJsonValue &entry : templates) {
        const QJsonObject object = entry.toObject();
        INFO(str(object.value(u"shortcode"_s).toString()));
        for (const QString &field : { u"subject"_s, u"body"_s }) {
            const ParsedTemplate parsed = TemplateParser::parse(object.value(field).toString());
            for (const TemplateError &error : parsed.errors())
                UNSCOPED_INFO(str(field) << ": " << str(error.message));
            CHECK(parsed.isValid());
        }
    }
}

TEST_CASE("the editor's highlighting knows exactly the engine's placeholder names", "[templates]")
{
    QFile file(sourceDirectory() + u"/resources/syntax/tandem-template.xml"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString currentList;
    QSet<QString> highlighted;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"list")
            currentList = xml.attributes().value(u"name"_s).toString();
        else if (xml.isStartElement() && xml.name() == u"item" && currentList == u"placeholders")
            highlighted.insert(xml.readElementText().trimmed());
    }
    REQUIRE_FALSE(xml.hasError());

    QSet<QString> known;
    for (const QString &name : TemplatePlaceholders::names()) {
        if (name != TemplatePlaceholders::cursorName)
            known.insert(name);
    }
    CHECK(highlighted.size() == known.size());
    for (const QString &name : std::as_const(known)) {
        INFO("not highlighted as known: " << str(name));
        CHECK(highlighted.contains(name));
    }
}

TEST_CASE(
    "a template's article placeholders take the chosen article, and show as missing without one", "[templates][kb]")
{
    const ParsedTemplate parsed
        = TemplateParser::parse(u"Hi {{customer.first_name}}, see {{article.title}}: {{article.url}}{{cursor}}"_s);
    REQUIRE(parsed.isValid());
    CHECK(strs(parsed.placeholderNames())
        == std::vector<std::string> { "customer.first_name", "article.title", "article.url" });

    TemplateContext context = replyContext();
    context.setArticle(u"Resetting the E4 router"_s, u"https://help.example.com/en/12-resetting-the-e4-router.html"_s);
    const TemplateRendering chosen = parsed.render(context);
    CHECK(chosen.isComplete());
    CHECK(str(chosen.text)
        == "Hi Ada, see Resetting the E4 router: https://help.example.com/en/12-resetting-the-e4-router.html");

    // An internal article (or a workspace without a site address) has no link: that one is missing.
    context.setArticle(u"Resetting the E4 router"_s, QString());
    const TemplateRendering noLink = parsed.render(context);
    CHECK(strs(noLink.missingNames()) == std::vector<std::string> { "article.url" });
    CHECK(str(noLink.text) == "Hi Ada, see Resetting the E4 router: {{article.url}}");

    // No article suggested or chosen: both are missing, the way every other missing value is, and a fallback
    // still applies.
    context.clearArticle();
    const TemplateRendering none = parsed.render(context);
    CHECK(strs(none.missingNames()) == std::vector<std::string> { "article.title", "article.url" });
    CHECK(str(none.missing.at(0).message()).find("knowledge-base article") != std::string::npos);
    const TemplateRendering fallback
        = TemplateParser::parse(u"More: {{article.url | \"our help pages\"}}"_s).render(context);
    CHECK(fallback.isComplete());
    CHECK(str(fallback.text) == "More: our help pages");
}
