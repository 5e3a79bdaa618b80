// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MockClock.h"
#include "TempWorkspace.h"
#include "services/AccountService.h"
#include "services/ArticleService.h"
#include "services/KbSiteService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

// A demo workspace with the starter articles and the people who write, publish and read them, for the
// self-service site's tests (services and the real browser).
namespace tandem::test {

inline QString readSiteFile(const QString &root, const QString &path)
{
    QFile file(QDir(root).filePath(path));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct KbSiteArticles
{
    Id routerId = 0;
    Id germanId = 0;
    Id frenchId = 0;
    QString internalTitle;
    QString draftTitle;
    QString archivedTitle;
};

struct KbSiteFixture
{
    TempWorkspace temp;
    Workspace &workspace;
    MockClock clock;
    ArticleService articles;
    KbSiteService site;
    Actor lead;
    Actor specialist;
    Actor rep;

    explicit KbSiteFixture(Backend backend)
        : temp(backend),
          workspace(temp.openWithDemo(4, 10, 1)),
          articles(workspace, clock),
          site(workspace, clock),
          lead(AccountService(workspace).signInWithoutPassword(QStringLiteral("lead"))),
          specialist(AccountService(workspace).signInWithoutPassword(QStringLiteral("specialist"))),
          rep(AccountService(workspace).signInWithoutPassword(QStringLiteral("rep")))
    {
        articles.installStarterArticles();
    }

    Id publishNew(const QString &title, const QString &body, const QString &category, const QString &language,
        ArticleVisibility visibility = ArticleVisibility::Public)
    {
        Article article;
        article.title = title;
        article.body = body;
        article.category = category;
        article.language = language;
        article.visibility = visibility;
        article.tags = { QStringLiteral("router") };
        const Id id = articles.createDraft(lead, article);
        articles.publish(lead, id);
        return id;
    }

    // Public articles in English, German and French, and one each that is internal, a draft and archived.
    KbSiteArticles addSampleArticles()
    {
        KbSiteArticles made;
        made.routerId = publishNew(QStringLiteral("Resetting the E4 router"),
            QStringLiteral("Hold the **reset button**, for ten seconds, until the light blinks amber."),
            QStringLiteral("Connectivity"), QStringLiteral("en"));
        made.germanId = publishNew(QStringLiteral("Router zurücksetzen"),
            QStringLiteral("Halten Sie die Reset-Taste zehn Sekunden lang gedrückt, bis das Licht gelb blinkt."),
            QStringLiteral("Verbindung"), QStringLiteral("de"));
        made.frenchId = publishNew(QStringLiteral("Réinitialiser le routeur"),
            QStringLiteral("Maintenez le bouton de réinitialisation enfoncé pendant dix secondes."),
            QStringLiteral("Connexion"), QStringLiteral("fr"));
        made.internalTitle = QStringLiteral("Internal: router escalation checklist");
        publishNew(made.internalTitle, QStringLiteral("Only for the team."), QStringLiteral("Connectivity"),
            QStringLiteral("en"), ArticleVisibility::Internal);
        made.draftTitle = QStringLiteral("Unfinished router draft");
        Article draft;
        draft.title = made.draftTitle;
        draft.body = QStringLiteral("Not ready.");
        draft.visibility = ArticleVisibility::Public;
        articles.createDraft(lead, draft);
        made.archivedTitle = QStringLiteral("The old E3 router");
        articles.archive(lead,
            publishNew(
                made.archivedTitle, QStringLiteral("Gone."), QStringLiteral("Connectivity"), QStringLiteral("en")));
        return made;
    }

    // A public article whose every field tries to run script on the site.
    Article addHostileArticle()
    {
        const Id id = publishNew(QStringLiteral("<script>alert(\"title\")</script> Router"),
            QStringLiteral(
                "<script>alert('body')</script>\n\n<img src=x onerror=\"document.title='pwned'\">\n\n"
                "[click me](javascript:document.title='pwned')\n\n<a href=\"javascript:alert(1)\">raw link</a>\n\n"
                "<iframe src=\"https://evil.example\"></iframe>\n\n![img](javascript:alert(2))\n\n"
                "<div onmouseover=\"alert(3)\">hover</div>"),
            QStringLiteral("\"><script>alert('topic')</script>"), QStringLiteral("en"));
        return *articles.find(lead, id);
    }
};

} // namespace tandem::test
