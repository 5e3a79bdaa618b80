// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/TemplateService.h"

#include "domain/TemplateParser.h"
#include "domain/TextFolding.h"
#include "services/ArticleUse.h"
#include "services/EmbeddedResources.h"
#include "services/ServiceError.h"
#include "services/TemplateCategories.h"
#include "services/TemplateLibraryFile.h"
#include "services/TemplateUse.h"
#include "storage/AgentRepository.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr qsizetype longestName = 120;
constexpr qsizetype longestCategory = 60;
constexpr qsizetype longestShortcode = 32;
// Parse errors listed per field before "and N more": enough to fix, few enough to read.
constexpr qsizetype listedParseErrors = 5;
// Problems listed when an import is refused.
constexpr qsizetype listedImportProblems = 20;

const auto defaultLibraryPath = u":/tandem/templates/default-library.json"_s;

// Lower is better; nothing when a word of the filter is missing.
std::optional<int> matchRank(const ReplyTemplate &replyTemplate, const QString &filter, const QStringList &words)
{
    const QString shortcode = foldText(replyTemplate.shortcode);
    const QString name = foldText(replyTemplate.name);
    const QString text = foldText(replyTemplate.subject) + u'\n' + foldText(replyTemplate.body);
    bool inShortcodeOrName = true;
    for (const QString &word : words) {
        const bool inLabel = shortcode.contains(word) || name.contains(word);
        if (!inLabel && !text.contains(word))
            return std::nullopt;
        inShortcodeOrName = inShortcodeOrName && inLabel;
    }
    if (shortcode == filter)
        return 0;
    if (shortcode.startsWith(filter))
        return 1;
    if (name.startsWith(filter))
        return 2;
    if (inShortcodeOrName)
        return 3;
    return 4;
}

// Lower is better: the channel being written on, then templates for any channel, then the others.
int channelRank(const std::optional<Channel> &templateChannel, const std::optional<Channel> &writingOn)
{
    if (!writingOn || !templateChannel)
        return writingOn ? 1 : 0;
    return *templateChannel == *writingOn ? 0 : 2;
}

bool channelsClash(const std::optional<Channel> &a, const std::optional<Channel> &b)
{
    // A template for any channel answers on every channel, so it clashes with each of them.
    return !a || !b || *a == *b;
}

QString channelLabel(const std::optional<Channel> &channel)
{
    return channel ? displayName(*channel) : QCoreApplication::translate("tandem::TemplateService", "any channel");
}

QJsonObject auditJson(const ReplyTemplate &replyTemplate)
{
    return { { u"owner"_s, replyTemplate.ownerId ? QJsonValue(*replyTemplate.ownerId) : QJsonValue() },
        { u"category"_s, replyTemplate.category }, { u"name"_s, replyTemplate.name },
        { u"shortcode"_s, replyTemplate.shortcode },
        { u"channel"_s, replyTemplate.channel ? QJsonValue(keyOf(*replyTemplate.channel)) : QJsonValue() },
        { u"subject"_s, replyTemplate.subject }, { u"body"_s, replyTemplate.body },
        { u"referral"_s, replyTemplate.referralRequest } };
}

const TemplateContext &sampleContext()
{
    static const TemplateContext sample = TemplateContext::sample();
    return sample;
}

} // namespace

QStringList ReplyRendering::missingNames() const
{
    QStringList names = subject.missingNames();
    for (const QString &name : body.missingNames()) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

struct TemplateService::Private
{
    explicit Private(Workspace &workspace) : templates(workspace), referrals(workspace) { }

    TemplateRepository templates;
    ReferralRepository referrals;
};

TemplateService::TemplateService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &TemplateService::changed);
}

TemplateService::~TemplateService() = default;

