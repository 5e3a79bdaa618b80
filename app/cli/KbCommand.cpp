// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/KbCommand.h"

#include "cli/CommandLine.h"
#include "services/AccountService.h"
#include "services/KbSiteService.h"
#include "services/WorkspaceSession.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tandem::cli {
namespace {

QJsonObject settingsJson(const KbSiteSettings &settings)
{
    return { { u"company_name"_s, settings.companyName }, { u"brand_color"_s, settings.brandColor },
        { u"site_address"_s, settings.siteAddress } };
}

} // namespace

KbCommand::KbCommand()
    : Command(tr("The knowledge base's self-service site.\n\n"
                 "  kb publish    write the public, published articles as a static site into a folder\n"
                 "  kb settings   show or change the company name, brand colour and site address"))
{
    takeAction(tr("publish or settings"), { u"publish"_s, u"settings"_s },
        tr("kb needs publish or settings; see tandemctl kb --help."));
    addOptions({
        { u"workspace"_s, tr("Workspace file or postgresql:// address."), u"W"_s },
        { u"out"_s, tr("publish: the site's folder (made when missing; a site published there before is replaced)."),
            u"DIR"_s },
        { u"company"_s, tr("settings: the company name the site and templates show."), u"NAME"_s },
        { u"brand-color"_s, tr("settings: the site's header colour, #rrggbb (empty: the default)."), u"COLOR"_s },
        { u"site-address"_s, tr("settings: where the site is hosted; replies link to its articles."), u"URL"_s },
        { u"as"_s, tr("Work as this agent (demo workspaces only; default: the command line, as a team lead)."),
            u"LOGIN"_s },
    });
    requireOptions({ u"workspace"_s }, tr("kb needs --workspace W."));
}

int KbCommand::execute()
{
    return action() == u"publish"_s ? publish() : settings();
}

int KbCommand::publish()
{
    if (!isSet(u"out"_s)) {
        printError(tr("kb publish needs --out DIR."));
        return UsageError;
    }
    WorkspaceSession &session = workspace();
    const Actor actor = isSet(u"as"_s) ? session.accounts().signInWithoutPassword(value(u"as"_s))
                                       : AccountService::commandLineActor();
    const KbSitePublication site = session.kbSite().publish(actor, value(u"out"_s));
    printJson({ { u"folder"_s, site.folder }, { u"articles"_s, site.articles },
        { u"languages"_s, QJsonArray::fromStringList(site.languages) },
        { u"index"_s, QDir(site.folder).filePath(u"index.html"_s) } });
    return Success;
}

int KbCommand::settings()
{
    WorkspaceSession &session = workspace();
    KbSiteSettings settings = session.kbSite().settings();
    const bool changing = isSet(u"company"_s) || isSet(u"brand-color"_s) || isSet(u"site-address"_s);
    if (changing) {
        if (isSet(u"company"_s))
            settings.companyName = value(u"company"_s);
        if (isSet(u"brand-color"_s))
            settings.brandColor = value(u"brand-color"_s);
        if (isSet(u"site-address"_s))
            settings.siteAddress = value(u"site-address"_s);
        const QStringList problems = KbSiteService::problemsWith(settings);
        if (!problems.isEmpty()) {
            printError(problems.join(u' '));
            return UsageError;
        }
        const Actor actor = isSet(u"as"_s) ? session.accounts().signInWithoutPassword(value(u"as"_s))
                                           : AccountService::commandLineActor();
        session.kbSite().changeSettings(actor, settings);
        settings = session.kbSite().settings();
    }
    printJson(settingsJson(settings));
    return Success;
}

} // namespace tandem::cli
