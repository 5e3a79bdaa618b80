// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/ArticleService.h"

#include "domain/EscalationStateMachine.h"
#include "services/ArticleFromEscalation.h"
#include "services/EmbeddedResources.h"
#include "services/ReviewAccess.h"
#include "services/ServiceError.h"
#include "storage/ArticleRepository.h"
#include "storage/ArticleUsageRepository.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/EscalationRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Candidates the index hands over for a suggestion before they are ranked by their words: enough that the
// best few by keyword score are among them.
constexpr int suggestionCandidates = 50;

const auto starterArticlesPath = u":/tandem/kb/starter-articles.json"_s;

QJsonObject auditJson(const Article &article)
{
    return { { u"title"_s, article.title }, { u"body"_s, article.body }, { u"category"_s, article.category },
        { u"tags"_s, QJsonArray::fromStringList(article.tags) }, { u"language"_s, article.language },
        { u"visibility"_s, keyOf(article.visibility) }, { u"state"_s, keyOf(article.state) },
        { u"owner"_s, article.ownerId ? QJsonValue(*article.ownerId) : QJsonValue() },
        { u"edit_of"_s, article.editOf ? QJsonValue(*article.editOf) : QJsonValue() },
        { u"version"_s, article.publishedVersion },
        { u"last_reviewed"_s,
            article.lastReviewed ? QJsonValue(article.lastReviewed->toString(Qt::ISODate)) : QJsonValue() },
        { u"stale_after_months"_s, article.staleAfterMonths },
        { u"from_escalation"_s, article.fromEscalation ? QJsonValue(*article.fromEscalation) : QJsonValue() },
        { u"needs_check"_s, article.needsCheck } };
}

// The fields a person writes, in the form they are stored in.
Article normalized(Article article)
{
    article.title = article.title.simplified();
    article.category = article.category.simplified();
    article.tags = ArticleRules::normalizedTags(article.tags);
    article.language = article.language.trimmed().toLower();
    return article;
}

// Copies what a writer or suggester changes; state, owner, versions and review dates stay.
void takeContent(Article &into, const Article &from)
{
    into.title = from.title;
    into.body = from.body;
    into.category = from.category;
    into.tags = from.tags;
    into.language = from.language;
    into.visibility = from.visibility;
    into.staleAfterMonths = from.staleAfterMonths;
}

} // namespace

struct ArticleService::Private
{
    explicit Private(Workspace &workspace) : articles(workspace) { }

    ArticleRepository articles;
};

ArticleService::ArticleService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &ArticleService::changed);
}

ArticleService::~ArticleService() = default;

bool ArticleService::canWrite(const Actor &actor)
{
    return actor.role == Role::TeamLead || actor.role == Role::SupportSpecialist;
}

void ArticleService::requireWriter(const Actor &actor, const QString &refusal) const
{
    if (!canWrite(actor))
        throw PermissionDenied(refusal);
}

ArticleFilter ArticleService::visibleFilter(const Actor &actor, ArticleFilter filter) const
{
    if (canWrite(actor))
        return filter;
    // Reps read what is published and their own drafts; what was archived is gone for them.
    filter.onlyDraftsOf = actor.agentId;
    if (filter.states.isEmpty())
        filter.states = { ArticleState::Published, ArticleState::Draft };
    return filter;
}

Article ArticleService::existing(Id articleId) const
{
    std::optional<Article> article = d->articles.find(articleId);
    if (!article)
        throw ServiceError(tr("That article does not exist."));
    return *article;
}

std::optional<Article> ArticleService::find(const Actor &actor, Id id) const
{
    std::optional<Article> article = d->articles.find(id);
    if (article && !canWrite(actor) && article->state == ArticleState::Draft && article->ownerId != actor.agentId)
        return std::nullopt;
    return article;
}

QList<Article> ArticleService::articles(const Actor &actor, ArticleFilter filter) const
{
    return d->articles.list(visibleFilter(actor, std::move(filter)), listLimit);
}

QList<ArticleHit> ArticleService::search(const Actor &actor, const QString &text, ArticleFilter filter, int limit) const
{
    return d->articles.search(text, visibleFilter(actor, std::move(filter)), limit);
}

