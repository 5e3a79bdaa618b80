// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/AuditSentence.h"

#include "domain/Enums.h"
#include "domain/EscalationStateMachine.h"
#include "domain/QaRubric.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const QString escalationPrefix = u"escalation."_s;

// One entry with its stored states read.
struct Reading
{
    const AuditListEntry &item;
    QJsonObject before;
    QJsonObject after;

    [[nodiscard]] const AuditEntry &entry() const { return item.entry; }
    [[nodiscard]] const AuditNames &names() const { return item.names; }
    [[nodiscard]] QString entityNumber() const
    {
        const std::optional<Id> &id = entry().entityId;
        return id ? QString::number(*id) : QString();
    }
    // A text from the new state, or from the old one when the entry removed it.
    [[nodiscard]] QString text(const QString &key) const
    {
        const QString value = after.value(key).toString();
        return value.isEmpty() ? before.value(key).toString() : value;
    }

    // The number of the conversation the new state names, or nothing.
    [[nodiscard]] QString conversationNumber() const
    {
        const QJsonValue conversation = after.value(u"conversation"_s);
        return conversation.isDouble() ? QString::number(qint64(conversation.toDouble())) : QString();
    }

    [[nodiscard]] QString customer() const
    {
        if (!names().customer.isEmpty())
            return names().customer;
        const QJsonValue id = after.value(u"customer"_s);
        if (id.isDouble())
            return AuditSentence::tr("customer #%1").arg(QString::number(qint64(id.toDouble())));
        if (entry().entity == u"customer"_s && entry().entityId)
            return AuditSentence::tr("customer #%1").arg(entityNumber());
        return AuditSentence::tr("a customer");
    }
    [[nodiscard]] QString agent() const
    {
        if (!names().agent.isEmpty())
            return names().agent;
        if (const QString name = text(u"name"_s); !name.isEmpty() && entry().entity == u"agent"_s)
            return name;
        if (const QString login = text(u"login"_s); !login.isEmpty())
            return login;
        return entry().entity == u"agent"_s && entry().entityId ? AuditSentence::tr("account #%1").arg(entityNumber())
                                                                : AuditSentence::tr("an agent");
    }
    [[nodiscard]] QString articleTitle() const
    {
        if (const QString title = text(u"title"_s); !title.isEmpty())
            return title;
        return u"#"_s + entityNumber();
    }

    [[nodiscard]] QString templateName() const
    {
        if (!names().templateName.isEmpty())
            return names().templateName;
        if (const QString name = text(u"name"_s); !name.isEmpty())
            return name;
        return u"#"_s + entityNumber();
    }
    [[nodiscard]] QString roleName(const QJsonObject &state) const
    {
        const std::optional<Role> role = fromKey<Role>(state.value(u"role"_s).toString());
        return role ? displayName(*role) : state.value(u"role"_s).toString();
    }
    [[nodiscard]] QString severityName(const QJsonObject &state) const
    {
        const std::optional<Severity> severity = fromKey<Severity>(state.value(u"severity"_s).toString());
        return severity ? displayName(*severity) : state.value(u"severity"_s).toString();
    }
};

// "Ada Lovelace: “Refund late”" when there is a subject to quote.
QString withSubject(const QString &sentence, const QString &subject)
{
    return subject.trimmed().isEmpty() ? sentence : AuditSentence::tr("%1: “%2”").arg(sentence, subject.trimmed());
}

QString loggedSentence(const Reading &r)
{
    const QString customer = r.customer();
    const std::optional<InteractionKind> kind = fromKey<InteractionKind>(r.after.value(u"kind"_s).toString());
    QString sentence;
    switch (kind.value_or(InteractionKind::System)) {
    case InteractionKind::Message:
        sentence = AuditSentence::tr("Logged a message for %1").arg(customer);
        break;
    case InteractionKind::Call:
        sentence = AuditSentence::tr("Logged a call with %1").arg(customer);
        break;
    case InteractionKind::Note:
        sentence = AuditSentence::tr("Added a note about %1").arg(customer);
        break;
    case InteractionKind::Feedback:
        sentence = AuditSentence::tr("Logged feedback from %1").arg(customer);
        break;
    case InteractionKind::Complaint:
        sentence = AuditSentence::tr("Logged a complaint for %1").arg(customer);
        break;
    case InteractionKind::Order:
        sentence = AuditSentence::tr("Logged an order for %1").arg(customer);
        break;
    case InteractionKind::Refund:
        sentence = AuditSentence::tr("Logged a refund for %1").arg(customer);
        break;
    case InteractionKind::Escalation:
        sentence = AuditSentence::tr("Logged an escalation entry for %1").arg(customer);
        break;
    case InteractionKind::FollowUp:
        sentence = AuditSentence::tr("Logged a follow-up for %1").arg(customer);
        break;
    case InteractionKind::Referral:
        sentence = AuditSentence::tr("Logged a referral for %1").arg(customer);
        break;
    case InteractionKind::System:
        sentence = AuditSentence::tr("Logged an entry for %1").arg(customer);
        break;
    }
    return withSubject(sentence, r.after.value(u"subject"_s).toString());
}

