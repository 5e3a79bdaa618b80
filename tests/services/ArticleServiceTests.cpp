// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ArticleMarkdown.h"
#include "services/ArticleService.h"
#include "services/ServiceError.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QFile>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>
#include <vector>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

Article draftOf(const QString &title, const QString &body, const QStringList &tags = {})
{
    Article article;
    article.title = title;
    article.body = body;
    article.tags = tags;
    article.category = u"Devices"_s;
    return article;
}

std::vector<std::string> auditActions(Workspace &workspace)
{
    Query audit(workspace.database(), u"SELECT action FROM audit_log WHERE entity = 'article' ORDER BY id"_s);
    std::vector<std::string> actions;
    while (audit.next())
        actions.push_back(audit.text(0).toStdString());
    return actions;
}

struct KnowledgeBase
{
    test::TempWorkspace temp;
    Workspace &workspace;
    test::MockClock clock;
    ArticleService service;
    Actor lead;
    Actor specialist;
    Actor rep;
    Actor rep2;

    explicit KnowledgeBase(Backend backend)
        : temp(backend),
          workspace(temp.openWithDemo(4, 10, 1)),
          service(workspace, clock),
          lead(AccountService(workspace).signInWithoutPassword(u"lead"_s)),
          specialist(AccountService(workspace).signInWithoutPassword(u"specialist"_s)),
          rep(AccountService(workspace).signInWithoutPassword(u"rep"_s)),
          rep2(AccountService(workspace).signInWithoutPassword(u"rep2"_s))
    { }
};

} // namespace

TEST_CASE("every published change is a new version with its author, and every change is audited", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    KnowledgeBase kb(backend);

    const Id id = kb.service.createDraft(kb.specialist, draftOf(u"  Pairing the  Hub "_s, u"Hold the button."_s));
    CHECK(kb.service.find(kb.specialist, id)->title == u"Pairing the Hub"_s);
    CHECK(kb.service.find(kb.specialist, id)->state == ArticleState::Draft);
    Article edited = *kb.service.find(kb.specialist, id);
    edited.body = u"Hold the button for ten seconds."_s;
    kb.service.saveDraft(kb.specialist, edited);
    CHECK(kb.service.versions(kb.specialist, id).isEmpty()); // drafts have no versions

    kb.clock.advance(1000);
    CHECK(kb.service.publish(kb.specialist, id) == 1);
    const Article published = *kb.service.find(kb.rep, id);
    CHECK(published.state == ArticleState::Published);
    CHECK(published.lastReviewed == QDateTime::fromMSecsSinceEpoch(kb.clock.now()).date()); // publishing reviews
    CHECK(published.ownerId == kb.specialist.agentId);

    kb.clock.advance(1000);
    Article change = published;
    change.title = u"Pairing the Lumo Hub 2"_s;
    CHECK(kb.service.publishChanges(kb.lead, change) == 2);
    kb.clock.advance(1000);
    CHECK(kb.service.revert(kb.lead, id, 1) == 3);
    CHECK(kb.service.find(kb.rep, id)->title == u"Pairing the Hub"_s);

    const QList<ArticleVersion> versions = kb.service.versions(kb.rep, id);
    REQUIRE(versions.size() == 3);
    CHECK(versions.at(0).number == 3);
    CHECK(versions.at(0).authorId == kb.lead.agentId);
    CHECK(versions.at(0).title == u"Pairing the Hub"_s);
    CHECK(versions.at(1).title == u"Pairing the Lumo Hub 2"_s);
    CHECK(versions.at(1).authorId == kb.lead.agentId);
    CHECK(versions.at(2).authorId == kb.specialist.agentId);
    CHECK(versions.at(2).body == u"Hold the button for ten seconds."_s);
    CHECK(versions.at(2).publishedAt < versions.at(1).publishedAt);

    kb.clock.advance(1000);
    kb.service.markReviewed(kb.lead, id);
    kb.service.archive(kb.lead, id);
    CHECK(kb.service.find(kb.rep, id)->state == ArticleState::Archived);
    CHECK(kb.service.search(kb.rep, u"pairing"_s).isEmpty()); // off the reps' lists

    // Restoring puts it back as it was published, with its versions.
    CHECK(kb.service.restore(kb.specialist, id) == ArticleState::Published);
    CHECK(kb.service.find(kb.rep, id)->title == u"Pairing the Hub"_s);
    CHECK(kb.service.find(kb.rep, id)->publishedVersion == 3);
    CHECK(kb.service.search(kb.rep, u"pairing"_s).size() == 1);
    CHECK(kb.service.restore(kb.specialist, id) == ArticleState::Published); // nothing to do
    const Id draft = kb.service.createDraft(kb.lead, draftOf(u"Never published"_s, QString()));
    kb.service.archive(kb.lead, draft);
    CHECK(kb.service.restore(kb.lead, draft) == ArticleState::Draft);
    CHECK(auditActions(kb.workspace)
        == std::vector<std::string> { "article.create", "article.save", "article.publish", "article.publish",
            "article.revert", "article.review", "article.archive", "article.restore", "article.create",
            "article.archive", "article.restore" });
    CHECK_FALSE(AuditLog(kb.workspace).verify().firstBrokenId.has_value());
}

