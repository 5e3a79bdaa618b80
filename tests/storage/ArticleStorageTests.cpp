// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "storage/AgentRepository.h"
#include "storage/ArticleRepository.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <type_traits>

using namespace tandem;
using namespace Qt::StringLiterals;

namespace {

Article article(const QString &title, const QString &body, const QStringList &tags = {})
{
    Article result;
    result.title = title;
    result.body = body;
    result.tags = tags;
    result.category = u"Devices"_s;
    result.state = ArticleState::Published;
    result.publishedVersion = 1;
    return result;
}

// A filter on one field (the others stay empty).
template<typename T> ArticleFilter only(T ArticleFilter::*field, std::type_identity_t<T> value)
{
    ArticleFilter filter;
    filter.*field = std::move(value);
    return filter;
}

QStringList titlesOf(const QList<ArticleHit> &hits)
{
    QStringList titles;
    for (const ArticleHit &hit : hits)
        titles.append(hit.article.title);
    return titles;
}

QStringList titlesOf(const QList<Article> &articles)
{
    QStringList titles;
    for (const Article &found : articles)
        titles.append(found.title);
    return titles;
}

} // namespace

TEST_CASE("an article is stored with every field and its versions are kept newest first", "[storage][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    Agent priya;
    priya.login = u"priya"_s;
    priya.displayName = u"Priya Raman"_s;
    priya.role = Role::SupportSpecialist;
    const Id priyaId = AgentRepository(workspace).insert(priya, 1);
    ArticleRepository articles(workspace);

    Article written
        = article(u"Pairing the Lumo Hub 2"_s, u"# Pairing\n\nHold the button."_s, { u"Hub"_s, u"setup"_s });
    written.language = u"de"_s;
    written.visibility = ArticleVisibility::Public;
    written.ownerId = priyaId;
    written.lastReviewed = QDate(2026, 3, 1);
    written.staleAfterMonths = 6;
    const Id id = articles.insert(written, 1000);
    articles.addVersion({ id, 1, priyaId, {}, priyaId, 1000, written.title, written.body });
    written.id = id;
    written.title = u"Pairing the Lumo Hub 2 with the app"_s;
    written.publishedVersion = 2;
    REQUIRE(articles.update(written, 2000));
    articles.addVersion({ id, 2, priyaId, {}, priyaId, 2000, written.title, written.body });

    const std::optional<Article> found = articles.find(id);
    REQUIRE(found);
    CHECK(found->title == u"Pairing the Lumo Hub 2 with the app"_s);
    CHECK(found->body == u"# Pairing\n\nHold the button."_s);
    CHECK(found->tags == QStringList { u"hub"_s, u"setup"_s });
    CHECK(found->language == u"de"_s);
    CHECK(found->visibility == ArticleVisibility::Public);
    CHECK(found->state == ArticleState::Published);
    CHECK(found->ownerId == priyaId);
    CHECK(found->lastReviewed == QDate(2026, 3, 1));
    CHECK(found->staleAfterMonths == 6);
    CHECK(found->publishedVersion == 2);
    CHECK(found->createdAt == 1000);
    CHECK(found->updatedAt == 2000);

    const QList<ArticleVersion> versions = articles.versions(id);
    REQUIRE(versions.size() == 2);
    CHECK(versions.at(0).number == 2);
    CHECK(versions.at(0).title == u"Pairing the Lumo Hub 2 with the app"_s);
    CHECK(versions.at(0).authorName == u"Priya Raman"_s);
    CHECK(versions.at(1).title == u"Pairing the Lumo Hub 2"_s);
    CHECK(articles.version(id, 1)->publishedAt == 1000);
    CHECK_FALSE(articles.version(id, 3));
    CHECK_FALSE(articles.find(id + 100));
}

