// libFuzzer target for the reply-template parser (built with -DTANDEM_BUILD_FUZZERS=ON and clang).
// Every input is read as UTF-8 text and, separately, as raw UTF-16 code units, parsed, and rendered
// against a context that has some values and lacks others. The parser's promises are checked and any
// broken one aborts, which libFuzzer reports with the input that did it.

#include "domain/ParsedTemplate.h"
#include "domain/Records.h"
#include "domain/TemplateContext.h"
#include "domain/TemplateParser.h"

#include <QDate>
#include <QLocale>
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
        return result;
    }();
    return values;
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
