// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Article.h"
#include "domain/Clock.h"
#include "domain/ParsedTemplate.h"
#include "domain/TemplateContext.h"
#include "domain/TemplateReferralCount.h"
#include "services/Actor.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace tandem {

class Workspace;

// Which templates a list shows. Empty fields do not filter.
struct TemplateFilter
{
    // Every word must appear in the name, shortcode or text, ignoring case and accents.
    QString text;
    // A stored category name (TemplateCategories::storedNameFor).
    QString category;
    // The channel being written on. It does not filter, it ranks: its own templates first, then those
    // for any channel, then those for other channels.
    std::optional<Channel> channel;
};

// Something that keeps a template from being saved, with the field it concerns.
struct TemplateProblem
{
    enum class Field { Name, Category, Shortcode, Channel, Subject, Body, Scope };

    Field field = Field::Body;
    QString message; // translated
    std::optional<TemplateSpan> span; // where in the subject or body, for mistakes in the template text
};

// A template rendered for one customer. Each part says what had no value; insert only when complete.
struct ReplyRendering
{
    TemplateRendering subject;
    TemplateRendering body;
    // Characters allowed on the template's channel, if it has a limit.
    std::optional<qsizetype> lengthLimit;

    [[nodiscard]] bool isComplete() const { return subject.isComplete() && body.isComplete(); }
    // Every missing name once, subject first.
    [[nodiscard]] QStringList missingNames() const;
    [[nodiscard]] bool exceedsLimit() const { return lengthLimit && body.text.size() > *lengthLimit; }
};

// A reply written from a template, as it goes out to the customer.
struct TemplateReply
{
    Id customerId = 0;
    Id templateId = 0;
    // None: the template's channel, or email for a template meant for any channel.
    std::optional<Channel> channel;
    QString subject;
    QString body;
};

// A referral that came in, and the request it answered (if the customer had been asked).
struct ReferralReceipt
{
    Id interactionId = 0;
    std::optional<Id> requestInteractionId;
    std::optional<Id> templateId;
};

enum class TemplateScope { Shared, Personal };

// Reply templates: the shared library and each agent's personal ones. Who may change what is decided
// here (DESIGN.md section 2): team leads edit shared templates, everyone edits their own personal ones,
// nobody edits somebody else's. Every change is audited in the transaction that makes it.
class TemplateService : public QObject
{
    Q_OBJECT

public:
    // Company name placeholders show when the workspace meta value company_name is not set.
    static constexpr QStringView defaultCompanyName { u"Tandem Demo Co." };
    static constexpr QStringView libraryFormat { u"tandem-templates" };
    static constexpr int libraryVersion = 1;
    // A subject is one header line of a mail, which RFC 5322 caps at 998 characters.
    static constexpr qsizetype longestSubject = 998;
    // Far past any reply a person writes, and small enough that editing and previewing stay instant.
    static constexpr qsizetype longestBody = 100'000;

    TemplateService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~TemplateService() override;

    // Shared templates and the actor's personal ones that pass the filter. The filter's channel ranks
    // first; within it, with filter text, the best matches come first (shortcode, then name, then text);
    // otherwise by category and name. A shortcode may be typed with its "/".
    [[nodiscard]] QList<ReplyTemplate> templates(const Actor &actor, const TemplateFilter &filter = {}) const;
    // Stored names of the categories in use among the actor's templates, defaults first.
    [[nodiscard]] QStringList categories(const Actor &actor) const;
    // A template the actor can see, or nothing.
    [[nodiscard]] std::optional<ReplyTemplate> find(const Actor &actor, Id id) const;
    // The template a shortcode names for the actor: personal before shared, the channel's own before
    // one for any channel. Case does not matter.
    [[nodiscard]] std::optional<ReplyTemplate> findByShortcode(
        const Actor &actor, const QString &shortcode, std::optional<Channel> channel = std::nullopt) const;