TEST_CASE("articles are listed by state, visibility, language, category and tag", "[storage][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    ArticleRepository articles(temp.open());
    Article hub = article(u"Hub offline"_s, u"Check the router."_s, { u"wi-fi"_s, u"100%_sure"_s });
    hub.visibility = ArticleVisibility::Public;
    articles.insert(hub, 1);
    Article draft = article(u"Refund rules"_s, u"Within 30 days."_s, { u"billing"_s });
    draft.state = ArticleState::Draft;
    draft.category = u"Billing"_s;
    const Id draftId = articles.insert(draft, 1);
    Article german = article(u"Hub ist offline"_s, u"Router prüfen."_s, { u"wi-fi"_s });
    german.language = u"de"_s;
    articles.insert(german, 1);
    Article edit = article(u"Hub offline (suggested)"_s, u"Check the router first."_s);
    edit.state = ArticleState::Draft;
    edit.editOf = draftId;
    articles.insert(edit, 1);

    CHECK(titlesOf(articles.list({}, 50))
        == QStringList { u"Refund rules"_s, u"Hub ist offline"_s, u"Hub offline"_s, u"Hub offline (suggested)"_s });
    ArticleFilter filter;
    filter.states = { ArticleState::Published };
    CHECK(titlesOf(articles.list(filter, 50)) == QStringList { u"Hub ist offline"_s, u"Hub offline"_s });
    filter.language = u"en"_s;
    CHECK(titlesOf(articles.list(filter, 50)) == QStringList { u"Hub offline"_s });
    CHECK(titlesOf(articles.list(only(&ArticleFilter::visibility, ArticleVisibility::Public), 50))
        == QStringList { u"Hub offline"_s });
    CHECK(
        titlesOf(articles.list(only(&ArticleFilter::category, u"Billing"_s), 50)) == QStringList { u"Refund rules"_s });
    CHECK(titlesOf(articles.list(only(&ArticleFilter::tag, u"Wi-Fi"_s), 50))
        == QStringList { u"Hub ist offline"_s, u"Hub offline"_s });
    // LIKE's own characters in a tag are taken as written.
    CHECK(titlesOf(articles.list(only(&ArticleFilter::tag, u"100%_sure"_s), 50)) == QStringList { u"Hub offline"_s });
    CHECK(articles.list(only(&ArticleFilter::tag, u"100"_s), 50).isEmpty());
    CHECK(articles.list(only(&ArticleFilter::tag, u"%"_s), 50).isEmpty());
    CHECK(titlesOf(articles.suggestedEditsOf(draftId)) == QStringList { u"Hub offline (suggested)"_s });
    CHECK(articles.list({}, 2).size() == 2);
}

TEST_CASE("article search finds words in the title, tags and body, the title first", "[storage][kb][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    ArticleRepository articles(temp.open());
    articles.insert(article(u"Thermostat shows error E4"_s, u"The sensor cable is loose."_s), 1);
    articles.insert(
        article(u"Cleaning the air purifier"_s, u"Unlike the thermostat, the purifier needs a filter."_s), 1);
    articles.insert(article(u"Firmware updates"_s, u"Updates arrive overnight."_s, { u"thermostat"_s }), 1);
    const Id zoe = articles.insert(article(u"Zoë's café checklist"_s, u"Façade lights and the Smart Plug."_s), 1);

    CHECK(titlesOf(articles.search(u"thermostat"_s, {}, 10))
        == QStringList { u"Thermostat shows error E4"_s, u"Firmware updates"_s, u"Cleaning the air purifier"_s });
    CHECK(titlesOf(articles.search(u"thermo"_s, {}, 10)).size() == 3); // the last word is a prefix
    CHECK(titlesOf(articles.search(u"thermostat filter"_s, {}, 10))
        == QStringList { u"Cleaning the air purifier"_s }); // every word
    // Case never matters; diacritics typed find the word on both backends, as in interaction search.
    CHECK(titlesOf(articles.search(u"ZOË café"_s, {}, 10)) == QStringList { u"Zoë's café checklist"_s });
    CHECK(titlesOf(articles.search(u"FAÇADE"_s, {}, 10)) == QStringList { u"Zoë's café checklist"_s });
    CHECK(articles.search(u"refund"_s, {}, 10).isEmpty());
    CHECK(articles.search(u"thermostat"_s, {}, 1).size() == 1);

    SECTION("the index follows edits")
    {
        Article changed = *articles.find(zoe);
        changed.title = u"Smart Plug schedules"_s;
        changed.tags = { u"timer"_s };
        REQUIRE(articles.update(changed, 2));
        CHECK(articles.search(u"checklist"_s, {}, 10).isEmpty());
        CHECK(titlesOf(articles.search(u"timer"_s, {}, 10)) == QStringList { u"Smart Plug schedules"_s });
    }
    SECTION("filters apply to search")
    {
        Article draft = article(u"Thermostat draft"_s, QString());
        draft.state = ArticleState::Draft;
        articles.insert(draft, 1);
        CHECK(articles.search(u"thermostat"_s, {}, 10).size() == 4);
        CHECK(articles.search(u"thermostat"_s, only(&ArticleFilter::states, { ArticleState::Published }), 10).size()
            == 3);
    }
    SECTION("any word, for suggestions")
    {
        CHECK(titlesOf(articles.withAnyWord({ u"sensor"_s, u"overnight"_s, u"nothing"_s }, {}, 10)).size() == 2);
        CHECK(articles.withAnyWord({}, {}, 10).isEmpty());
        CHECK(articles.withAnyWord({ u"the"_s }, {}, 10).size() == 3);
    }
}

