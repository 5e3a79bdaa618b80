// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "domain/MarkedText.h"
#include "services/SearchService.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr Millis day = 24 * 60 * 60 * 1000;
constexpr Millis start = test::TempWorkspace::demoAnchor - 100 * day;

// A few hand-written interactions, so what matches and in which order is known.
struct SearchFixture
{
    explicit SearchFixture(test::TempWorkspace &temp) : workspace(temp.openWithDemo(2, 0, 3)), service(workspace)
    {
        Customer ada;
        ada.firstName = u"Ada"_s;
        ada.lastName = u"Ferreira"_s;
        adaId = CustomerRepository(workspace).insert(ada);
        Customer bo;
        bo.firstName = u"Bo"_s;
        bo.lastName = u"Lindqvist"_s;
        boId = CustomerRepository(workspace).insert(bo);

        // Oldest, but all about the printer: the best match.
        subjectMatch = add(adaId, 1, u"Printer jam"_s, u"The printer jams again; printer firmware is current."_s);
        // Newest, one mention in a long message.
        longMention = add(boId, 30, u"Weekly account review"_s,
            u"We went through invoices, delivery dates, the onboarding plan, the new seats, training "
            "sessions and the renewal timeline; at the very end the office printer came up briefly, "
            "nothing urgent, and then we talked about the holiday schedule and next quarter."_s);
        twoMentions
            = add(adaId, 20, u"Follow-up"_s, u"Sent the printer driver. The printer should now print duplex."_s);
        hostileBody = add(boId, 10, u"<b>Bold</b> subject & more"_s,
            u"<script>alert(\"x\")</script> The <i>printer</i> & scanner said \"OK\" 😀"_s);
        zoeAccented = add(adaId, 5, u"Zoë called"_s, u"Zoë asked for the invoice copy."_s);
        zoePlain = add(boId, 6, u"Zoe wrote"_s, u"Zoe wants a call back."_s);
        unrelated = add(boId, 7, u"Password reset"_s, u"Reset link sent; the customer signed in."_s);
    }

    Id add(Id customerId, int dayOffset, const QString &subject, const QString &body)
    {
        Interaction interaction;
        interaction.customerId = customerId;
        interaction.kind = InteractionKind::Message;
        interaction.channel = Channel::Email;
        interaction.subject = subject;
        interaction.body = body;
        interaction.occurredAt = start + dayOffset * day;
        return InteractionRepository(workspace).insert(interaction, interaction.occurredAt);
    }

    QList<Id> idsFor(const QString &text, SearchOrder order = SearchOrder::Newest)
    {
        QList<Id> ids;
        for (const SearchHit &hit : service.search(text, order).hits)
            ids.append(hit.interactionId);
        return ids;
    }

    QSet<Id> setFor(const QString &text)
    {
        const QList<Id> ids = idsFor(text);
        return { ids.cbegin(), ids.cend() };
    }

    Workspace &workspace;
    SearchService service;
    Id adaId = 0;
    Id boId = 0;
    Id subjectMatch = 0;
    Id longMention = 0;
    Id twoMentions = 0;
    Id hostileBody = 0;
    Id zoeAccented = 0;
    Id zoePlain = 0;
    Id unrelated = 0;
};

QStringList markedWords(const QString &marked)
{
    QStringList words;
    for (const MarkedText::Span &span : MarkedText::spans(marked)) {
        if (span.marked)
            words.append(span.text.toLower());
    }
    return words;
}

} // namespace

TEST_CASE("global search finds every interaction holding the words, newest first", "[timeline][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    SearchFixture data(temp);

    CHECK(data.idsFor(u"printer"_s)
        == QList<Id> { data.longMention, data.twoMentions, data.hostileBody, data.subjectMatch });
    // The last word may be unfinished; earlier ones are whole words.
    CHECK(data.idsFor(u"print"_s).size() == 4);
    CHECK(data.setFor(u"printer dri"_s) == QSet<Id> { data.twoMentions });
    CHECK(data.setFor(u"prin duplex"_s).isEmpty()); // only the last word is a prefix
    CHECK(data.setFor(u"PRINTER Firmware"_s) == QSet<Id> { data.subjectMatch });
    CHECK(data.idsFor(u"nothing-like-this-anywhere"_s).isEmpty());
    // A prefix needs three letters: shorter ones would expand to much of the vocabulary.
    CHECK(data.setFor(u"pr"_s).isEmpty());
    CHECK(data.setFor(u"pri"_s).size() == 4);

    const SearchPage page = data.service.search(u"printer"_s, SearchOrder::Newest);
    REQUIRE(page.hits.size() == 4);
    const SearchHit &newest = page.hits.front();
    CHECK(newest.customerId == data.boId);
    CHECK(newest.customerName == u"Bo Lindqvist"_s);
    CHECK(newest.kind == InteractionKind::Message);
    CHECK(newest.channel == Channel::Email);
    CHECK(newest.occurredAt == start + 30 * day);
    CHECK(newest.subject == u"Weekly account review"_s);
    CHECK_FALSE(page.next);
}

