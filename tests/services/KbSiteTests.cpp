// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "KbSiteFixture.h"
#include "domain/BrandColor.h"
#include "services/KbSiteFolder.h"
#include "services/ServiceError.h"
#include "storage/Query.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

// Every file of the site, by its path relative to the site's root.
QStringList filesIn(const QString &root)
{
    QStringList files;
    for (QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString everythingIn(const QString &root)
{
    QString all;
    for (const QString &file : filesIn(root))
        all += test::readSiteFile(root, file);
    return all;
}

// What belongs on the site.
ArticleFilter publicPublished()
{
    ArticleFilter filter;
    filter.states = { ArticleState::Published };
    filter.visibility = ArticleVisibility::Public;
    return filter;
}

std::vector<std::string> siteAuditActions(Workspace &workspace)
{
    Query audit(workspace.database(), u"SELECT action FROM audit_log WHERE entity = 'kb_site' ORDER BY id"_s);
    std::vector<std::string> actions;
    while (audit.next())
        actions.push_back(audit.text(0).toStdString());
    return actions;
}

} // namespace

TEST_CASE("the site holds every public, published article in its language's folder, and nothing else", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::KbSiteFixture kb(backend);
    const test::KbSiteArticles made = kb.addSampleArticles();
    QTemporaryDir out;
    const QString root = out.filePath(u"site"_s);

    const KbSitePublication site = kb.site.publish(kb.specialist, root);

    CHECK(site.folder == QDir::cleanPath(root));
    CHECK(site.languages == QStringList { u"de"_s, u"en"_s, u"fr"_s });
    const QList<Article> published = kb.articles.articles(kb.lead, publicPublished());
    CHECK(site.articles == published.size());
    const QStringList files = filesIn(root);
    for (const QString &expected : { u"index.html"_s, u"assets/site.css"_s, u"assets/search.js"_s, u"en/index.html"_s,
             u"en/search-index.js"_s, u"de/index.html"_s, u"de/search-index.js"_s, u"fr/index.html"_s,
             u"fr/search-index.js"_s, KbSiteFolder::markerName.toString() }) {
        INFO(expected.toStdString());
        CHECK(files.contains(expected));
    }
    for (const Article &article : published) {
        INFO(article.title.toStdString());
        REQUIRE(files.contains(ArticleRules::sitePath(article)));
        const QString page = test::readSiteFile(root, ArticleRules::sitePath(article));
        CHECK(page.contains(u"<html lang=\"%1\">"_s.arg(article.language)));
        CHECK(page.contains(u"<h1>%1</h1>"_s.arg(article.title.toHtmlEscaped())));
        const QString index = test::readSiteFile(root, article.language + u"/index.html"_s);
        CHECK(index.contains(ArticleRules::sitePath(article).section(u'/', 1)));
        CHECK(test::readSiteFile(root, article.language + u"/search-index.js"_s).contains(article.title));
    }
    // One page per published public article, plus the index pages, search indexes, assets and the marker.
    CHECK(files.size() == published.size() + 2 * site.languages.size() + 4);

    // What is internal, a draft or archived is nowhere on the site.
    const QString all = everythingIn(root);
    for (const QString &hidden : { made.internalTitle, made.draftTitle, made.archivedTitle }) {
        INFO(hidden.toStdString());
        CHECK_FALSE(all.contains(hidden));
    }

    // The German pages speak German, link the other languages and the front page is the English index.
    const QString german = test::readSiteFile(root, u"de/index.html"_s);
    CHECK(german.contains(u"<html lang=\"de\">"_s));
    CHECK(german.contains(u"Wie können wir helfen?"_s));
    CHECK(german.contains(u"href=\"../en/index.html\" hreflang=\"en\""_s));
    CHECK(german.contains(u"href=\"../fr/index.html\" hreflang=\"fr\""_s));
    CHECK(german.contains(u"Router zurücksetzen"_s));
    CHECK_FALSE(german.contains(u"Resetting the E4 router"_s));
    const QString front = test::readSiteFile(root, u"index.html"_s);
    CHECK(front.contains(u"<html lang=\"en\">"_s));
    CHECK(front.contains(u"href=\"en/"_s));
    CHECK(front.contains(u"<script src=\"en/search-index.js\"></script>"_s));
    // Summaries read as text: no Markdown, and no space where a bold word met its comma.
    CHECK(front.contains(u"Hold the reset button, for ten seconds, until the light blinks amber."_s));

    // Accessible structure: a skip link to main, landmarks, a labelled search.
    for (const QString &landmark : { u"<a class=\"skip-link\" href=\"#main\">"_s, u"<header"_s, u"<main id=\"main\""_s,
             u"<footer"_s, u"role=\"search\""_s, u"<label for=\"search-input\">"_s, u"<nav aria-label=\"Languages\">"_s,
             u"role=\"status\""_s }) {
        INFO(landmark.toStdString());
        CHECK(front.contains(landmark));
    }
    // Nothing from elsewhere: no address outside the site in any page or style sheet.
    CHECK_FALSE(QRegularExpression(u"(src|href)=\"(https?:)?//"_s).match(all).hasMatch());
    CHECK_FALSE(all.contains(u"@import"_s));
    CHECK(siteAuditActions(kb.workspace) == std::vector<std::string> { "kb.publish_site" });
}

TEST_CASE("the site shows the company's name and colours from the workspace settings", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::KbSiteFixture kb(backend);
    kb.addSampleArticles();
    QTemporaryDir out;

    kb.site.changeSettings(kb.lead, { u"  Lumo   Home "_s, u"#E8C"_s, u"https://help.lumo.example/"_s });
    CHECK(kb.site.settings().companyName == u"Lumo Home"_s);
    CHECK(kb.site.settings().brandColor == u"#ee88cc"_s);
    kb.site.publish(kb.lead, out.path());

    const QString css = test::readSiteFile(out.path(), u"assets/site.css"_s);
    // A light pink: black text on it, and links in the readable default rather than pink on white.
    CHECK_THAT(css.toStdString(), ContainsSubstring("--brand: #ee88cc; --on-brand: #000000; --accent: #1f4e79;"));
    CHECK_THAT(css.toStdString(), ContainsSubstring("SPDX-License-Identifier"));
    const QString front = test::readSiteFile(out.path(), u"index.html"_s);
    CHECK(front.contains(u"<title>Help centre – Lumo Home</title>"_s));
    CHECK(front.contains(u">Lumo Home</a>"_s));
    // Replies link where the site now says it is hosted.
    const Article article = kb.articles.articles(kb.lead, publicPublished()).first();
    CHECK(kb.articles.siteUrl(article).toString() == u"https://help.lumo.example/"_s + ArticleRules::sitePath(article));

    kb.site.changeSettings(kb.lead, { u"Lumo Home"_s, u"#1a5e20"_s, {} });
    kb.site.publish(kb.lead, out.path());
    CHECK_THAT(test::readSiteFile(out.path(), u"assets/site.css"_s).toStdString(),
        ContainsSubstring("--brand: #1a5e20; --on-brand: #ffffff; --accent: #1a5e20;"));

    for (const KbSiteSettings &bad :
        { KbSiteSettings { {}, u"red; background: url(x)"_s, {} }, KbSiteSettings { {}, u"#12345"_s, {} },
            KbSiteSettings { {}, {}, u"javascript:alert(1)"_s }, KbSiteSettings { QString(101, u'x'), {}, {} } }) {
        CHECK_FALSE(KbSiteService::problemsWith(bad).isEmpty());
        CHECK_THROWS_AS(kb.site.changeSettings(kb.lead, bad), ServiceError);
    }
    CHECK(kb.site.settings().brandColor == u"#1a5e20"_s);
    CHECK(siteAuditActions(kb.workspace)
        == std::vector<std::string> { "kb.site_settings", "kb.publish_site", "kb.site_settings", "kb.publish_site" });
}

TEST_CASE("a hostile title, text, topic or company name never puts script into the site", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::KbSiteFixture kb(backend);
    kb.site.changeSettings(kb.lead, { u"ACME <script>alert('company')</script>"_s, {}, {} });
    const Article hostile = kb.addHostileArticle();
    QTemporaryDir out;
    kb.site.publish(kb.lead, out.path());

    for (const QString &file : filesIn(out.path())) {
        if (!file.endsWith(u".html"_s))
            continue;
        INFO(file.toStdString());
        const QString page = test::readSiteFile(out.path(), file);
        // The only script elements are the site's own, loaded from its files.
        const QRegularExpression script(
            u"<script(?! src=\"[a-z/.-]+\"></script>)"_s, QRegularExpression::CaseInsensitiveOption);
        CHECK_FALSE(script.match(page).hasMatch());
        CHECK_FALSE(QRegularExpression(u"<[a-z]+[^>]*\\son[a-z]+\\s*="_s, QRegularExpression::CaseInsensitiveOption)
                .match(page)
                .hasMatch());
        CHECK_FALSE(QRegularExpression(u"(href|src)=\"\\s*javascript:"_s, QRegularExpression::CaseInsensitiveOption)
                .match(page)
                .hasMatch());
        CHECK_FALSE(page.contains(u"<iframe"_s));
    }
    const QString page = test::readSiteFile(out.path(), ArticleRules::sitePath(hostile));
    // Shown as text, so a visitor sees what was written.
    CHECK(page.contains(u"&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;"_s));
    CHECK(page.contains(u"ACME &lt;script&gt;alert('company')&lt;/script&gt;"_s));

    // The search index is data: one JSON array after the assignment, whatever the titles hold.
    QByteArray index = test::readSiteFile(out.path(), hostile.language + u"/search-index.js"_s).toUtf8();
    const qsizetype start = index.indexOf("= [");
    REQUIRE(start > 0);
    index = index.mid(start + 2);
    index.chop(2); // ";\n"
    QJsonParseError error {};
    const QJsonDocument entries = QJsonDocument::fromJson(index, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(entries.isArray());
    QStringList titles;
    for (const auto &entry : entries.array())
        titles.append(entry.toObject().value(u"t"_s).toString());
    CHECK(titles.contains(hostile.title));
}

TEST_CASE("only leads and specialists publish the site, only leads change its settings", "[services][kb]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::KbSiteFixture kb(backend);
    kb.addSampleArticles();
    QTemporaryDir out;
    const QString root = out.filePath(u"site"_s);

    CHECK_FALSE(KbSiteService::canPublish(kb.rep));
    CHECK_THROWS_AS(kb.site.publish(kb.rep, root), PermissionDenied);
    CHECK_FALSE(QFileInfo::exists(root));
    CHECK(QDir(out.path()).isEmpty());

    CHECK_FALSE(KbSiteService::canChangeSettings(kb.specialist));
    CHECK_THROWS_AS(kb.site.changeSettings(kb.specialist, { u"Other"_s, {}, {} }), PermissionDenied);
    CHECK_THROWS_AS(kb.site.changeSettings(kb.rep, { u"Other"_s, {}, {} }), PermissionDenied);
    CHECK(kb.site.settings().companyName != u"Other"_s);
    CHECK(siteAuditActions(kb.workspace).empty());

    CHECK(KbSiteService::canPublish(kb.specialist));
    CHECK(kb.site.publish(kb.specialist, root).articles > 0);

    // tandemctl works as a team lead that is no agent; its audit entries name nobody.
    const Actor commandLine = AccountService::commandLineActor();
    kb.site.changeSettings(commandLine, { u"Lumo Home"_s, {}, {} });
    CHECK(kb.site.publish(commandLine, root).articles > 0);
    CHECK(siteAuditActions(kb.workspace)
        == std::vector<std::string> { "kb.publish_site", "kb.site_settings", "kb.publish_site" });
}

TEST_CASE("publishing again replaces the old site whole, and a folder of other files is left alone",
    "[services][kb][reliability]")
{
    const Backend backend = GENERATE(from_range(test::testBackends()));
    INFO("backend: " << test::backendName(backend).toStdString());
    test::KbSiteFixture kb(backend);
    const test::KbSiteArticles made = kb.addSampleArticles();
    QTemporaryDir out;
    const QString root = out.filePath(u"site"_s);

    kb.site.publish(kb.lead, root);
    const Article router = kb.articles.find(kb.lead, made.routerId).value_or(Article {});
    REQUIRE(router.id == made.routerId);
    REQUIRE(QFileInfo::exists(QDir(root).filePath(ArticleRules::sitePath(router))));
    kb.articles.archive(kb.lead, made.routerId);
    kb.site.publish(kb.lead, root);
    CHECK_FALSE(QFileInfo::exists(QDir(root).filePath(ArticleRules::sitePath(router))));
    CHECK_FALSE(everythingIn(root).contains(router.title));
    // Nothing is left beside the site: no staging folder, no old copy.
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        == QStringList { u"site"_s });

    // A folder that holds someone's files is refused before anything is written, and stays as it was.
    const QString documents = out.filePath(u"documents"_s);
    QDir().mkpath(documents);
    QFile note(documents + u"/notes.txt"_s);
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.write("keep me");
    note.close();
    CHECK_THROWS_AS(kb.site.publish(kb.lead, documents), ServiceError);
    CHECK(filesIn(documents) == QStringList { u"notes.txt"_s });
    CHECK_THROWS_AS(kb.site.publish(kb.lead, documents + u"/notes.txt"_s), ServiceError);
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        == QStringList { u"documents"_s, u"site"_s });
    CHECK(siteAuditActions(kb.workspace) == std::vector<std::string> { "kb.publish_site", "kb.publish_site" });

    // A site that cannot be put in place leaves the old one and no audit entry.
    {
        KbSiteFolder staging(root);
        staging.write(u"index.html"_s, "half");
    } // destroyed without replaceTarget(): as a failed run
    CHECK(test::readSiteFile(root, u"index.html"_s).contains(u"<!DOCTYPE html>"_s));
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        == QStringList { u"documents"_s, u"site"_s });
}

