// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The self-service site in a real browser: Debian's headless Chromium opens the generated files the way a
// visitor's browser opens them from a static host or a folder, runs the site's own script, and the test
// reads the page as it then stands (--dump-dom). The search is typed into the address ("index.html#q=...",
// which the page reads as the search box does), and links are followed as a visitor clicks them: by their
// href, resolved against the page.

#include "KbSiteFixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace tandem;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

QString chromium()
{
    for (const QString &name : { u"chromium"_s, u"chromium-browser"_s }) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

struct Browser
{
    QString program;
    QTemporaryDir profile;

    // Runs headless Chromium on `url` with the extra arguments; returns what it printed on stdout.
    QString run(const QUrl &url, const QStringList &arguments) const
    {
        QProcess process;
        // --no-sandbox: the tests run as root in the build root, where Chromium refuses its sandbox.
        process.start(program,
            QStringList { u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--no-first-run"_s,
                u"--disable-extensions"_s, u"--user-data-dir="_s + profile.path() }
                + arguments + QStringList { url.toString(QUrl::FullyEncoded) });
        REQUIRE(process.waitForStarted(10'000));
        if (!process.waitForFinished(90'000)) {
            process.kill();
            process.waitForFinished();
            FAIL("Chromium did not finish within 90 s");
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString dom(const QUrl &url) const { return run(url, { u"--dump-dom"_s }); }

    void screenshot(const QUrl &url, const QString &file) const
    {
        run(url, { u"--screenshot="_s + file, u"--window-size=1100,900"_s, u"--hide-scrollbars"_s });
        REQUIRE(QFileInfo(file).size() > 10'000);
    }
};

// The text a visitor sees of the first element matching `pattern`'s first group, tags removed.
QString shown(const QString &dom, const QString &pattern)
{
    const QRegularExpressionMatch match
        = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption).match(dom);
    if (!match.hasMatch())
        return {};
    QString text = match.captured(1);
    text.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s);
    text.replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    return text.simplified();
}

// The sentence the page says about a search ("3 articles match ...").
QString resultCount(const QString &dom)
{
    return shown(dom, u"<p class=\"result-count\" id=\"result-count\" role=\"status\">(.*?)</p>"_s);
}

// The results' text as a visitor reads it.
QString resultsShown(const QString &dom)
{
    return shown(dom, u"<ol class=\"results\" id=\"result-list\">(.*?)</ol>"_s);
}

QStringList resultLinks(const QString &dom)
{
    const QString list = QRegularExpression(
        u"<ol class=\"results\" id=\"result-list\">(.*?)</ol>"_s, QRegularExpression::DotMatchesEverythingOption)
                             .match(dom)
                             .captured(1);
    QStringList links;
    for (QRegularExpressionMatchIterator it = QRegularExpression(u"<a href=\"([^\"]+)\">"_s).globalMatch(list);
        it.hasNext();)
        links.append(it.next().captured(1));
    return links;
}

// Where screenshots are kept to be looked at: TANDEM_SCREENSHOT_DIR, else a folder removed afterwards.
QString shotsFolder(const QTemporaryDir &fallback)
{
    QString wanted = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR");
    if (wanted.isEmpty())
        return fallback.path();
    QDir().mkpath(wanted);
    return wanted;
}

} // namespace

TEST_CASE("a visitor searches the published site in a real browser and reads the article found", "[kb][browser]")
{
    Browser browser { chromium(), {} };
    if (browser.program.isEmpty())
        SKIP("Headless Chromium is not installed (Debian package chromium); the site's browser test is skipped.");

    test::KbSiteFixture kb(Backend::Sqlite);
    kb.addSampleArticles();
    kb.addHostileArticle();
    kb.site.changeSettings(kb.lead, { u"Lumo Home"_s, u"#1f6f5c"_s, {} });
    QTemporaryDir out;
    const QString root = out.filePath(u"site"_s);
    kb.site.publish(kb.specialist, root);
    const QUrl front = QUrl::fromLocalFile(root + u"/index.html"_s);

    // Without a search the front page lists the topics and articles, and no results.
    const QString start = browser.dom(front);
    CHECK_THAT(shown(start, u"<h1>(.*?)</h1>"_s).toStdString(), ContainsSubstring("How can we help?"));
    CHECK(resultLinks(start).isEmpty());
    CHECK(start.contains(u"<section id=\"results\" aria-labelledby=\"results-heading\" hidden"_s));

    // A search for "offline" finds the starter article about the hub going offline, and says so.
    QUrl search = front;
    search.setFragment(u"q=hub offline"_s);
    const QString found = browser.dom(search);
    CHECK(resultCount(found) == u"1 article matches “hub offline”."_s);
    CHECK_THAT(resultsShown(found).toStdString(), ContainsSubstring("The Lumo Hub 2 shows “offline” in the app"));
    const QStringList links = resultLinks(found);
    REQUIRE(links.size() == 1);

    // Following the result opens the article, in English, with its title and text.
    const QUrl articleUrl = front.resolved(QUrl(links.first()));
    const QString article = browser.dom(articleUrl);
    CHECK(article.contains(u"<html lang=\"en\">"_s));
    CHECK(shown(article, u"<h1>(.*?)</h1>"_s) == u"The Lumo Hub 2 shows “offline” in the app"_s);
    CHECK_THAT(shown(article, u"<div class=\"article-body\">(.*?)</div>"_s).toStdString(),
        ContainsSubstring("Restart your router"));
    // Its breadcrumb leads back to its language's index, which the browser finds.
    const QString back = browser.dom(articleUrl.resolved(QUrl(u"index.html"_s)));
    CHECK(back.contains(u"<html lang=\"en\">"_s));

    // Words the search matches in the text and by their start, in any case and without accents.
    search.setFragment(u"q=ROUT"_s);
    CHECK(resultLinks(browser.dom(search)).size() >= 2);
    search.setFragment(u"q=nothing-like-this-anywhere"_s);
    CHECK(resultCount(browser.dom(search)) == u"No articles match “nothing-like-this-anywhere”."_s);

    // The German index searches German articles, in German.
    QUrl german = QUrl::fromLocalFile(root + u"/de/index.html"_s);
    german.setFragment(u"q=zurucksetzen"_s);
    const QString germanResults = browser.dom(german);
    CHECK(resultCount(germanResults) == u"1 Artikel passt zu „zurucksetzen“."_s);
    CHECK_THAT(resultsShown(germanResults).toStdString(), ContainsSubstring("Router zurücksetzen"));

    // The hostile article's script never ran: its onerror and links would have made the page's title "pwned".
    search.setFragment(u"q=alert"_s);
    const QStringList hostileLinks = resultLinks(browser.dom(search));
    REQUIRE(hostileLinks.size() == 1);
    const QString hostile = browser.dom(front.resolved(QUrl(hostileLinks.first())));
    CHECK(shown(hostile, u"<title>(.*?)</title>"_s).startsWith(u"<script>alert(\"title\")</script> Router"_s));
    CHECK(shown(hostile, u"<h1>(.*?)</h1>"_s) == u"<script>alert(\"title\")</script> Router"_s);

    // Screenshots of the search results and an article, to be looked at.
    QTemporaryDir fallback;
    const QString shots = shotsFolder(fallback);
    search.setFragment(u"q=hub"_s);
    browser.screenshot(search, shots + u"/kb-site-search.png"_s);
    browser.screenshot(articleUrl, shots + u"/kb-site-article.png"_s);
}