TEST_CASE("best-first search ranks the closest match on top", "[timeline][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    SearchFixture data(temp);

    const SearchPage page = data.service.search(u"printer"_s, SearchOrder::BestMatch);
    REQUIRE(page.hits.size() == 4);
    CHECK(page.hits.front().interactionId == data.subjectMatch);
    CHECK(page.hits.back().interactionId == data.longMention);
    for (qsizetype i = 1; i < page.hits.size(); ++i)
        CHECK(page.hits.at(i - 1).score >= page.hits.at(i).score);
}

TEST_CASE("search pages with a keyset cursor: every hit once, in order, for both orders", "[timeline][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.openWithDemo(30, 400, 17);
    SearchService service(workspace);
    const SearchOrder order = GENERATE(SearchOrder::Newest, SearchOrder::BestMatch);

    // "the" is in most demo texts: a big result set.
    const SearchPage all = service.search(u"the"_s, order, std::nullopt, SearchService::maxPageSize);
    REQUIRE(all.hits.size() > 60);
    const qsizetype total = all.hits.size();
    REQUIRE_FALSE(all.next);

    QList<Id> paged;
    std::optional<SearchCursor> cursor;
    int pages = 0;
    do {
        const SearchPage page = service.search(u"the"_s, order, cursor, 13);
        for (const SearchHit &hit : page.hits)
            paged.append(hit.interactionId);
        cursor = page.next;
        ++pages;
    } while (cursor && pages < 1000);
    CHECK(pages == (total + 12) / 13);
    QList<Id> expected;
    for (const SearchHit &hit : all.hits)
        expected.append(hit.interactionId);
    CHECK(paged == expected);
    for (qsizetype i = 1; i < all.hits.size(); ++i) {
        const SearchHit &before = all.hits.at(i - 1);
        const SearchHit &after = all.hits.at(i);
        if (order == SearchOrder::Newest) {
            CHECK((before.occurredAt > after.occurredAt
                || (before.occurredAt == after.occurredAt && before.interactionId > after.interactionId)));
        } else {
            CHECK((before.score > after.score
                || (before.score == after.score && before.interactionId > after.interactionId)));
        }
    }
    CHECK(service.search(u"the"_s, order).hits.size() == SearchService::pageSize);
}

TEST_CASE("snippets mark the matched words and customer HTML stays text", "[timeline][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    SearchFixture data(temp);

    const SearchPage page = data.service.search(u"printer"_s, SearchOrder::Newest);
    for (const SearchHit &hit : page.hits) {
        CAPTURE(hit.interactionId, hit.snippet.toStdString());
        CHECK(markedWords(hit.snippet).contains(u"printer"_s));
        CHECK_FALSE(hit.snippet.contains(u'\n'));
    }
    const auto hostile = std::find_if(page.hits.cbegin(), page.hits.cend(),
        [&data](const SearchHit &hit) { return hit.interactionId == data.hostileBody; });
    REQUIRE(hostile != page.hits.cend());
    const QString html = MarkedText::toHtml(hostile->snippet);
    CAPTURE(html.toStdString());
    CHECK_THAT(html.toStdString(), ContainsSubstring("<b>printer</b>"));
    CHECK_THAT(html.toStdString(), !ContainsSubstring("<script"));
    CHECK_THAT(html.toStdString(), !ContainsSubstring("<i>"));
    CHECK_THAT(MarkedText::toHtml(hostile->markedSubject).toStdString(), !ContainsSubstring("<b>Bold</b>"));

    // The subject is marked too, and a prefix marks the whole word.
    const SearchPage jam = data.service.search(u"jam"_s, SearchOrder::Newest);
    REQUIRE(jam.hits.size() == 1);
    CHECK(markedWords(jam.hits.front().markedSubject) == QStringList { u"jam"_s });
    CHECK(MarkedText::plain(jam.hits.front().markedSubject) == u"Printer jam"_s);
    CHECK(markedWords(jam.hits.front().snippet) == QStringList { u"jams"_s });

    // Best first marks the same words (its marks come from a second lookup, newest first's from the match).
    const SearchPage best = data.service.search(u"jam"_s, SearchOrder::BestMatch);
    REQUIRE(best.hits.size() == 1);
    CHECK(best.hits.front().markedSubject == jam.hits.front().markedSubject);
    CHECK(best.hits.front().snippet == jam.hits.front().snippet);
}

TEST_CASE("a word typed with diacritics finds it written with and without them", "[timeline][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    SearchFixture data(temp);

    CHECK(data.setFor(u"Zoë"_s) == QSet<Id> { data.zoeAccented, data.zoePlain });
    CHECK(data.setFor(u"zoë invoice"_s) == QSet<Id> { data.zoeAccented });
    // SQLite folds the index as well; PostgreSQL's 'simple' index keeps the accent, so typed plain
    // it finds at least the plain spelling.
    CHECK(data.setFor(u"zoe"_s).contains(data.zoePlain));
}