QUrl ArticleService::siteUrl(const Article &article) const
{
    return siteUrlOf(article, m_workspace.metaValue(siteAddressKey.toString()));
}

QUrl ArticleService::siteUrlOf(const Article &article, const QString &siteAddress)
{
    if (article.state != ArticleState::Published || article.visibility != ArticleVisibility::Public)
        return {};
    QString base = siteAddress.trimmed();
    if (base.isEmpty())
        return {};
    if (!base.endsWith(u'/'))
        base += u'/';
    const QUrl url = QUrl(base).resolved(QUrl(ArticleRules::sitePath(article)));
    return url.isValid() ? url : QUrl();
}

QList<ArticleUsage> ArticleService::usage(const Actor &actor, Millis from, Millis to) const
{
    if (!ReviewAccess::reviewsEveryone(actor))
        throw PermissionDenied(tr("Only team leads see how often the team uses each article."));
    return ArticleUsageRepository(m_workspace).usage(from, to, m_clock.now());
}

QList<ArticleUsage> ArticleService::topArticles(const Actor &actor, Millis from, Millis to, int limit) const
{
    QList<ArticleUsage> used = usage(actor, from, to);
    used.removeIf([](const ArticleUsage &article) { return article.insertions == 0; });
    std::stable_sort(used.begin(), used.end(), [](const ArticleUsage &a, const ArticleUsage &b) {
        if (a.insertions != b.insertions)
            return a.insertions > b.insertions;
        return a.lastUsedAt.value_or(0) > b.lastUsedAt.value_or(0);
    });
    return used.mid(0, qMax(0, limit));
}

QList<ArticleUsage> ArticleService::unusedArticles(const Actor &actor, Millis from, Millis to) const
{
    QList<ArticleUsage> unused = usage(actor, from, to);
    unused.removeIf([](const ArticleUsage &article) { return article.insertions > 0; });
    std::stable_sort(unused.begin(), unused.end(), [](const ArticleUsage &a, const ArticleUsage &b) {
        return a.lastUsedAt.value_or(0) < b.lastUsedAt.value_or(0);
    });
    return unused;
}

QList<ArticleHit> ArticleService::suggestFor(
    const Actor &actor, const QString &customerMessage, const QString &language, int limit) const
{
    Q_UNUSED(actor) // everyone reads what is published
    const QStringList keywords = ArticleRules::keywords(customerMessage);
    if (keywords.isEmpty() || limit < 1)
        return {};
    ArticleFilter filter;
    filter.states = { ArticleState::Published };
    filter.language = language;
    QList<ArticleHit> candidates = d->articles.withAnyWord(keywords, filter, suggestionCandidates);
    // The index's rank stays as the tie-breaker: a candidate's position in the list it came in.
    QList<std::pair<int, qsizetype>> order;
    for (qsizetype i = 0; i < candidates.size(); ++i)
        order.append({ ArticleRules::matchScore(keywords, candidates.at(i).article), i });
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<ArticleHit> suggestions;
    for (const auto &[score, index] : order) {
        if (score == 0 || suggestions.size() == limit)
            break;
        suggestions.append({ candidates.at(index).article, score });
    }
    return suggestions;
}

QList<ArticleVersion> ArticleService::versions(const Actor &actor, Id articleId) const
{
    if (!find(actor, articleId))
        throw ServiceError(tr("That article does not exist."));
    return d->articles.versions(articleId);
}

QList<Article> ArticleService::suggestedEdits(const Actor &actor, Id articleId) const
{
    QList<Article> edits = d->articles.suggestedEditsOf(articleId);
    if (!canWrite(actor))
        edits.removeIf([&actor](const Article &edit) { return edit.ownerId != actor.agentId; });
    return edits;
}