QString escalationSentence(EscalationAction action, const Reading &r)
{
    const QString number = r.entityNumber();
    const QString customer = r.customer();
    switch (action) {
    case EscalationAction::Escalate:
        return withSubject(AuditSentence::tr("Escalated an issue of %1 as escalation #%2").arg(customer, number),
            r.after.value(u"summary"_s).toString());
    case EscalationAction::Claim:
        return AuditSentence::tr("Claimed escalation #%1 for %2").arg(number, customer);
    case EscalationAction::Start:
        return AuditSentence::tr("Started work on escalation #%1 for %2").arg(number, customer);
    case EscalationAction::AskRep:
        return AuditSentence::tr("Asked the rep for information on escalation #%1 for %2").arg(number, customer);
    case EscalationAction::WaitOnCustomer:
        return AuditSentence::tr("Set escalation #%1 for %2 to wait on the customer").arg(number, customer);
    case EscalationAction::Answer:
        return AuditSentence::tr("Answered the specialist’s question on escalation #%1 for %2").arg(number, customer);
    case EscalationAction::CustomerReplied:
        return AuditSentence::tr("Noted that %2 replied on escalation #%1").arg(number, customer);
    case EscalationAction::Resolve:
        return AuditSentence::tr("Resolved escalation #%1 for %2").arg(number, customer);
    case EscalationAction::HandBack:
        return AuditSentence::tr("Handed escalation #%1 for %2 back to the rep").arg(number, customer);
    case EscalationAction::Close:
        return AuditSentence::tr("Closed escalation #%1 for %2").arg(number, customer);
    case EscalationAction::Reopen:
        return AuditSentence::tr("Reopened escalation #%1 for %2").arg(number, customer);
    case EscalationAction::Reassign:
        return AuditSentence::tr("Reassigned escalation #%1 for %2 to %3").arg(number, customer, r.agent());
    case EscalationAction::ChangeSeverity:
        return AuditSentence::tr("Changed the severity of escalation #%1 for %2 from %3 to %4")
            .arg(number, customer, r.severityName(r.before), r.severityName(r.after));
    case EscalationAction::AddInformation:
        return AuditSentence::tr("Added information to escalation #%1 for %2").arg(number, customer);
    }
    return AuditSentence::generic(r.entry());
}

QString qaSentence(const Reading &r)
{
    double sum = 0;
    int scored = 0;
    for (const QString &key :
        { u"listen"_s, u"empathize"_s, u"apologize"_s, u"solve"_s, u"thank"_s, u"accuracy"_s, u"tone"_s }) {
        if (r.after.value(key).isDouble()) {
            sum += r.after.value(key).toDouble();
            ++scored;
        }
    }
    const QString agent = r.agent();
    const QString customer = r.customer();
    if (scored == 0)
        return AuditSentence::tr("Gave %1 QA feedback on their work with %2").arg(agent, customer);
    return AuditSentence::tr("Gave %1 QA feedback on their work with %2: %3 of %4")
        .arg(agent, customer, QLocale().toString(sum / scored, 'f', 1), QLocale().toString(QaRubric::highest));
}

using Phrase = std::function<QString(const Reading &)>;

