// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/KbSiteService.h"

#include "domain/BrandColor.h"
#include "services/ArticleMarkdown.h"
#include "services/ArticleService.h"
#include "services/EmbeddedResources.h"
#include "services/KbSiteFolder.h"
#include "services/KbSitePages.h"
#include "services/KbSiteSearchIndex.h"
#include "services/ServiceError.h"
#include "services/TemplateService.h"
#include "storage/ArticleRepository.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Far past any knowledge base people write (the bench publishes 10,000); only a bound on what one run reads.
constexpr int mostArticles = 1'000'000;

QJsonObject settingsJson(const KbSiteSettings &settings)
{
    return { { u"company_name"_s, settings.companyName }, { u"brand_color"_s, settings.brandColor },
        { u"site_address"_s, settings.siteAddress } };
}

QByteArray resource(const QString &path)
{
    ensureEmbeddedResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ServiceError(KbSiteService::tr("The program's copy of %1 is missing; reinstall Tandem.").arg(path));
    return file.readAll();
}

// Who the audit entry names: nobody for the command line's actor, which is no agent (as MailAccountService).
std::optional<Id> auditedAgent(const Actor &actor)
{
    return actor.agentId > 0 ? std::optional<Id>(actor.agentId) : std::nullopt;
}

// The language whose index is the site's front page: English when there are English articles, else the
// first language.
QString frontLanguage(const QStringList &languages)
{
    return languages.contains(u"en"_s) ? u"en"_s : languages.first();
}

} // namespace

KbSiteService::KbSiteService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock)
{ }

bool KbSiteService::canPublish(const Actor &actor)
{
    return ArticleService::canWrite(actor);
}

bool KbSiteService::canChangeSettings(const Actor &actor)
{
    return actor.role == Role::TeamLead;
}

KbSiteSettings KbSiteService::settings() const
{
    KbSiteSettings settings;
    settings.companyName = m_workspace.metaValue(companyNameKey.toString()).trimmed();
    settings.brandColor = m_workspace.metaValue(brandColorKey.toString()).trimmed();
    settings.siteAddress = m_workspace.metaValue(ArticleService::siteAddressKey.toString()).trimmed();
    return settings;
}

QStringList KbSiteService::problemsWith(const KbSiteSettings &settings)
{
    QStringList problems;
    if (settings.companyName.trimmed().size() > longestCompanyName)
        problems.append(tr("The company name is longer than %n character(s).", nullptr, int(longestCompanyName)));
    if (!settings.brandColor.trimmed().isEmpty() && !BrandColor::normalized(settings.brandColor))
        problems.append(tr("The brand colour must be a colour such as #1f4e79."));
    const QString address = settings.siteAddress.trimmed();
    if (!address.isEmpty()) {
        const QUrl url(address, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
            problems.append(tr("The site's address must be a web address such as https://help.example.com/."));
    }
    return problems;
}

void KbSiteService::changeSettings(const Actor &actor, const KbSiteSettings &changes)
{
    if (!canChangeSettings(actor))
        throw PermissionDenied(tr("Only team leads can change the self-service site's settings."));
    const QStringList problems = problemsWith(changes);
    if (!problems.isEmpty())
        throw ServiceError(problems.join(u' '));
    KbSiteSettings after;
    after.companyName = changes.companyName.simplified();
    // Valid by now (problemsWith): empty, or a colour that normalises.
    after.brandColor = BrandColor::normalized(changes.brandColor).value_or(QString());
    after.siteAddress = changes.siteAddress.trimmed();
    const KbSiteSettings before = settings();

    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    m_workspace.setMetaValue(companyNameKey.toString(), after.companyName);
    m_workspace.setMetaValue(brandColorKey.toString(), after.brandColor);
    m_workspace.setMetaValue(ArticleService::siteAddressKey.toString(), after.siteAddress);
    AuditRecord(u"kb.site_settings"_s, u"kb_site"_s)
        .at(now)
        .by(auditedAgent(actor))
        .before(settingsJson(before))
        .after(settingsJson(after))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

KbSitePublication KbSiteService::publish(const Actor &actor, const QString &folder)
{
    if (!canPublish(actor))
        throw PermissionDenied(tr("Only team leads and support specialists can publish the self-service site."));
    if (folder.trimmed().isEmpty())
        throw ServiceError(tr("Choose the folder the site goes into."));
    const KbSiteSettings stored = settings();
    const QString company
        = stored.companyName.isEmpty() ? TemplateService::defaultCompanyName.toString() : stored.companyName;
    const QString brand = BrandColor::normalized(stored.brandColor).value_or(BrandColor::fallback.toString());
    const Millis now = m_clock.now();

    ArticleFilter filter;
    filter.states = { ArticleState::Published };
    filter.visibility = ArticleVisibility::Public;
    QMap<QString, QList<KbSiteArticle>> byLanguage;
    for (Article &article : ArticleRepository(m_workspace).list(filter, mostArticles)) {
        KbSiteArticle entry;
        entry.html = ArticleMarkdown::toHtml(article.body);
        // The summary and the search index read the article as text, one space between words.
        entry.text = ArticleMarkdown::toPlainText(article.body).simplified();
        entry.article = std::move(article);
        byLanguage[entry.article.language].append(std::move(entry));
    }
    if (byLanguage.isEmpty())
        byLanguage.insert(u"en"_s, {}); // a site that says there is nothing yet, rather than no site
    const QStringList languages = byLanguage.keys();

    KbSiteFolder site(folder);
    site.write(u"assets/site.css"_s, KbSitePages::styleSheet(brand).toUtf8());
    site.write(u"assets/search.js"_s, resource(u":/tandem/kb/site/search.js"_s));
    KbSitePublication publication { site.target(), 0, languages };
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        const QString &language = it.key();
        const QList<KbSiteArticle> &articles = it.value();
        const KbSitePageContext context { company, language, languages,
            QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC).date(), KbSitePages::wordsFor(language) };
        const QHash<QString, QString> anchors = KbSitePages::topicAnchors(articles);
        for (const KbSiteArticle &entry : articles) {
            site.write(ArticleRules::sitePath(entry.article),
                KbSitePages::articlePage(context, entry, anchors.value(entry.article.category)).toUtf8());
        }
        site.write(
            language + u"/index.html"_s, KbSitePages::indexPage(context, articles, u"../"_s, QString()).toUtf8());
        site.write(language + u"/search-index.js"_s, KbSiteSearchIndex::script(articles));
        if (language == frontLanguage(languages))
            site.write(u"index.html"_s, KbSitePages::indexPage(context, articles, QString(), language + u'/').toUtf8());
        publication.articles += int(articles.size());
    }

    // The audit entry and the new site go together: the entry is committed only once the site is in place.
    Transaction transaction(m_workspace.database());
    AuditRecord(u"kb.publish_site"_s, u"kb_site"_s)
        .at(now)
        .by(auditedAgent(actor))
        .after({ { u"folder"_s, publication.folder }, { u"articles"_s, publication.articles },
            { u"languages"_s, QJsonArray::fromStringList(languages) } })
        .appendTo(m_workspace);
    site.replaceTarget();
    transaction.commit();
    return publication;
}

} // namespace tandem
