// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "services/Actor.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace tandem {

class Workspace;

// How the self-service site presents the company, kept in the workspace's settings.
struct KbSiteSettings
{
    QString companyName; // also what templates' {{company.name}} says
    QString brandColor; // "#rrggbb"; empty: BrandColor::fallback
    QString siteAddress; // where the team hosts the site; replies link to it (ArticleService::siteUrl)
};

// What a publication wrote.
struct KbSitePublication
{
    QString folder;
    int articles = 0;
    QStringList languages;
};

// The customers' self-service site (issue 19): the public, published articles as a static HTML site that
// works from any static web host or a plain folder, with a client-side search and no server code. One
// index page per language that has articles (the site's own index.html is the first language's, English
// when there are English articles), one page per article at ArticleRules::sitePath(), the company's name
// and colours from the settings. Leads and specialists publish; only leads change the settings.
class KbSiteService : public QObject
{
    Q_OBJECT

public:
    static constexpr QStringView companyNameKey = u"company_name";
    static constexpr QStringView brandColorKey = u"kb_brand_color";
    static constexpr qsizetype longestCompanyName = 100;

    KbSiteService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] static bool canPublish(const Actor &actor);
    [[nodiscard]] static bool canChangeSettings(const Actor &actor);

    // As stored; the company name falls back to the templates' default name.
    [[nodiscard]] KbSiteSettings settings() const;
    // Everything that keeps the settings from being saved, translated; empty when they may be.
    [[nodiscard]] static QStringList problemsWith(const KbSiteSettings &settings);
    // Saves the settings (team leads), audited.
    void changeSettings(const Actor &actor, const KbSiteSettings &settings);

    // Writes the site into `folder` (made when missing; one Tandem wrote before is replaced whole; any other
    // folder that holds files is refused), audited. A failure leaves the folder as it was.
    KbSitePublication publish(const Actor &actor, const QString &folder);

private:
    Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace tandem