QStringList ArticleService::problemsWith(const Article &article)
{
    const Article clean = normalized(article);
    QStringList problems;
    if (clean.title.isEmpty())
        problems.append(tr("An article needs a title."));
    if (clean.title.size() > longestTitle)
        problems.append(tr("The title is longer than %n character(s).", nullptr, int(longestTitle)));
    if (clean.category.size() > longestCategory)
        problems.append(tr("The category is longer than %n character(s).", nullptr, int(longestCategory)));
    if (clean.body.size() > longestBody)
        problems.append(tr("The text is longer than %n character(s).", nullptr, int(longestBody)));
    static const QRegularExpression languageCode(u"^[a-z]{2}$"_s);
    if (!languageCode.match(clean.language).hasMatch())
        problems.append(tr("The language must be a two-letter code such as “en” or “de”."));
    if (clean.staleAfterMonths < 0 || clean.staleAfterMonths > longestStaleAfterMonths)
        problems.append(tr("An article goes stale after 0 (never) to %n month(s).", nullptr, longestStaleAfterMonths));
    return problems;
}

namespace {

void requireValid(const Article &article)
{
    const QStringList problems = ArticleService::problemsWith(article);
    if (!problems.isEmpty())
        throw ServiceError(problems.join(u' '));
}

} // namespace

Id ArticleService::createDraft(const Actor &actor, Article article)
{
    article = normalized(std::move(article));
    requireValid(article);
    if (article.ownerId && *article.ownerId != actor.agentId)
        requireWriter(actor, tr("Only team leads and support specialists can give an article to someone else."));
    if (!article.ownerId)
        article.ownerId = actor.agentId;
    // Only turnIntoArticle() makes a draft from an escalation, and with it the check it needs.
    article.fromEscalation.reset();
    article.needsCheck = false;
    if (article.editOf)
        return suggestEdit(actor, *article.editOf, article);
    return insertDraft(actor, article, u"article.create"_s);
}

void ArticleService::saveDraft(const Actor &actor, const Article &changes)
{
    Article article = existing(changes.id);
    if (article.state != ArticleState::Draft)
        throw ServiceError(tr("Only a draft can be saved; a published article changes by publishing."));
    if (!canWrite(actor) && article.ownerId != actor.agentId)
        throw PermissionDenied(tr("Service reps can change only their own drafts."));
    const Article before = article;
    takeContent(article, normalized(changes));
    requireValid(article);

    writeChange(actor, before, article, u"article.save"_s);
}

Id ArticleService::suggestEdit(const Actor &actor, Id articleId, const Article &changes)
{
    const Article target = existing(articleId);
    if (target.state != ArticleState::Published)
        throw ServiceError(tr("Changes can be suggested to published articles only."));
    Article draft = target;
    takeContent(draft, normalized(changes));
    requireValid(draft);
    draft.ownerId = actor.agentId;
    draft.editOf = articleId;
    draft.fromEscalation.reset();
    draft.needsCheck = false;
    return insertDraft(actor, draft, u"article.suggest"_s);
}