// The sentence of every code the app writes; the escalation codes follow EscalationAction.
const QList<std::pair<QString, Phrase>> &phrases()
{
    static const QList<std::pair<QString, Phrase>> table {
        { u"interaction.log"_s, loggedSentence },
        // A correction is a new entry that supersedes the old one; both are audited.
        { u"interaction.correct"_s,
            [](const Reading &r) {
                const QJsonValue corrected = r.after.value(u"corrects"_s);
                const QString sentence = corrected.isDouble()
                    ? AuditSentence::tr("Corrected entry #%1 for %2")
                          .arg(QString::number(qint64(corrected.toDouble())), r.customer())
                    : AuditSentence::tr("Corrected an entry for %1").arg(r.customer());
                return withSubject(sentence, r.after.value(u"subject"_s).toString());
            } },
        { u"interaction.supersede"_s,
            [](const Reading &r) {
                const QJsonValue by = r.after.value(u"superseded_by"_s);
                if (!by.isDouble())
                    return AuditSentence::tr("Marked entry #%1 for %2 as corrected")
                        .arg(r.entityNumber(), r.customer());
                return AuditSentence::tr("Marked entry #%1 for %2 as corrected by entry #%3")
                    .arg(r.entityNumber(), r.customer(), QString::number(qint64(by.toDouble())));
            } },
        { u"customer.update"_s,
            [](const Reading &r) { return AuditSentence::tr("Edited the details of %1").arg(r.customer()); } },
        { u"customer.merge"_s,
            [](const Reading &r) {
                if (r.names().otherCustomer.isEmpty())
                    return AuditSentence::tr("Merged the duplicate %1 into another customer").arg(r.customer());
                return AuditSentence::tr("Merged the duplicate %1 into %2").arg(r.customer(), r.names().otherCustomer);
            } },
        { u"customer.unmerge"_s,
            [](const Reading &r) {
                if (r.names().otherCustomer.isEmpty())
                    return AuditSentence::tr("Took %1 back out of the customer it was merged into").arg(r.customer());
                return AuditSentence::tr("Took %1 back out of %2").arg(r.customer(), r.names().otherCustomer);
            } },
        { u"agent.add"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Added the account of %1 as %2").arg(r.agent(), r.roleName(r.after));
            } },
        { u"agent.enable"_s,
            [](const Reading &r) { return AuditSentence::tr("Enabled the account of %1").arg(r.agent()); } },
        { u"agent.disable"_s,
            [](const Reading &r) { return AuditSentence::tr("Disabled the account of %1").arg(r.agent()); } },
        { u"agent.role"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Changed the role of %1 from %2 to %3")
                    .arg(r.agent(), r.roleName(r.before), r.roleName(r.after));
            } },
        { u"agent.password"_s,
            [](const Reading &r) { return AuditSentence::tr("Changed the password of %1").arg(r.agent()); } },
        { u"mail_account.add"_s,
            [](const Reading &r) { return AuditSentence::tr("Added the mail account %1").arg(r.text(u"name"_s)); } },
        { u"mail_account.update"_s,
            [](const Reading &r) {
                if (r.after.value(u"password_changed"_s).toBool())
                    return AuditSentence::tr("Changed the mail account %1 and its password").arg(r.text(u"name"_s));
                return AuditSentence::tr("Changed the mail account %1").arg(r.text(u"name"_s));
            } },
        { u"mail_account.remove"_s,
            [](const Reading &r) { return AuditSentence::tr("Removed the mail account %1").arg(r.text(u"name"_s)); } },
        { u"records.export"_s,
            [](const Reading &r) {
                const qint64 rows = qint64(r.after.value(u"rows"_s).toDouble());
                if (rows == 1)
                    return AuditSentence::tr("Exported one record to a CSV file");
                return AuditSentence::tr("Exported %1 records to a CSV file").arg(QLocale().toString(rows));
            } },
        { u"follow_up.schedule"_s,
            [](const Reading &r) {
                const QJsonValue due = r.after.value(u"dueAt"_s);
                if (!due.isDouble())
                    return AuditSentence::tr("Scheduled a follow-up with %1").arg(r.customer());
                const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(due.toDouble())).toLocalTime().date();
                return AuditSentence::tr("Scheduled a follow-up with %1 for %2")
                    .arg(r.customer(), QLocale().toString(date, QLocale::ShortFormat));
            } },
        { u"follow_up.complete"_s,
            [](const Reading &r) { return AuditSentence::tr("Completed a follow-up with %1").arg(r.customer()); } },
        { u"template.create"_s,
            [](const Reading &r) { return AuditSentence::tr("Created the template “%1”").arg(r.templateName()); } },
        { u"template.update"_s,
            [](const Reading &r) { return AuditSentence::tr("Edited the template “%1”").arg(r.templateName()); } },
        { u"template.archive"_s,
            [](const Reading &r) { return AuditSentence::tr("Archived the template “%1”").arg(r.templateName()); } },
        { u"template.use"_s,
            [](const Reading &r) { return AuditSentence::tr("Used the template “%1”").arg(r.templateName()); } },
        { u"template.import"_s,
            [](const Reading &r) { return AuditSentence::tr("Imported the template “%1”").arg(r.templateName()); } },
        { u"template.install_default"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Installed the default template “%1”").arg(r.templateName());
            } },
        { u"article.create"_s,
            [](const Reading &r) { return AuditSentence::tr("Drafted the article “%1”").arg(r.articleTitle()); } },
        { u"article.save"_s,
            [](const Reading &r) { return AuditSentence::tr("Saved the draft “%1”").arg(r.articleTitle()); } },
        { u"article.suggest"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Suggested a change to the article “%1”").arg(r.articleTitle());
            } },
        { u"article.publish"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Published version %1 of the article “%2”")
                    .arg(QString::number(r.after.value(u"version"_s).toInt()), r.articleTitle());
            } },
        { u"article.revert"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Published an earlier text of the article “%1” as version %2")
                    .arg(r.articleTitle(), QString::number(r.after.value(u"version"_s).toInt()));
            } },
        { u"article.review"_s,
            [](const Reading &r) { return AuditSentence::tr("Reviewed the article “%1”").arg(r.articleTitle()); } },
        { u"article.archive"_s,
            [](const Reading &r) { return AuditSentence::tr("Archived the article “%1”").arg(r.articleTitle()); } },
        { u"article.restore"_s,
            [](const Reading &r) {
                return fromKey<ArticleState>(r.after.value(u"state"_s).toString()) == ArticleState::Published
                    ? AuditSentence::tr("Restored the archived article “%1”, published again").arg(r.articleTitle())
                    : AuditSentence::tr("Restored the archived article “%1” as a draft").arg(r.articleTitle());
            } },
        { u"article.from_escalation"_s,
            [](const Reading &r) {
                const qint64 escalation = r.after.value(u"from_escalation"_s).toInteger();
                return escalation > 0
                    ? AuditSentence::tr("Drafted the article “%1” from escalation #%2")
                          .arg(r.articleTitle(), QString::number(escalation))
                    : AuditSentence::tr("Drafted the article “%1” from an escalation").arg(r.articleTitle());
            } },
        { u"article.check"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Confirmed that the draft “%1” was checked for customer data")
                    .arg(r.articleTitle());
            } },
        { u"article.install"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Installed the starter article “%1”").arg(r.articleTitle());
            } },
        { u"kb.publish_site"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Published the self-service site with %n article(s) to %1", nullptr,
                    r.after.value(u"articles"_s).toInt())
                    .arg(r.text(u"folder"_s));
            } },
        { u"kb.site_settings"_s,
            [](const Reading &) {
                return AuditSentence::tr("Changed the self-service site's name, colour or address");
            } },
        { u"complaint_cause.add"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Added the complaint cause “%1”").arg(r.after.value(u"name"_s).toString());
            } },
        { u"qa.review"_s, qaSentence },
        { u"customer.create"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Added %1 as a customer when their first message arrived").arg(r.customer());
            } },
        { u"escalation.attach_message_file"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Attached the customer's file “%1” to escalation #%2")
                    .arg(r.text(u"file"_s), r.entityNumber());
            } },
        { u"conversation.receive"_s,
            [](const Reading &r) {
                return withSubject(AuditSentence::tr("Received a message from %1 in conversation #%2")
                                       .arg(r.customer(), r.entityNumber()),
                    r.after.value(u"subject"_s).toString());
            } },
        { u"conversation.reply"_s,
            [](const Reading &r) {
                return withSubject(
                    AuditSentence::tr("Replied to %1 in conversation #%2").arg(r.customer(), r.entityNumber()),
                    r.after.value(u"subject"_s).toString());
            } },
        { u"conversation.assign"_s,
            [](const Reading &r) {
                const QString assignee = r.after.value(u"assignee_name"_s).toString();
                if (assignee.isEmpty())
                    return AuditSentence::tr("Unassigned conversation #%1 with %2").arg(r.entityNumber(), r.customer());
                return AuditSentence::tr("Assigned conversation #%1 with %2 to %3")
                    .arg(r.entityNumber(), r.customer(), assignee);
            } },
        { u"conversation.snooze"_s,
            [](const Reading &r) {
                const QJsonValue until = r.after.value(u"snoozed_until"_s);
                if (!until.isDouble())
                    return AuditSentence::tr("Snoozed conversation #%1 with %2").arg(r.entityNumber(), r.customer());
                const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(until.toDouble())).toLocalTime();
                return AuditSentence::tr("Snoozed conversation #%1 with %2 until %3")
                    .arg(r.entityNumber(), r.customer(), QLocale().toString(time, QLocale::ShortFormat));
            } },
        { u"conversation.close"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Closed conversation #%1 with %2").arg(r.entityNumber(), r.customer());
            } },
        { u"conversation.reopen"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Reopened conversation #%1 with %2").arg(r.entityNumber(), r.customer());
            } },
        { u"conversation.wake"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Conversation #%1 with %2 came back from snoozing")
                    .arg(r.entityNumber(), r.customer());
            } },
        { u"conversation.priority"_s,
            [](const Reading &r) {
                const std::optional<ConversationPriority> priority
                    = fromKey<ConversationPriority>(r.after.value(u"priority"_s).toString());
                return AuditSentence::tr("Set the priority of conversation #%1 with %2 to %3")
                    .arg(r.entityNumber(), r.customer(),
                        priority ? displayName(*priority) : r.after.value(u"priority"_s).toString());
            } },
        { u"conversation.queue"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Moved conversation #%1 with %2 to the queue “%3”")
                    .arg(r.entityNumber(), r.customer(), r.after.value(u"queue_name"_s).toString());
            } },
        { u"conversation.tag"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Tagged conversation #%1 with %2 “%3”")
                    .arg(r.entityNumber(), r.customer(), r.after.value(u"tag"_s).toString());
            } },
        { u"conversation.untag"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Removed the tag “%3” from conversation #%1 with %2")
                    .arg(r.entityNumber(), r.customer(), r.after.value(u"tag"_s).toString());
            } },
        { u"customer.bounce"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Mail to %1 of %2 bounced; the address is marked as failing")
                    .arg(r.after.value(u"address"_s).toString(), r.customer());
            } },
        { u"queue.survey"_s,
            [](const Reading &r) {
                const std::optional<SurveyKind> survey = fromKey<SurveyKind>(r.after.value(u"survey"_s).toString());
                if (!survey)
                    return AuditSentence::tr("The queue “%1” sends no survey when a conversation closes")
                        .arg(r.after.value(u"name"_s).toString());
                return AuditSentence::tr("The queue “%1” sends a %2 survey when a conversation closes")
                    .arg(r.after.value(u"name"_s).toString(), displayName(*survey));
            } },
        { u"outbox.retry"_s,
            [](const Reading &r) {
                return AuditSentence::tr("Queued a failed reply in conversation #%1 to be sent again")
                    .arg(r.conversationNumber());
            } },
        { u"outbox.mark_sent"_s,
            [](const Reading &r) {
                return AuditSentence::tr(
                    "Recorded a reply in conversation #%1 that may have reached the customer as sent")
                    .arg(r.conversationNumber());
            } },
        { u"outbox.send_again"_s,
            [](const Reading &r) {
                return AuditSentence::tr(
                    "Queued a reply in conversation #%1 that may have reached the customer to be sent again")
                    .arg(r.conversationNumber());
            } },
        { u"workspace.demo"_s,
            [](const Reading &) { return AuditSentence::tr("Filled the workspace with demo data"); } },
        { u"workspace.copy"_s,
            [](const Reading &r) {
                const qint64 records = qint64(r.after.value(u"records"_s).toDouble());
                if (records == 1)
                    return AuditSentence::tr("Copied one record into this workspace");
                return AuditSentence::tr("Copied %1 records into this workspace").arg(QLocale().toString(records));
            } },
    };
    return table;
}

