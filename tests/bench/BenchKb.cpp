// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BenchKb.h"

#include "domain/Clock.h"
#include "services/AccountService.h"
#include "services/ArticleService.h"
#include "services/KbSiteService.h"
#include "storage/ArticleRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace tandem::bench {
namespace {

const QStringList products { u"Lumo Hub 2"_s, u"E4 router"_s, u"Motion Sensor"_s, u"Smart Plug"_s, u"Door Contact"_s,
    u"Thermostat T3"_s, u"Indoor Camera"_s, u"Leak Sensor"_s, u"Light Strip"_s, u"Siren S1"_s };
const QStringList problems { u"shows offline"_s, u"will not pair"_s, u"drains its battery"_s, u"misses its schedule"_s,
    u"reports the wrong temperature"_s, u"loses Wi-Fi at night"_s, u"updates its firmware"_s, u"blinks amber"_s,
    u"is not found by the app"_s, u"resets itself"_s };
const QStringList categories { u"Setup"_s, u"Connectivity"_s, u"Batteries"_s, u"Firmware"_s, u"Automation"_s,
    u"Billing"_s, u"Security"_s, u"App"_s, u"Accessories"_s, u"Warranty"_s, u"Privacy"_s, u"Installation"_s };
const QStringList vocabulary { u"restart"_s, u"router"_s, u"signal"_s, u"battery"_s, u"pairing"_s, u"button"_s,
    u"light"_s, u"network"_s, u"schedule"_s, u"scene"_s, u"account"_s, u"update"_s, u"firmware"_s, u"channel"_s,
    u"interference"_s, u"distance"_s, u"settings"_s, u"serial"_s, u"warranty"_s, u"replacement"_s, u"temperature"_s,
    u"calibrate"_s, u"notification"_s, u"password"_s, u"password"_s, u"support"_s };

// A believable article: a title from a product and a problem, three paragraphs, a list of steps, and a
// code block in one article of ten (highlighting is the costliest part of a page).
Article articleNumber(int n, QRandomGenerator &random)
{
    Article article;
    const QString &product = products.at(n % products.size());
    const QString &problem = problems.at((n / products.size()) % problems.size());
    article.title = u"The %1 %2 (case %3)"_s.arg(product, problem).arg(n);
    article.category = categories.at(n % categories.size());
    article.tags = ArticleRules::normalizedTags({ product.section(u' ', 0, 0), problem.section(u' ', -1) });
    article.language = n % 10 == 8 ? u"de"_s : n % 10 == 9 ? u"fr"_s : u"en"_s;
    article.visibility = n % 20 == 0 ? ArticleVisibility::Internal : ArticleVisibility::Public;
    article.state = ArticleState::Published;
    article.publishedVersion = 1;
    QString body;
    for (int paragraph = 0; paragraph < 3; ++paragraph) {
        QStringList words;
        for (int w = 0; w < 40; ++w)
            words.append(vocabulary.at(int(random.bounded(qsizetype(vocabulary.size())))));
        body += u"When the %1 %2, %3.\n\n"_s.arg(product, problem, words.join(u' '));
    }
    body += u"## Steps\n\n1. Open **Settings › Devices**.\n2. Hold the button for ten seconds.\n3. Wait for the "
            "light.\n"_s;
    if (n % 10 == 0)
        body += u"\n```json\n{ \"device\": \"%1\", \"case\": %2, \"reset\": true }\n```\n"_s.arg(product).arg(n);
    article.body = body;
    return article;
}

void fill(Workspace &workspace, int articles)
{
    ArticleRepository repository(workspace);
    QRandomGenerator random(19);
    const Millis now = SystemClock::instance().now();
    Transaction transaction(workspace.database());
    for (int n = 0; n < articles; ++n) {
        Article article = articleNumber(n, random);
        article.id = repository.insert(article, now);
        repository.addVersion({ article.id, 1, std::nullopt, {}, std::nullopt, now, article.title, article.body });
    }
    transaction.commit();
}

QList<double> timed(int warmup, int repetitions, const std::function<void()> &work)
{
    for (int i = 0; i < warmup; ++i)
        work();
    QList<double> micros;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        micros.append(double(timer.nsecsElapsed()) / 1000.0);
    }
    return micros;
}

} // namespace

QList<KbSamples> measureKnowledgeBase(const QString &workdir, const QString &tandemctl, int articles)
{
    const QString path = QDir(workdir).filePath(u"bench-kb-%1.tandem"_s.arg(articles));
    QFile::remove(path);
    QProcess demo;
    demo.start(tandemctl,
        { u"demo"_s, u"--workspace"_s, path, u"--customers"_s, u"10"_s, u"--interactions"_s, u"10"_s, u"--seed"_s,
            u"1"_s, u"--quiet"_s });
    demo.waitForFinished(-1);
    if (demo.exitCode() != 0) {
        std::fprintf(stderr, "tandem-bench: tandemctl demo failed: %s\n", demo.readAllStandardError().constData());
        return {};
    }
    std::fprintf(stderr, "tandem-bench: adding %d knowledge-base articles\n", articles);
    std::unique_ptr<Workspace> workspace = Workspace::open(path);
    fill(*workspace, articles);
    QList<KbSamples> results;
    // The services go before the workspace they read.
    {
        const Actor lead = AccountService(*workspace).signInWithoutPassword(u"lead"_s);
        const Actor rep = AccountService(*workspace).signInWithoutPassword(u"rep"_s);
        ArticleService service(*workspace, SystemClock::instance());
        KbSiteService site(*workspace, SystemClock::instance());

        const QString count = QLocale(QLocale::English).toString(articles);
        QTemporaryDir out;
        results.append({ u"KB site generation, %1 articles"_s.arg(count),
            timed(0, 3, [&] { site.publish(lead, out.filePath(u"site"_s)); }), u"ms"_s, 10'000 });

        QList<double> searches;
        for (const QString &query : { u"router"_s, u"battery drains"_s, u"firmw"_s, u"lumo hub offline"_s,
                 u"interference channel"_s, u"case 4711"_s, u"nothingmatcheshere"_s })
            searches += timed(3, 40, [&] { (void)service.search(rep, query); });
        results.append({ u"KB article search, %1 articles"_s.arg(count), searches, u"ms"_s, 10 });

        QList<double> suggestions;
        for (const QString &message :
            { u"Hi, my Lumo Hub 2 shows offline since yesterday evening, I already restarted the router."_s,
                u"The motion sensor battery is empty again after two weeks, is that normal?"_s,
                u"Hallo, der Thermostat zeigt die falsche Temperatur an. Was kann ich tun?"_s,
                u"I want a refund for the siren, it resets itself every night and wakes the kids."_s })
            suggestions += timed(3, 40, [&] { (void)service.suggestFor(rep, message); });
        results.append({ u"KB suggestion for a message, %1 articles"_s.arg(count), suggestions, u"ms"_s, 10 });
    }
    workspace.reset();
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    return results;
}

} // namespace tandem::bench