TEST_CASE("a rep's suggested change is published by a lead as a version the rep wrote", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    KnowledgeBase kb(backend);
    const Id id = kb.service.createDraft(kb.lead, draftOf(u"Refunds"_s, u"Within 14 days."_s, { u"billing"_s }));
    kb.service.publish(kb.lead, id);

    Article change = *kb.service.find(kb.rep, id);
    change.body = u"Within 30 days of delivery."_s;
    const Id suggestion = kb.service.suggestEdit(kb.rep, id, change);
    CHECK(kb.service.find(kb.rep, suggestion)->editOf == id);
    CHECK(kb.service.find(kb.rep, id)->body == u"Within 14 days."_s); // nothing published yet
    CHECK_FALSE(kb.service.find(kb.rep2, suggestion)); // another rep's draft is not theirs to see
    CHECK(kb.service.suggestedEdits(kb.lead, id).size() == 1);
    CHECK(kb.service.suggestedEdits(kb.rep2, id).isEmpty());

    CHECK(kb.service.publish(kb.lead, suggestion) == 2);
    const Article after = *kb.service.find(kb.rep, id);
    CHECK(after.body == u"Within 30 days of delivery."_s);
    CHECK(after.tags == QStringList { u"billing"_s });
    const ArticleVersion newest = kb.service.versions(kb.rep, id).constFirst();
    CHECK(newest.authorId == kb.rep.agentId);
    CHECK(newest.publishedById == kb.lead.agentId);
    CHECK(kb.service.find(kb.lead, suggestion)->state == ArticleState::Archived);
    CHECK(kb.service.suggestedEdits(kb.lead, id).isEmpty());

    SECTION("a rep's new article waits as a draft only the rep and the writers see")
    {
        const Id idea = kb.service.createDraft(kb.rep, draftOf(u"Smart Plug timers"_s, u"Open the app."_s));
        CHECK(kb.service.articles(kb.rep).size() == 2);
        CHECK(kb.service.articles(kb.rep2).size() == 1);
        CHECK(kb.service.articles(kb.specialist).size() == 3); // the archived suggestion too
        CHECK(kb.service.search(kb.rep2, u"timers"_s).isEmpty());
        CHECK(kb.service.search(kb.specialist, u"timers"_s).size() == 1);
        kb.service.publish(kb.specialist, idea);
        CHECK(kb.service.versions(kb.rep2, idea).constFirst().authorId == kb.rep.agentId);
    }
}