TEST_CASE("any text typed into global search is safe and gives sensible results", "[timeline][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    SearchFixture data(temp);
    const QSet<Id> printerHits { data.subjectMatch, data.longMention, data.twoMentions, data.hostileBody };

    // One workspace for every input (a GENERATE would build it again for each).
    const QStringList aroundAWord { u"\"printer\""_s, u"printer*"_s, u"*printer"_s, u"-printer"_s, u"+printer"_s,
        u"(printer)"_s, u"[printer]"_s, u"{printer}"_s, u"'printer'"_s, u"printer\""_s, u"\"printer"_s, u"^printer"_s,
        u"printer:"_s, u"%printer%"_s, u"printer\\"_s, u"printer;--"_s, u"  printer  "_s, u"PRINTER"_s, u"printer 😀"_s,
        u"printer\0"_s, u"printer & |"_s, u"!printer"_s, u"printer:*"_s, u"printer <-> "_s };
    for (const QString &typed : aroundAWord) {
        // Operators and quoting around a word are taken as plain text.
        CAPTURE(typed.toStdString());
        CHECK(data.setFor(typed) == printerHits);
        CHECK(data.service.search(typed, SearchOrder::BestMatch).hits.size() == printerHits.size());
    }

    const QStringList hostile { u"\""_s, u"\"\""_s, u"*"_s, u"-"_s, u"NEAR"_s, u"NEAR(printer jam)"_s,
        u"printer NEAR jam"_s, u"OR"_s, u"printer OR scanner"_s, u"AND NOT"_s, u"printer NOT jam"_s, u"("_s, u")"_s,
        u"(("_s, u"[x]"_s, u"{a b}"_s, u"^start"_s, u"subject:x body:y"_s, u"'; DROP TABLE interactions; --"_s,
        u"\"; DELETE FROM customers; --"_s, u"1=1"_s, u"1' OR '1'='1"_s, u"😀🎉"_s, u"שלום עולם"_s, u"你好"_s,
        QString(10000, u'a'), QString(10000, u'ß'), QString(5000, u'"'), u"a\0b"_s, u"%_"_s, u"\\"_s, u"?"_s, u":a"_s,
        u"$1"_s, u"::text"_s, u"!"_s, u"&"_s, u"|"_s, u"<->"_s, u"a:*"_s, u"\u200b"_s, u"\ufdd0printer\ufdd1"_s,
        QString(QString(3000, u'x') + u" printer"_s), QStringList(40, u"printer"_s).join(u' '), u"e\u0301"_s,
        u"ﬁle"_s };
    for (const QString &text : hostile) {
        // Hostile input never raises an error.
        CAPTURE(text.left(60).toStdString());
        for (const SearchOrder order : { SearchOrder::Newest, SearchOrder::BestMatch }) {
            SearchPage page;
            CHECK_NOTHROW(page = data.service.search(text, order));
            CHECK(page.hits.size() <= SearchService::pageSize);
        }
    }
    CHECK(CustomerRepository(data.workspace).count() == 4);

    for (const QString &empty : { QString(), u"   "_s, u"*"_s, u"\"\""_s, u"-- ()"_s, u"😀"_s }) {
        // Text without a word searches nothing.
        CHECK_FALSE(data.service.isSearchable(empty));
        CHECK(data.service.search(empty, SearchOrder::Newest).hits.isEmpty());
    }
    CHECK(data.service.isSearchable(u"a"_s));
}

TEST_CASE("marked text becomes bold HTML with everything else escaped", "[timeline][search]")
{
    const QString marked
        = QString(u"<script>"_s + MarkedText::startMark + u"printer & co"_s + MarkedText::endMark + u" \"ok\"\n"_s);
    CHECK(MarkedText::toHtml(marked) == u"&lt;script&gt;<b>printer &amp; co</b> &quot;ok&quot;\n"_s);
    CHECK(MarkedText::plain(marked) == u"<script>printer & co \"ok\"\n"_s);
    CHECK(MarkedText::oneLine(marked)
        == QString(u"<script>"_s + MarkedText::startMark + u"printer & co"_s + MarkedText::endMark + u" \"ok\""_s));
    CHECK(MarkedText::hasMarks(marked));
    CHECK_FALSE(MarkedText::hasMarks(u"plain"_s));

    // Unbalanced marks do not confuse it.
    const QList<MarkedText::Span> spans = MarkedText::spans(
        QString(MarkedText::endMark + u"a"_s + MarkedText::startMark + MarkedText::startMark + u"b"_s));
    REQUIRE(spans.size() == 2);
    CHECK(spans.at(0).text == u"a"_s);
    CHECK_FALSE(spans.at(0).marked);
    CHECK(spans.at(1).text == u"b"_s);
    CHECK(spans.at(1).marked);
}