TEST_CASE("any brand colour gets header text and links a visitor can read", "[services][kb]")
{
    CHECK(BrandColor::normalized(u" #1F4E79 "_s) == u"#1f4e79"_s);
    CHECK(BrandColor::normalized(u"abc"_s) == u"#aabbcc"_s);
    CHECK_FALSE(BrandColor::normalized(u"red"_s));
    CHECK_FALSE(BrandColor::normalized(u"#1f4e79; color: red"_s));
    CHECK(BrandColor::contrastRatio(u"#000000"_s, u"#ffffff"_s) > 20.99);
    // Every grey and a spread of hues: the text colour picked has WCAG AA contrast (4.5) on it, and so has
    // the link colour on the white page.
    for (int red = 0; red <= 255; red += 17) {
        for (int green = 0; green <= 255; green += 17) {
            for (int blue = 0; blue <= 255; blue += 51) {
                const QString brand = u"#%1%2%3"_s.arg(red, 2, 16, QChar(u'0'))
                                          .arg(green, 2, 16, QChar(u'0'))
                                          .arg(blue, 2, 16, QChar(u'0'));
                INFO(brand.toStdString());
                CHECK(BrandColor::contrastRatio(brand, BrandColor::textOn(brand)) >= 4.5);
                CHECK(BrandColor::contrastRatio(BrandColor::accentOnWhite(brand), u"#ffffff"_s) >= 4.5);
            }
        }
    }
}