QList<ReplyTemplate> TemplateService::templates(const Actor &actor, const TemplateFilter &filter) const
{
    QList<ReplyTemplate> visible = d->templates.visibleTo(actor.agentId);
    // The list shows shortcodes as "/refund"; typed that way they must still match.
    QStringList words = foldText(filter.text.simplified()).split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        while (word.startsWith(u'/'))
            word.remove(0, 1);
    }
    words.removeAll(QString());
    const QString text = words.join(u' ');
    struct Ranked
    {
        int byChannel;
        int byMatch;
        ReplyTemplate replyTemplate;
    };
    QList<Ranked> ranked;
    ranked.reserve(visible.size());
    for (ReplyTemplate &replyTemplate : visible) {
        if (!filter.category.isEmpty() && replyTemplate.category != filter.category)
            continue;
        const std::optional<int> rank = words.isEmpty() ? 0 : matchRank(replyTemplate, text, words);
        if (rank)
            ranked.append({ channelRank(replyTemplate.channel, filter.channel), *rank, std::move(replyTemplate) });
    }
    // The repository's order (category, name) breaks ties.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return std::tie(a.byChannel, a.byMatch) < std::tie(b.byChannel, b.byMatch);
    });
    QList<ReplyTemplate> result;
    result.reserve(ranked.size());
    for (Ranked &entry : ranked)
        result.append(std::move(entry.replyTemplate));
    return result;
}

QStringList TemplateService::categories(const Actor &actor) const
{
    QSet<QString> used;
    for (const ReplyTemplate &replyTemplate : d->templates.visibleTo(actor.agentId)) {
        if (!replyTemplate.category.isEmpty())
            used.insert(replyTemplate.category);
    }
    QStringList result;
    for (const QString &category : TemplateCategories::defaults()) {
        if (used.remove(category))
            result.append(category);
    }
    QStringList others(used.cbegin(), used.cend());
    others.sort(Qt::CaseInsensitive);
    result.append(others);
    return result;
}

std::optional<ReplyTemplate> TemplateService::find(const Actor &actor, Id id) const
{
    std::optional<ReplyTemplate> found = d->templates.find(id);
    if (found && found->ownerId && *found->ownerId != actor.agentId)
        return std::nullopt;
    return found;
}

std::optional<ReplyTemplate> TemplateService::findByShortcode(
    const Actor &actor, const QString &shortcode, std::optional<Channel> channel) const
{
    const QString code = shortcode.trimmed().toLower();
    if (code.isEmpty())
        return std::nullopt;
    std::optional<ReplyTemplate> best;
    int bestScore = -1;
    for (const ReplyTemplate &replyTemplate : d->templates.visibleTo(actor.agentId)) {
        if (replyTemplate.shortcode != code)
            continue;
        if (channel && replyTemplate.channel && *replyTemplate.channel != *channel)
            continue;
        // The channel's own wording beats a general one; an agent's own beats the team's.
        const int score = (channel && replyTemplate.channel ? 2 : 0) + (replyTemplate.ownerId ? 1 : 0);
        if (score > bestScore) {
            best = replyTemplate;
            bestScore = score;
        }
    }
    return best;
}

bool TemplateService::canEditShared(const Actor &actor)
{
    return actor.role == Role::TeamLead;
}

bool TemplateService::canEdit(const Actor &actor, const ReplyTemplate &replyTemplate)
{
    return replyTemplate.ownerId ? *replyTemplate.ownerId == actor.agentId : canEditShared(actor);
}

std::optional<qsizetype> TemplateService::lengthLimit(std::optional<Channel> channel)
{
    if (!channel)
        return std::nullopt;
    switch (*channel) {
    case Channel::Social:
        return 280; // a public reply on the social networks we answer on
    case Channel::LiveChat:
        return 500; // a chat message reads as one short paragraph
    default:
        return std::nullopt;
    }
}

qsizetype TemplateService::typicalLength(const QString &body)
{
    return TemplateParser::parse(body).render(sampleContext()).text.size();
}

ReplyTemplate TemplateService::normalized(ReplyTemplate replyTemplate)
{
    replyTemplate.name = replyTemplate.name.simplified();
    replyTemplate.category = TemplateCategories::storedNameFor(replyTemplate.category.simplified());
    replyTemplate.shortcode = replyTemplate.shortcode.trimmed().toLower();
    replyTemplate.subject = replyTemplate.subject.trimmed();
    return replyTemplate;
}