QJsonObject objectOf(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QStringList AuditSentence::knownActions()
{
    QStringList actions;
    for (const auto &[action, phrase] : phrases())
        actions.append(action);
    for (const EscalationAction action : allValues<EscalationAction>())
        actions.append(escalationPrefix + keyOf(action));
    return actions;
}

bool AuditSentence::isKnown(const QString &action)
{
    return knownActions().contains(action);
}

QString AuditSentence::of(const AuditListEntry &item)
{
    const Reading reading { item, objectOf(item.entry.before), objectOf(item.entry.after) };
    const QString &action = item.entry.action;
    if (action.startsWith(escalationPrefix)) {
        if (const std::optional<EscalationAction> escalation
            = fromKey<EscalationAction>(action.mid(escalationPrefix.size())))
            return escalationSentence(*escalation, reading);
    }
    for (const auto &[known, phrase] : phrases()) {
        if (known == action)
            return phrase(reading);
    }
    return generic(item.entry);
}

QString AuditSentence::generic(const AuditEntry &entry)
{
    const QString what = QString(entry.action).replace(u'_', u' ').replace(u'.', u' ');
    if (entry.entityId)
        return tr("Recorded “%1” on %2 #%3").arg(what, entry.entity, QString::number(*entry.entityId));
    if (!entry.entity.isEmpty())
        return tr("Recorded “%1” on %2").arg(what, entry.entity);
    return tr("Recorded “%1”").arg(what);
}

} // namespace tandem