TEST_CASE("every knowledge-base refusal changes nothing", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    KnowledgeBase kb(backend);
    const Id published = kb.service.createDraft(kb.lead, draftOf(u"Resetting the Hub"_s, u"Hold the button."_s));
    kb.service.publish(kb.lead, published);
    const Id repDraft = kb.service.createDraft(kb.rep, draftOf(u"Rep idea"_s, u"Text."_s));
    const Id leadDraft = kb.service.createDraft(kb.lead, draftOf(u"Lead draft"_s, u"Text."_s));
    const std::vector<std::string> auditedBefore = auditActions(kb.workspace);
    Article change = *kb.service.find(kb.lead, published);
    change.title = u"Changed"_s;
    Article othersDraft = *kb.service.find(kb.lead, leadDraft);
    othersDraft.title = u"Changed"_s;
    Article givenAway = draftOf(u"For the lead"_s, QString());
    givenAway.ownerId = kb.lead.agentId;

    CHECK_THROWS_AS(kb.service.publish(kb.rep, repDraft), PermissionDenied);
    CHECK_THROWS_AS(kb.service.publishChanges(kb.rep, change), PermissionDenied);
    CHECK_THROWS_AS(kb.service.revert(kb.rep, published, 1), PermissionDenied);
    CHECK_THROWS_AS(kb.service.archive(kb.rep, published), PermissionDenied);
    CHECK_THROWS_AS(kb.service.archive(kb.rep, leadDraft), PermissionDenied);
    CHECK_THROWS_AS(kb.service.markReviewed(kb.rep, published), PermissionDenied);
    CHECK_THROWS_AS(kb.service.restore(kb.rep, repDraft), PermissionDenied);
    CHECK_THROWS_AS(kb.service.saveDraft(kb.rep, othersDraft), PermissionDenied);
    CHECK_THROWS_AS(kb.service.createDraft(kb.rep, givenAway), PermissionDenied);

    CHECK_THROWS_AS(kb.service.createDraft(kb.lead, draftOf(u"   "_s, u"No title"_s)), ServiceError);
    CHECK_THROWS_AS(kb.service.createDraft(kb.lead, draftOf(QString(201, u'x'), QString())), ServiceError);
    CHECK_THROWS_AS(kb.service.createDraft(kb.lead, draftOf(u"Long"_s, QString(200'001, u'x'))), ServiceError);
    Article badLanguage = draftOf(u"Sprache"_s, QString());
    badLanguage.language = u"german"_s;
    CHECK_THROWS_AS(kb.service.createDraft(kb.lead, badLanguage), ServiceError);
    Article neverStale = draftOf(u"Months"_s, QString());
    neverStale.staleAfterMonths = -1;
    CHECK_THROWS_AS(kb.service.createDraft(kb.lead, neverStale), ServiceError);
    CHECK_THROWS_AS(kb.service.publish(kb.lead, published), ServiceError); // not a draft
    CHECK_THROWS_AS(kb.service.saveDraft(kb.lead, change), ServiceError); // published: publish the change
    CHECK_THROWS_AS(kb.service.suggestEdit(kb.rep, leadDraft, othersDraft), ServiceError); // not published
    CHECK_THROWS_AS(kb.service.revert(kb.lead, published, 7), ServiceError);
    CHECK_THROWS_AS(kb.service.publish(kb.lead, 999'999), ServiceError);
    CHECK_THROWS_AS(kb.service.versions(kb.rep2, repDraft), ServiceError); // another rep's draft
    Article emptied = change;
    emptied.title = QString();
    CHECK_THROWS_AS(kb.service.publishChanges(kb.lead, emptied), ServiceError);

    CHECK(auditActions(kb.workspace) == auditedBefore);
    CHECK(kb.service.find(kb.lead, published)->title == u"Resetting the Hub"_s);
    CHECK(kb.service.find(kb.lead, published)->publishedVersion == 1);
    CHECK(kb.service.find(kb.lead, leadDraft)->title == u"Lead draft"_s);

    SECTION("a rep may withdraw their own suggestion")
    {
        kb.service.archive(kb.rep, repDraft);
        CHECK(kb.service.find(kb.rep, repDraft)->state == ArticleState::Archived);
        CHECK_THROWS_AS(kb.service.restore(kb.rep, repDraft), PermissionDenied); // a lead brings it back
        CHECK(kb.service.restore(kb.lead, repDraft) == ArticleState::Draft);
    }
    SECTION("a suggestion to an article archived meanwhile is not published")
    {
        const Id suggestion = kb.service.suggestEdit(kb.rep, published, change);
        kb.service.archive(kb.lead, published);
        CHECK_THROWS_AS(kb.service.publish(kb.lead, suggestion), ServiceError);
    }
}

TEST_CASE("suggestions for a customer's message rank the articles whose words match best", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    KnowledgeBase kb(backend);
    const auto publish
        = [&kb](const QString &title, const QString &body, const QStringList &tags, const QString &language = u"en"_s) {
              Article article = draftOf(title, body, tags);
              article.language = language;
              const Id id = kb.service.createDraft(kb.lead, article);
              kb.service.publish(kb.lead, id);
              return id;
          };
    const Id offline = publish(u"Hub shows offline"_s,
        u"When the hub shows offline in the app, restart the router, then the hub."_s, { u"wi-fi"_s, u"hub"_s });
    const Id pairing
        = publish(u"Pairing a sensor with the hub"_s, u"Press the sensor's button near the hub."_s, { u"sensor"_s });
    const Id refund = publish(
        u"Refund or return a device"_s, u"Return any device within 30 days for a refund."_s, { u"billing"_s });
    const Id e4
        = publish(u"Thermostat error E4"_s, u"E4 means the temperature sensor is loose."_s, { u"thermostat"_s });
    publish(u"Hub zeigt offline"_s, u"Router neu starten."_s, { u"hub"_s }, u"de"_s);
    const Id draft = kb.service.createDraft(kb.lead, draftOf(u"Hub offline draft"_s, u"hub offline router"_s));

    const auto suggested = [&kb](const QString &message, const QString &language = u"en"_s) {
        QList<Id> ids;
        for (const ArticleHit &hit : kb.service.suggestFor(kb.rep, message, language))
            ids.append(hit.article.id);
        return ids;
    };
    CHECK(suggested(u"Hi, my hub has been offline since this morning, the router is fine. Thanks, Ana"_s)
        == QList<Id> { offline, pairing });
    CHECK(suggested(u"The thermostat says E4 and the temperature sensor light blinks"_s) == QList<Id> { e4, pairing });
    CHECK(suggested(u"Can I return the hub for a refund?"_s) == QList<Id> { refund, offline, pairing });
    // Whole words only, no stemming: "returned" is not "return".
    CHECK(suggested(u"I returned it"_s).isEmpty());
    CHECK(suggested(u"Hello, thanks for your help!"_s).isEmpty()); // nothing but common words
    CHECK(suggested(u"Mein Hub ist offline"_s, u"de"_s).size() == 1);
    CHECK(suggested(u"hub"_s, QString()).size() == 3); // any language
    CHECK_FALSE(suggested(u"hub offline router draft"_s).contains(draft)); // only published articles
    CHECK(kb.service.suggestFor(kb.rep, u"hub offline router sensor"_s, u"en"_s, 1).size() == 1);
}

TEST_CASE("an article's Markdown renders as the golden HTML, its code highlighted", "[services][kb]")
{
    QFile source(QStringLiteral(TANDEM_SOURCE_DIR "/tests/data/kb/article.md"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString html = ArticleMarkdown::toHtml(QString::fromUtf8(source.readAll()));
    QFile golden(QStringLiteral(TANDEM_SOURCE_DIR "/tests/data/kb/article.html"));
    if (qEnvironmentVariableIsSet("TANDEM_UPDATE_GOLDEN")) {
        REQUIRE(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
        golden.write(html.toUtf8());
        golden.close();
    }
    REQUIRE(golden.open(QIODevice::ReadOnly));
    CHECK(html.toStdString() == QString::fromUtf8(golden.readAll()).toStdString());
    // What the golden file must show, whatever the highlighting theme's colours.
    CHECK_THAT(html.toStdString(), ContainsSubstring("<h1>Thermostat shows error E4</h1>"));
    CHECK_THAT(html.toStdString(), ContainsSubstring("<span style=\"color:"));
    CHECK_THAT(html.toStdString(), ContainsSubstring("<table>"));
    CHECK_THAT(html.toStdString(), ContainsSubstring("&lt;script&gt;"));
    CHECK_THAT(html.toStdString(), !ContainsSubstring("<script>"));
    CHECK_THAT(html.toStdString(), !ContainsSubstring("javascript:"));
    CHECK_THAT(html.toStdString(), ContainsSubstring("href=\"https://lumo.example/support\""));
}

TEST_CASE("a demo workspace starts with published starter articles that answer its customers", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    KnowledgeBase kb(backend);
    REQUIRE(kb.service.installStarterArticles() == 10);
    CHECK(kb.service.installStarterArticles() == 0); // once

    const QList<Article> articles = kb.service.articles(kb.rep);
    REQUIRE(articles.size() == 10);
    int internal = 0;
    for (const Article &article : articles) {
        CAPTURE(article.title.toStdString());
        CHECK(article.state == ArticleState::Published);
        CHECK(article.publishedVersion == 1);
        CHECK_FALSE(ArticleRules::isStale(article, QDateTime::fromMSecsSinceEpoch(kb.clock.now()).date()));
        CHECK(ArticleService::problemsWith(article).isEmpty());
        CHECK_THAT(ArticleMarkdown::toHtml(article.body).toStdString(), ContainsSubstring("<p>"));
        internal += article.visibility == ArticleVisibility::Internal ? 1 : 0;
    }
    CHECK(internal == 2);
    CHECK(auditActions(kb.workspace) == std::vector<std::string>(10, "article.install"));

    const auto firstSuggestion = [&kb](const QString &message) {
        const QList<ArticleHit> hits = kb.service.suggestFor(kb.rep, message, u"en"_s);
        return hits.isEmpty() ? std::string() : hits.constFirst().article.title.toStdString();
    };
    CHECK(firstSuggestion(u"Hi, my Lumo Thermostat has shown E4 on its display since this morning."_s)
        == "Thermostat shows error E4");
    CHECK(firstSuggestion(u"The hub is offline in the app again and my router is fine"_s)
        == "The Lumo Hub 2 shows “offline” in the app");
    CHECK(firstSuggestion(u"How do I get a refund? I want to return the camera."_s) == "Return a device for a refund");
    CHECK(
        firstSuggestion(u"My API token returns 429 for every request"_s) == "Using the Lumo API with an access token");
}

TEST_CASE(
    "a link to an article points at the published self-service site, and only for public articles", "[services][kb]")
{
    KnowledgeBase kb(Backend::Sqlite);
    Article article = draftOf(u"Hub shows offline"_s, u"Restart the router."_s);
    article.visibility = ArticleVisibility::Public;
    const Id id = kb.service.createDraft(kb.lead, article);
    CHECK(kb.service.siteUrl(*kb.service.find(kb.lead, id)).isEmpty()); // a draft is not on the site
    kb.service.publish(kb.lead, id);
    const Article published = *kb.service.find(kb.lead, id);
    CHECK(kb.service.siteUrl(published).isEmpty()); // no address set yet

    kb.workspace.setMetaValue(ArticleService::siteAddressKey.toString(), u"https://help.example.com/kb"_s);
    CHECK(kb.service.siteUrl(published).toString()
        == u"https://help.example.com/kb/en/"_s + QString::number(id) + u"-hub-shows-offline.html"_s);

    Article internal = published;
    internal.visibility = ArticleVisibility::Internal;
    CHECK(kb.service.siteUrl(internal).isEmpty());
}
