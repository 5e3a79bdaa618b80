// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Article.h"

#include <catch2/catch_test_macros.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;

TEST_CASE("an article goes stale N months after its last review", "[domain][kb]")
{
    Article article;
    article.state = ArticleState::Published;
    article.lastReviewed = QDate(2026, 1, 31);
    article.staleAfterMonths = 6;
    CHECK(ArticleRules::staleFrom(article.lastReviewed, 6) == QDate(2026, 7, 31));
    CHECK_FALSE(ArticleRules::isStale(article, QDate(2026, 7, 30)));
    CHECK(ArticleRules::isStale(article, QDate(2026, 7, 31)));
    // The end of a shorter month: reviewed 31 January, one month later is the last day of February.
    CHECK(ArticleRules::staleFrom(QDate(2026, 1, 31), 1) == QDate(2026, 2, 28));

    SECTION("zero months never goes stale")
    {
        article.staleAfterMonths = 0;
        CHECK_FALSE(ArticleRules::isStale(article, QDate(2099, 1, 1)));
    }
    SECTION("never reviewed is stale at once")
    {
        article.lastReviewed.reset();
        CHECK(ArticleRules::isStale(article, QDate(2026, 1, 1)));
    }
    SECTION("drafts and archived articles are not flagged")
    {
        article.state = ArticleState::Draft;
        CHECK_FALSE(ArticleRules::isStale(article, QDate(2030, 1, 1)));
        article.state = ArticleState::Archived;
        CHECK_FALSE(ArticleRules::isStale(article, QDate(2030, 1, 1)));
    }
}

TEST_CASE("tags are stored trimmed, lower case, once each and sorted", "[domain][kb]")
{
    CHECK(ArticleRules::normalizedTags({ u"  Wi-Fi "_s, u"hub"_s, u"HUB"_s, QString(), u"Setup   guide"_s })
        == QStringList { u"hub"_s, u"setup guide"_s, u"wi-fi"_s });
}

TEST_CASE("the keywords of a message leave out the words every message has", "[domain][kb]")
{
    CHECK(ArticleRules::keywords(u"Hello, I have a problem with the Hub: it won't pair with the Hub app. Thanks!"_s)
        == QStringList { u"problem"_s, u"hub"_s, u"won"_s, u"pair"_s, u"app"_s });
    CHECK(ArticleRules::keywords(u"Hallo, mein Thermostat zeigt Fehler E4. Grüße"_s)
        == QStringList { u"thermostat"_s, u"zeigt"_s, u"fehler"_s, u"e4"_s }); // a code, however short
    CHECK(ArticleRules::keywords(u"30 days, 42"_s) == QStringList { u"days"_s });
    CHECK(ArticleRules::keywords(u"one two three four five six"_s, 2) == QStringList { u"two"_s, u"three"_s });
    CHECK(ArticleRules::keywords(u"\"*( NEAR OR )"_s) == QStringList { u"near"_s });
}

TEST_CASE("a keyword weighs more in the title than in the tags, and more there than in the body", "[domain][kb]")
{
    Article article;
    article.title = u"Resetting the Lumo Hub"_s;
    article.tags = { u"wi-fi"_s };
    article.category = u"Setup"_s;
    article.body = u"Hold the button for ten seconds until the light blinks."_s;
    CHECK(ArticleRules::matchScore({ u"hub"_s }, article) == 3);
    CHECK(ArticleRules::matchScore({ u"setup"_s }, article) == 2);
    CHECK(ArticleRules::matchScore({ u"fi"_s }, article) == 2); // "wi-fi" holds the words "wi" and "fi"
    CHECK(ArticleRules::matchScore({ u"button"_s, u"light"_s }, article) == 2);
    CHECK(ArticleRules::matchScore({ u"resetting"_s, u"button"_s }, article) == 4);
    CHECK(ArticleRules::matchScore({ u"refund"_s }, article) == 0);
    CHECK(ArticleRules::matchScore({ u"butt"_s }, article) == 0); // whole words only
}

TEST_CASE(
    "a public article's place on the self-service site reads well and never changes with a twin title", "[domain][kb]")
{
    Article article;
    article.id = 12;
    article.title = u"Resetting the E4 router — step by step!"_s;
    CHECK(ArticleRules::sitePath(article) == u"en/12-resetting-the-e4-router-step-by-step.html"_s);
    article.language = u"de"_s;
    article.title = u"Größe ändern: Überblick"_s;
    CHECK(ArticleRules::sitePath(article) == u"de/12-grosse-andern-uberblick.html"_s);
    article.title = u"???"_s;
    CHECK(ArticleRules::sitePath(article) == u"de/12.html"_s);
    article.title = QString(300, u'a');
    CHECK(ArticleRules::sitePath(article) == u"de/12-"_s + QString(60, u'a') + u".html"_s);
}

TEST_CASE("a customer's message tells its language when its short words say so clearly", "[domain][kb]")
{
    CHECK(ArticleRules::likelyLanguage(u"My router is blinking red and the app does not find it."_s) == u"en"_s);
    CHECK(ArticleRules::likelyLanguage(u"Mein Router blinkt rot und die App findet ihn nicht."_s) == u"de"_s);
    CHECK(
        ArticleRules::likelyLanguage(u"Mon routeur clignote en rouge et l'application ne le trouve pas."_s) == u"fr"_s);
    CHECK(ArticleRules::likelyLanguage(u"E4 router"_s).isEmpty()); // too little to tell
    CHECK(ArticleRules::likelyLanguage(QString()).isEmpty());
}

TEST_CASE("how an article went into a reply is stored by a key and read back", "[domain][kb]")
{
    for (const ArticleInsertion how : { ArticleInsertion::Link, ArticleInsertion::Text, ArticleInsertion::Placeholder })
        CHECK(ArticleRules::insertionFromKey(ArticleRules::keyOf(how)) == how);
    CHECK(ArticleRules::keyOf(ArticleInsertion::Placeholder) == u"placeholder"_s);
    CHECK_FALSE(ArticleRules::insertionFromKey(u"paste"_s).has_value());
}