Id ArticleService::insertDraft(const Actor &actor, Article draft, const QString &auditAction)
{
    draft.id = 0;
    draft.state = ArticleState::Draft;
    draft.publishedVersion = 0;
    draft.lastReviewed.reset();
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    const Id id = d->articles.insert(draft, now);
    AuditRecord(auditAction, u"article"_s, id).at(now).by(actor.agentId).after(auditJson(draft)).appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

void ArticleService::writeChange(
    const Actor &actor, const Article &before, const Article &after, const QString &auditAction)
{
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    if (!d->articles.update(after, now))
        throw ServiceError(tr("That article does not exist."));
    AuditRecord(auditAction, u"article"_s, after.id)
        .at(now)
        .by(actor.agentId)
        .before(auditJson(before))
        .after(auditJson(after))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

int ArticleService::storeVersion(const Actor &actor, Article article, std::optional<Id> authorId,
    const QString &auditAction, const Article &before, std::optional<Id> consumedDraft)
{
    const Millis now = m_clock.now();
    article.state = ArticleState::Published;
    article.publishedVersion += 1;
    article.lastReviewed = QDateTime::fromMSecsSinceEpoch(now).date();
    if (!article.ownerId)
        article.ownerId = actor.agentId;

    Transaction transaction(m_workspace.database(), Transaction::Start::WriteLockFirst);
    // Two writers publishing the same article at once: the second one's number would already be taken.
    const std::optional<Article> current = d->articles.find(article.id);
    if (!current || current->publishedVersion != before.publishedVersion || current->state != before.state)
        throw ServiceError(tr("Someone changed this article meanwhile; open it again to see their change."));
    if (!d->articles.update(article, now))
        throw ServiceError(tr("That article does not exist."));
    d->articles.addVersion(
        { article.id, article.publishedVersion, authorId, {}, actor.agentId, now, article.title, article.body });
    QJsonObject after = auditJson(article);
    if (authorId)
        after.insert(u"author"_s, *authorId);
    if (consumedDraft) {
        Article draft = existing(*consumedDraft);
        after.insert(u"from_draft"_s, *consumedDraft);
        draft.state = ArticleState::Archived;
        d->articles.update(draft, now);
    }
    AuditRecord(auditAction, u"article"_s, article.id)
        .at(now)
        .by(actor.agentId)
        .before(auditJson(before))
        .after(after)
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return article.publishedVersion;
}

int ArticleService::publish(const Actor &actor, Id draftId)
{
    requireWriter(
        actor, tr("Only team leads and support specialists can publish articles; your draft waits for them."));
    const Article draft = existing(draftId);
    if (draft.state != ArticleState::Draft)
        throw ServiceError(tr("Only a draft can be published."));
    if (draft.needsCheck)
        throw ServiceError(tr("This draft was made from a customer’s case: confirm that you checked it for customer "
                              "data before publishing it."));
    requireValid(draft);
    if (!draft.editOf)
        return storeVersion(
            actor, draft, draft.ownerId.value_or(actor.agentId), u"article.publish"_s, draft, std::nullopt);

    const Article target = existing(*draft.editOf);
    if (target.state != ArticleState::Published)
        throw ServiceError(tr("The article this change was suggested for is no longer published."));
    Article changed = target;
    takeContent(changed, draft);
    return storeVersion(actor, changed, draft.ownerId.value_or(actor.agentId), u"article.publish"_s, target, draftId);
}

int ArticleService::publishChanges(const Actor &actor, const Article &changes)
{
    requireWriter(
        actor, tr("Only team leads and support specialists can publish articles; suggest the change instead."));
    const Article target = existing(changes.id);
    if (target.state != ArticleState::Published)
        throw ServiceError(tr("Only a published article can be changed this way; a draft is saved, then published."));
    Article changed = target;
    takeContent(changed, normalized(changes));
    requireValid(changed);
    return storeVersion(actor, changed, actor.agentId, u"article.publish"_s, target, std::nullopt);
}

int ArticleService::revert(const Actor &actor, Id articleId, int versionNumber)
{
    requireWriter(actor, tr("Only team leads and support specialists can revert articles."));
    const Article target = existing(articleId);
    if (target.state != ArticleState::Published)
        throw ServiceError(tr("Only a published article can be reverted."));
    const std::optional<ArticleVersion> version = d->articles.version(articleId, versionNumber);
    if (!version)
        throw ServiceError(tr("This article has no version %1.").arg(versionNumber));
    Article changed = target;
    changed.title = version->title;
    changed.body = version->body;
    return storeVersion(actor, changed, actor.agentId, u"article.revert"_s, target, std::nullopt);
}

void ArticleService::archive(const Actor &actor, Id articleId)
{
    Article article = existing(articleId);
    const bool ownDraft = article.state == ArticleState::Draft && article.ownerId == actor.agentId;
    if (!ownDraft)
        requireWriter(actor, tr("Only team leads and support specialists can archive articles."));
    if (article.state == ArticleState::Archived)
        return;
    const Article before = article;
    article.state = ArticleState::Archived;

    writeChange(actor, before, article, u"article.archive"_s);
}

ArticleState ArticleService::restore(const Actor &actor, Id articleId)
{
    requireWriter(actor, tr("Only team leads and support specialists can restore archived articles."));
    Article article = existing(articleId);
    if (article.state != ArticleState::Archived)
        return article.state;
    const Article before = article;
    // A suggested change comes back as the suggestion it was; only an article of its own was on the site.
    article.state = article.publishedVersion > 0 && !article.editOf ? ArticleState::Published : ArticleState::Draft;
    writeChange(actor, before, article, u"article.restore"_s);
    return article.state;
}

void ArticleService::markReviewed(const Actor &actor, Id articleId)
{
    requireWriter(actor, tr("Only team leads and support specialists can review articles."));
    Article article = existing(articleId);
    if (article.state != ArticleState::Published)
        throw ServiceError(tr("Only a published article can be reviewed."));
    const Article before = article;
    article.lastReviewed = QDateTime::fromMSecsSinceEpoch(m_clock.now()).date();
    writeChange(actor, before, article, u"article.review"_s);
}

std::optional<QString> ArticleService::turnIntoArticleRefusal(const Actor &actor, const Escalation &escalation)
{
    if (!canWrite(actor))
        return tr("Only team leads and support specialists can turn an escalation into an article.");
    if (EscalationStateMachine::isUnresolved(escalation.state))
        return tr("Escalation #%1 is not resolved yet; an article is written from its solution.").arg(escalation.id);
    return std::nullopt;
}

Id ArticleService::turnIntoArticle(const Actor &actor, Id escalationId, const QString &language)
{
    requireWriter(actor, tr("Only team leads and support specialists can turn an escalation into an article."));
    const std::optional<EscalationListItem> item = EscalationRepository(m_workspace).find(escalationId);
    if (!item)
        throw ServiceError(tr("That escalation does not exist."));
    if (const std::optional<QString> refusal = turnIntoArticleRefusal(actor, item->escalation))
        throw ServiceError(*refusal);
    if (const std::optional<Article> made = d->articles.madeFromEscalation(escalationId))
        return made->id;
    const std::optional<Customer> customer = CustomerRepository(m_workspace).find(item->escalation.customerId);
    // The language the writer works in, when it is one an article can be written in.
    static const QRegularExpression languageCode(u"^[a-z]{2}$"_s);
    const QString articleLanguage = languageCode.match(language).hasMatch() ? language : u"en"_s;
    Article draft = normalized(ArticleFromEscalation::draft(item->escalation, customer, articleLanguage));
    draft.ownerId = actor.agentId;
    // A summary made only of customer data still leaves the writer a title to start from.
    if (draft.title.isEmpty())
        draft.title = tr("Solution of escalation #%1").arg(escalationId);
    requireValid(draft);
    return insertDraft(actor, draft, u"article.from_escalation"_s);
}

void ArticleService::confirmChecked(const Actor &actor, Id draftId)
{
    requireWriter(actor, tr("Only team leads and support specialists can confirm that a draft was checked."));
    Article article = existing(draftId);
    if (!article.needsCheck)
        return;
    const Article before = article;
    article.needsCheck = false;
    writeChange(actor, before, article, u"article.check"_s);
}

int ArticleService::installStarterArticles()
{
    if (!d->articles.list({}, 1).isEmpty())
        return 0;
    ensureEmbeddedResources();
    QFile file(starterArticlesPath);
    if (!file.open(QIODevice::ReadOnly))
        throw ServiceError(tr("The starter articles are missing from this installation."));
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(u"articles"_s).toArray();
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    for (const auto &entry : entries) {
        const QJsonObject fields = entry.toObject();
        Article article;
        article.title = fields.value(u"title"_s).toString();
        article.body = fields.value(u"body"_s).toString();
        article.category = fields.value(u"category"_s).toString();
        for (const auto &tag : fields.value(u"tags"_s).toArray())
            article.tags.append(tag.toString());
        article.language = fields.value(u"language"_s).toString(u"en"_s);
        article.visibility = fromKey<ArticleVisibility>(fields.value(u"visibility"_s).toString())
                                 .value_or(ArticleVisibility::Internal);
        article.staleAfterMonths = fields.value(u"stale_after_months"_s).toInt(12);
        article = normalized(article);
        requireValid(article);
        article.state = ArticleState::Published;
        article.publishedVersion = 1;
        article.lastReviewed = QDateTime::fromMSecsSinceEpoch(now).date();
        article.id = d->articles.insert(article, now);
        d->articles.addVersion({ article.id, 1, std::nullopt, {}, std::nullopt, now, article.title, article.body });
        AuditRecord(u"article.install"_s, u"article"_s, article.id)
            .at(now)
            .after(auditJson(article))
            .appendTo(m_workspace);
    }
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return int(entries.size());
}

} // namespace tandem