QList<TemplateProblem> TemplateService::fieldProblems(const ReplyTemplate &replyTemplate) const
{
    using Field = TemplateProblem::Field;
    QList<TemplateProblem> problems;
    const auto add
        = [&problems](Field field, const QString &message) { problems.append({ field, message, std::nullopt }); };
    if (replyTemplate.name.isEmpty())
        add(Field::Name, tr("Give the template a name."));
    else if (replyTemplate.name.size() > longestName)
        add(Field::Name, tr("The name is too long (at most %n characters).", nullptr, int(longestName)));
    if (replyTemplate.category.size() > longestCategory)
        add(Field::Category, tr("The category is too long (at most %n characters).", nullptr, int(longestCategory)));

    static const QRegularExpression shortcodePattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!replyTemplate.shortcode.isEmpty()) {
        if (!shortcodePattern.match(replyTemplate.shortcode).hasMatch())
            add(Field::Shortcode,
                tr("A shortcode is one word of letters a-z, digits, - and _, starting "
                   "with a letter or digit."));
        else if (replyTemplate.shortcode.size() > longestShortcode)
            add(Field::Shortcode,
                tr("The shortcode is too long (at most %n characters).", nullptr, int(longestShortcode)));
    }

    const auto parseProblems = [&problems, &add](Field field, const QString &source) {
        const ParsedTemplate parsed = TemplateParser::parse(source);
        const QList<TemplateError> &errors = parsed.errors();
        for (qsizetype i = 0; i < errors.size() && i < listedParseErrors; ++i) {
            const TemplateError &error = errors.at(i);
            const QString message = field == Field::Subject
                ? tr("The subject has an error at column %1: %2").arg(error.span.column).arg(error.message)
                : tr("The text has an error at line %1, column %2: %3")
                      .arg(error.span.line)
                      .arg(error.span.column)
                      .arg(error.message);
            problems.append({ field, message, error.span });
        }
        if (errors.size() > listedParseErrors)
            add(field, tr("… and %n more errors.", nullptr, int(errors.size() - listedParseErrors)));
    };
    // Text over the limits is refused before it is parsed or rendered: that work grows with its size.
    if (replyTemplate.subject.size() > longestSubject)
        add(Field::Subject,
            tr("The subject is too long: %1 characters, %2 at most.")
                .arg(replyTemplate.subject.size())
                .arg(longestSubject));
    else if (replyTemplate.subject.contains(u'\n'))
        add(Field::Subject, tr("The subject must be one line."));
    else
        parseProblems(Field::Subject, replyTemplate.subject);
    const bool bodyTooLong = replyTemplate.body.size() > longestBody;
    if (bodyTooLong)
        add(Field::Body,
            tr("The text is too long: %1 characters, %2 at most.").arg(replyTemplate.body.size()).arg(longestBody));
    else if (replyTemplate.body.trimmed().isEmpty())
        add(Field::Body, tr("The template has no text."));
    else
        parseProblems(Field::Body, replyTemplate.body);
    if (bodyTooLong)
        return problems;

    if (const std::optional<qsizetype> limit = lengthLimit(replyTemplate.channel); limit && replyTemplate.channel) {
        const qsizetype length = typicalLength(replyTemplate.body);
        if (length > *limit) {
            add(Field::Body,
                tr("Too long for %1: %2 characters with sample values, %3 at most.")
                    .arg(displayName(*replyTemplate.channel))
                    .arg(length)
                    .arg(*limit));
        }
    }
    return problems;
}

std::optional<QString> TemplateService::shortcodeClash(const ReplyTemplate &replyTemplate) const
{
    if (replyTemplate.shortcode.isEmpty())
        return std::nullopt;
    for (const ReplyTemplate &other : d->templates.withShortcode(replyTemplate.ownerId, replyTemplate.shortcode)) {
        if (other.id != replyTemplate.id && channelsClash(other.channel, replyTemplate.channel)) {
            return tr("The shortcode “%1” is already used by the template “%2” (%3).")
                .arg(replyTemplate.shortcode, other.name, channelLabel(other.channel));
        }
    }
    return std::nullopt;
}

QList<TemplateProblem> TemplateService::problemsWith(const ReplyTemplate &replyTemplate) const
{
    const ReplyTemplate candidate = normalized(replyTemplate);
    QList<TemplateProblem> problems = fieldProblems(candidate);
    if (const std::optional<QString> clash = shortcodeClash(candidate))
        problems.append({ TemplateProblem::Field::Shortcode, *clash, std::nullopt });
    return problems;
}