TEST_CASE("a word most articles hold still finds the old article titled with it, and filters hide nothing",
    "[storage][kb][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    ArticleRepository articles(workspace);
    Article draft = article(u"Router draft"_s, u"Notes."_s);
    draft.state = ArticleState::Draft;
    Article german = article(u"Zurücksetzen"_s, u"Den Router neu starten."_s);
    german.language = u"de"_s;
    {
        Transaction transaction(workspace.database());
        articles.insert(article(u"Resetting the router"_s, u"Hold the button."_s), 1);
        articles.insert(draft, 1);
        articles.insert(german, 1);
        // Far more newer articles hold the word in their body than search weighs one by one.
        for (int n = 0; n < 2 * ArticleRepository::rankedWindow; ++n)
            articles.insert(article(u"Case %1"_s.arg(n), u"Restart the router and wait."_s), 1);
        transaction.commit();
    }

    CHECK(titlesOf(articles.search(u"router"_s, {}, 3)).first() == u"Router draft"_s);
    const QStringList published
        = titlesOf(articles.search(u"router"_s, only(&ArticleFilter::states, { ArticleState::Published }), 3));
    CHECK(published.first() == u"Resetting the router"_s);
    CHECK(published.size() == 3);
    CHECK(titlesOf(articles.search(u"router"_s, only(&ArticleFilter::language, u"de"_s), 10))
        == QStringList { u"Zurücksetzen"_s });
    ArticleFilter publishedInEnglish = only(&ArticleFilter::states, { ArticleState::Published });
    publishedInEnglish.language = u"en"_s;
    CHECK(titlesOf(articles.withAnyWord({ u"router"_s, u"button"_s }, publishedInEnglish, 3)).first()
        == u"Resetting the router"_s);
}

TEST_CASE("any text typed into article search is safe", "[storage][kb][search]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::TempWorkspace temp(backend);
    Workspace &workspace = temp.open();
    ArticleRepository articles(workspace);
    articles.insert(article(u"Printer jam"_s, u"Open the tray; NEAR the roller."_s), 1);
    // One workspace for every input (a GENERATE would build it again for each).
    const QStringList hostile { u"\""_s, u"\"\""_s, u"*"_s, u"-"_s, u"NEAR"_s, u"NEAR(printer jam)"_s, u"OR"_s,
        u"a OR b"_s, u"AND NOT"_s, u"("_s, u")"_s, u"[x]"_s, u"{a b}"_s, u"^start"_s, u"title:x"_s,
        u"'; DROP TABLE articles; --"_s, u"1=1"_s, u"😀🎉"_s, u"שלום"_s, QString(10000, u'a'), QString(5000, u'"'),
        u"a\0b"_s, u"%_"_s, u"\\"_s, u"printer & jam | !x"_s, u"jam:*"_s, u"<->"_s };
    for (const QString &text : hostile) {
        CAPTURE(text.left(40).toStdString());
        CHECK_NOTHROW(articles.search(text, {}, 10));
        CHECK_NOTHROW(articles.withAnyWord({ text }, {}, 10));
        CHECK_NOTHROW(articles.list(only(&ArticleFilter::tag, text), 10));
    }
    CHECK(articles.search(u"NEAR(printer jam)"_s, {}, 10).size() == 1);
    CHECK(articles.search(u"printer & jam | !x"_s, {}, 10).isEmpty()); // "x" is a word the article lacks
    CHECK(Query::scalar(workspace.database(), u"SELECT count(*) FROM articles"_s).toInt() == 1);
}