    [[nodiscard]] static bool canEdit(const Actor &actor, const ReplyTemplate &replyTemplate);
    [[nodiscard]] static bool canEditShared(const Actor &actor);

    // Characters a reply on the channel may have (social: a public reply; chat: short messages).
    [[nodiscard]] static std::optional<qsizetype> lengthLimit(std::optional<Channel> channel);
    // The body's length rendered with the editor's sample values: what the channel limit is checked on.
    [[nodiscard]] static qsizetype typicalLength(const QString &body);
    // Trimmed name and category, a lower-case shortcode: the form a template is stored in.
    [[nodiscard]] static ReplyTemplate normalized(ReplyTemplate replyTemplate);

    // Everything that keeps the template (normalized) from being saved; empty when it may be saved. Does
    // not check permissions: create() and update() do, with PermissionDenied.
    [[nodiscard]] QList<TemplateProblem> problemsWith(const ReplyTemplate &replyTemplate) const;

    // ownerId none makes a shared template (team leads only); otherwise it must be the actor's.
    Id create(const Actor &actor, ReplyTemplate replyTemplate);
    void update(const Actor &actor, ReplyTemplate replyTemplate);
    // Templates are never deleted: an archived one leaves every list but stays behind what was sent.
    void archive(const Actor &actor, Id templateId);
    // Counts one use and remembers when.
    void recordUse(const Actor &actor, Id templateId);

    // The values a reply to the customer is rendered with: customer, the actor, the company, today and,
    // when given, the escalation.
    [[nodiscard]] TemplateContext contextFor(
        const Actor &actor, Id customerId, const std::optional<Escalation> &escalation = std::nullopt) const;
    // `filledIn` holds values the agent typed for names that had none.
    [[nodiscard]] ReplyRendering render(const Actor &actor, Id templateId, Id customerId,
        const std::optional<Escalation> &escalation = std::nullopt, const QHash<QString, QString> &filledIn = {}) const;
    [[nodiscard]] static ReplyRendering render(const ReplyTemplate &replyTemplate, const TemplateContext &context);

    // Logs the reply on the customer's timeline (a referral request when the template is one), counts
    // the use, and remembers which template it came from, all in one transaction; returns the entry's id.
    // `articles`: knowledge-base articles that went into it, counted with it (ArticleUse.h).
    Id sendReply(const Actor &actor, const TemplateReply &reply, const QList<ArticleUse> &articles = {});
    // Logs a referral the customer sent our way and links it to their latest referral request.
    ReferralReceipt recordReferralReceived(
        const Actor &actor, Id customerId, const QString &note, Channel channel = Channel::Email);
    // Per referral-request template: requests sent and referrals that followed. Team leads only.
    [[nodiscard]] QList<TemplateReferralCount> referralCounts(const Actor &actor) const;

    // The actor's visible templates as a library file (the format of default-library.json).
    [[nodiscard]] QByteArray exportLibrary(const Actor &actor) const;
    // Adds every template of a library file, or none: a file with any problem changes nothing, and the
    // ServiceError names each bad entry by number and name. Returns how many were added.
    int importLibrary(const Actor &actor, const QByteArray &json, TemplateScope scope);
    // Fills a workspace that has no templates yet with the library shipped in the program; returns how
    // many templates it added (0 when there were templates already).
    int installDefaultLibrary();

signals:
    void changed();

private:
    QList<TemplateProblem> fieldProblems(const ReplyTemplate &replyTemplate) const;
    std::optional<QString> shortcodeClash(const ReplyTemplate &replyTemplate) const;
    ReplyTemplate editableTemplate(const Actor &actor, Id templateId) const;
    void requireMayWrite(const Actor &actor, const std::optional<Id> &ownerId) const;
    // Validates, then inserts every template with its audit record in one transaction.
    int addTemplates(const std::optional<Id> &actorId, const QByteArray &json, const std::optional<Id> &ownerId,
        const QString &auditAction);

    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