void TemplateService::requireMayWrite(const Actor &actor, const std::optional<Id> &ownerId) const
{
    if (!ownerId && !canEditShared(actor))
        throw PermissionDenied(tr("Only team leads change shared templates. You can keep your own wording as a "
                                  "personal template."));
    if (ownerId && *ownerId != actor.agentId)
        throw PermissionDenied(tr("This is another agent's personal template; only they can change it."));
}

ReplyTemplate TemplateService::editableTemplate(const Actor &actor, Id templateId) const
{
    std::optional<ReplyTemplate> existing = d->templates.find(templateId);
    if (!existing)
        throw ServiceError(tr("That template does not exist (any more)."));
    requireMayWrite(actor, existing->ownerId);
    return *existing;
}

namespace {

QString joinedProblems(const QList<TemplateProblem> &problems)
{
    QStringList messages;
    for (const TemplateProblem &problem : problems)
        messages.append(problem.message);
    return messages.join(u'\n');
}

} // namespace

Id TemplateService::create(const Actor &actor, ReplyTemplate replyTemplate)
{
    replyTemplate = normalized(std::move(replyTemplate));
    replyTemplate.id = 0;
    replyTemplate.usageCount = 0;
    replyTemplate.lastUsedAt.reset();
    requireMayWrite(actor, replyTemplate.ownerId);
    const QList<TemplateProblem> problems = problemsWith(replyTemplate);
    if (!problems.isEmpty())
        throw ServiceError(joinedProblems(problems));

    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    const Id id = d->templates.insert(replyTemplate, now);
    AuditRecord(u"template.create"_s, u"template"_s, id)
        .at(now)
        .by(actor.agentId)
        .after(auditJson(replyTemplate))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

void TemplateService::update(const Actor &actor, ReplyTemplate replyTemplate)
{
    const ReplyTemplate existing = editableTemplate(actor, replyTemplate.id);
    replyTemplate = normalized(std::move(replyTemplate));
    // Moving a template between shared and personal needs the right to write in both places.
    requireMayWrite(actor, replyTemplate.ownerId);
    const QList<TemplateProblem> problems = problemsWith(replyTemplate);
    if (!problems.isEmpty())
        throw ServiceError(joinedProblems(problems));

    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    if (!d->templates.update(replyTemplate, now))
        throw ServiceError(tr("That template does not exist (any more)."));
    AuditRecord(u"template.update"_s, u"template"_s, replyTemplate.id)
        .at(now)
        .by(actor.agentId)
        .before(auditJson(existing))
        .after(auditJson(replyTemplate))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

void TemplateService::archive(const Actor &actor, Id templateId)
{
    const ReplyTemplate existing = editableTemplate(actor, templateId);
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    if (!d->templates.archive(templateId, now))
        throw ServiceError(tr("That template does not exist (any more)."));
    AuditRecord(u"template.archive"_s, u"template"_s, templateId)
        .at(now)
        .by(actor.agentId)
        .before(auditJson(existing))
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

void TemplateService::recordUse(const Actor &actor, Id templateId)
{
    if (!find(actor, templateId))
        throw ServiceError(tr("That template does not exist (any more)."));
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    if (!d->templates.recordUse(templateId, now))
        throw ServiceError(tr("That template does not exist (any more)."));
    AuditRecord(u"template.use"_s, u"template"_s, templateId).at(now).by(actor.agentId).appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

TemplateContext TemplateService::contextFor(
    const Actor &actor, Id customerId, const std::optional<Escalation> &escalation) const
{
    const std::optional<Customer> customer = CustomerRepository(m_workspace).find(customerId);
    if (!customer)
        throw ServiceError(tr("That customer does not exist (any more)."));
    Agent agent = AgentRepository(m_workspace).find(actor.agentId).value_or(Agent {});
    if (agent.displayName.isEmpty())
        agent.displayName = actor.name;
    QString company = m_workspace.metaValue(u"company_name"_s).trimmed();
    if (company.isEmpty())
        company = defaultCompanyName.toString();

    TemplateContext context;
    context.setCustomer(*customer);
    context.setAgent(agent);
    context.setCompanyName(company);
    if (escalation)
        context.setEscalation(*escalation);
    context.setToday(QDateTime::fromMSecsSinceEpoch(m_clock.now()).date());
    return context;
}

ReplyRendering TemplateService::render(const ReplyTemplate &replyTemplate, const TemplateContext &context)
{
    ReplyRendering rendering;
    rendering.subject = TemplateParser::parse(replyTemplate.subject).render(context);
    rendering.body = TemplateParser::parse(replyTemplate.body).render(context);
    rendering.lengthLimit = lengthLimit(replyTemplate.channel);
    return rendering;
}

ReplyRendering TemplateService::render(const Actor &actor, Id templateId, Id customerId,
    const std::optional<Escalation> &escalation, const QHash<QString, QString> &filledIn) const
{
    const std::optional<ReplyTemplate> replyTemplate = find(actor, templateId);
    if (!replyTemplate)
        throw ServiceError(tr("That template does not exist (any more)."));
    TemplateContext context = contextFor(actor, customerId, escalation);
    for (auto it = filledIn.cbegin(); it != filledIn.cend(); ++it)
        context.set(it.key(), it.value());
    return render(*replyTemplate, context);
}

Id TemplateService::sendReply(const Actor &actor, const TemplateReply &reply, const QList<ArticleUse> &articles)
{
    const std::optional<ReplyTemplate> replyTemplate = find(actor, reply.templateId);
    if (!replyTemplate)
        throw ServiceError(tr("That template does not exist (any more)."));
    if (!CustomerRepository(m_workspace).find(reply.customerId))
        throw ServiceError(tr("That customer does not exist (any more)."));
    if (reply.body.trimmed().isEmpty())
        throw ServiceError(tr("The reply has no text."));

    const Millis now = m_clock.now();
    Interaction interaction;
    interaction.customerId = reply.customerId;
    interaction.agentId = actor.agentId;
    interaction.channel = reply.channel.value_or(replyTemplate->channel.value_or(Channel::Email));
    interaction.direction = Direction::Outbound;
    interaction.kind = replyKindOf(*replyTemplate);
    interaction.subject = reply.subject;
    interaction.body = reply.body;
    interaction.occurredAt = now;

    Transaction transaction(m_workspace.database());
    const Id id = InteractionRepository(m_workspace).insert(interaction, now);
    QJsonObject after { { u"customer"_s, interaction.customerId }, { u"kind"_s, keyOf(interaction.kind) },
        { u"channel"_s, keyOf(interaction.channel) }, { u"subject"_s, interaction.subject },
        { u"template"_s, replyTemplate->id } };
    const QJsonArray used = recordArticleUses(
        m_workspace, actor, articles, id, std::nullopt, interaction.subject + u'\n' + interaction.body, now);
    if (!used.isEmpty())
        after.insert(u"articles"_s, used);
    AuditRecord(u"interaction.log"_s, u"interaction"_s, id)
        .at(now)
        .by(actor.agentId)
        .after(after)
        .appendTo(m_workspace);
    if (!recordTemplateUse(m_workspace, actor, *replyTemplate, id, now))
        throw ServiceError(tr("That template does not exist (any more)."));
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

ReferralReceipt TemplateService::recordReferralReceived(
    const Actor &actor, Id customerId, const QString &note, Channel channel)
{
    if (!CustomerRepository(m_workspace).find(customerId))
        throw ServiceError(tr("That customer does not exist (any more)."));
    const Millis now = m_clock.now();
    Interaction interaction;
    interaction.customerId = customerId;
    interaction.agentId = actor.agentId;
    interaction.channel = channel;
    interaction.direction = Direction::Inbound;
    interaction.kind = InteractionKind::Referral;
    interaction.subject = tr("Referral received");
    interaction.body = note.trimmed();
    interaction.occurredAt = now;

    ReferralReceipt receipt;
    Transaction transaction(m_workspace.database());
    receipt.interactionId = InteractionRepository(m_workspace).insert(interaction, now);
    receipt.requestInteractionId = d->referrals.latestRequest(customerId, now);
    if (receipt.requestInteractionId) {
        d->referrals.linkReceived(receipt.interactionId, *receipt.requestInteractionId);
        receipt.templateId = d->referrals.templateOf(*receipt.requestInteractionId);
    }
    AuditRecord(u"interaction.log"_s, u"interaction"_s, receipt.interactionId)
        .at(now)
        .by(actor.agentId)
        .after({ { u"customer"_s, customerId }, { u"kind"_s, keyOf(interaction.kind) },
            { u"channel"_s, keyOf(interaction.channel) }, { u"subject"_s, interaction.subject },
            { u"referral_request"_s,
                receipt.requestInteractionId ? QJsonValue(*receipt.requestInteractionId) : QJsonValue() } })
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return receipt;
}

QList<TemplateReferralCount> TemplateService::referralCounts(const Actor &actor) const
{
    if (actor.role != Role::TeamLead)
        throw PermissionDenied(tr("Referral results across the team are for team leads."));
    return d->referrals.countsByTemplate();
}

QByteArray TemplateService::exportLibrary(const Actor &actor) const
{
    return TemplateLibraryFile::write(d->templates.visibleTo(actor.agentId));
}

int TemplateService::importLibrary(const Actor &actor, const QByteArray &json, TemplateScope scope)
{
    const std::optional<Id> ownerId = scope == TemplateScope::Shared ? std::nullopt : std::optional(actor.agentId);
    requireMayWrite(actor, ownerId);
    return addTemplates(actor.agentId, json, ownerId, u"template.import"_s);
}

int TemplateService::installDefaultLibrary()
{
    if (d->templates.countIncludingArchived() > 0)
        return 0;
    ensureEmbeddedResources();
    QFile file(defaultLibraryPath);
    if (!file.open(QIODevice::ReadOnly))
        throw ServiceError(tr("The default template library is missing from this build of Tandem."));
    return addTemplates(std::nullopt, file.readAll(), std::nullopt, u"template.install_default"_s);
}

int TemplateService::addTemplates(const std::optional<Id> &actorId, const QByteArray &json,
    const std::optional<Id> &ownerId, const QString &auditAction)
{
    const TemplateLibraryFile::Reading reading = TemplateLibraryFile::read(json);
    QStringList problems = reading.problems;
    struct Accepted
    {
        ReplyTemplate replyTemplate;
        QString label;
    };
    QList<Accepted> accepted;
    for (const TemplateLibraryFile::Entry &entry : reading.entries) {
        ReplyTemplate replyTemplate = normalized(entry.replyTemplate);
        replyTemplate.ownerId = ownerId;
        const QString label = TemplateLibraryFile::entryLabel(entry.index, replyTemplate.name);
        for (const TemplateProblem &problem : fieldProblems(replyTemplate))
            problems.append(tr("%1: %2").arg(label, problem.message));
        if (!replyTemplate.shortcode.isEmpty()) {
            const auto earlier = std::find_if(accepted.cbegin(), accepted.cend(), [&replyTemplate](const Accepted &a) {
                return a.replyTemplate.shortcode == replyTemplate.shortcode
                    && channelsClash(a.replyTemplate.channel, replyTemplate.channel);
            });
            if (earlier != accepted.cend())
                problems.append(tr("%1: the shortcode “%2” is also used by %3.")
                        .arg(label, replyTemplate.shortcode, earlier->label));
            else if (const std::optional<QString> clash = shortcodeClash(replyTemplate))
                problems.append(tr("%1: %2").arg(label, *clash));
        }
        accepted.append({ replyTemplate, label });
    }
    if (!problems.isEmpty()) {
        QStringList shown = problems.mid(0, listedImportProblems);
        if (problems.size() > listedImportProblems)
            shown.append(tr("… and %n more problems.", nullptr, int(problems.size() - listedImportProblems)));
        throw ServiceError(
            tr("The template library was not imported; nothing was changed.") + u'\n' + shown.join(u'\n'));
    }

    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    for (const Accepted &entry : std::as_const(accepted)) {
        const Id id = d->templates.insert(entry.replyTemplate, now);
        AuditRecord(auditAction, u"template"_s, id)
            .at(now)
            .by(actorId)
            .after(auditJson(entry.replyTemplate))
            .appendTo(m_workspace);
    }
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return int(accepted.size());
}

} // namespace tandem
