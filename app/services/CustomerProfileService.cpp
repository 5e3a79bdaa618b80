// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/CustomerProfileService.h"

#include "services/ServiceError.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerMergeRepository.h"
#include "storage/CustomerProfileRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QJsonObject detailsJson(const Customer &customer)
{
    return { { u"firstName"_s, customer.firstName }, { u"lastName"_s, customer.lastName },
        { u"email"_s, customer.email }, { u"phone"_s, customer.phone }, { u"company"_s, customer.company },
        { u"tier"_s, keyOf(customer.tier) }, { u"lifecycle"_s, keyOf(customer.lifecycle) },
        { u"tags"_s, QJsonArray::fromStringList(customer.tags) } };
}

bool isOneLine(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.category() == QChar::Other_Control; });
}

QString customerLabel(const Customer &customer)
{
    return u"%1 (#%2)"_s.arg(customer.displayName()).arg(customer.id);
}

// "12 interactions, 1 survey answer, …" for a timeline entry; nothing moved says so.
QString movedSummary(const CustomerMergeRecord &moved)
{
    QStringList parts;
    const auto add = [&parts](qsizetype count, const QString &text) {
        if (count > 0)
            parts.append(text);
    };
    add(moved.interactions.size(),
        CustomerProfileService::tr("%n interaction(s)", nullptr, int(moved.interactions.size())));
    add(moved.surveyResponses.size(),
        CustomerProfileService::tr("%n survey answer(s)", nullptr, int(moved.surveyResponses.size())));
    add(moved.followUps.size(), CustomerProfileService::tr("%n follow-up(s)", nullptr, int(moved.followUps.size())));
    add(moved.escalations.size(),
        CustomerProfileService::tr("%n escalation(s)", nullptr, int(moved.escalations.size())));
    add(moved.contacts.size(), CustomerProfileService::tr("%n contact(s)", nullptr, int(moved.contacts.size())));
    add(moved.tagsAdded.size(), CustomerProfileService::tr("tags: %1").arg(moved.tagsAdded.join(u", "_s)));
    return parts.isEmpty() ? CustomerProfileService::tr("Nothing to move.") : parts.join(u", "_s);
}

Interaction systemEntry(const Actor &actor, Id customerId, const QString &subject, const QString &body, Millis now)
{
    Interaction entry;
    entry.customerId = customerId;
    entry.agentId = actor.agentId;
    entry.channel = Channel::Internal;
    entry.direction = Direction::Internal;
    entry.kind = InteractionKind::System;
    entry.subject = subject;
    entry.body = body;
    entry.occurredAt = now;
    return entry;
}

} // namespace

struct CustomerProfileService::Private
{
    explicit Private(Workspace &workspace)
        : customers(workspace), profiles(workspace), merges(workspace), interactions(workspace)
    { }

    CustomerRepository customers;
    CustomerProfileRepository profiles;
    CustomerMergeRepository merges;
    InteractionRepository interactions;
};

CustomerProfileService::CustomerProfileService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &CustomerProfileService::changed);
}

CustomerProfileService::~CustomerProfileService() = default;

Customer CustomerProfileService::existingCustomer(Id customerId) const
{
    const std::optional<Customer> customer = d->customers.find(customerId);
    if (!customer)
        throw ServiceError(tr("There is no customer #%1.").arg(customerId));
    return *customer;
}

CustomerProfile CustomerProfileService::profile(Id customerId) const
{
    existingCustomer(customerId);
    return d->profiles.profile(customerId, m_clock.now());
}

Customer CustomerProfileService::normalized(Customer customer)
{
    customer.firstName = customer.firstName.trimmed();
    customer.lastName = customer.lastName.trimmed();
    customer.email = customer.email.trimmed();
    customer.phone = customer.phone.trimmed();
    customer.company = customer.company.trimmed();
    QStringList tags;
    for (const QString &tag : std::as_const(customer.tags)) {
        const QString trimmed = tag.simplified();
        const bool known = std::any_of(tags.cbegin(), tags.cend(),
            [&trimmed](const QString &other) { return other.compare(trimmed, Qt::CaseInsensitive) == 0; });
        if (!trimmed.isEmpty() && !known)
            tags.append(trimmed);
    }
    tags.sort(Qt::CaseInsensitive);
    customer.tags = tags;
    return customer;
}

bool CustomerProfileService::isPlausibleEmail(const QString &email)
{
    // The shape only (someone@somewhere.tld); whether the mailbox exists is for the mail server to say.
    static const QRegularExpression shape(uR"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"_s);
    return email.size() <= 254 && shape.match(email).hasMatch();
}

QList<CustomerProblem> CustomerProfileService::problemsWith(const Customer &customer)
{
    using Field = CustomerProblem::Field;
    QList<CustomerProblem> problems;
    if (customer.firstName.isEmpty() && customer.lastName.isEmpty())
        problems.append({ Field::Name, tr("Give the customer a name.") });
    const auto checkLength = [&problems](Field field, const QString &text) {
        if (text.size() > maxFieldLength)
            problems.append({ field, tr("Keep it under %1 characters.").arg(maxFieldLength) });
        else if (!isOneLine(text))
            problems.append({ field, tr("Write it on one line.") });
    };
    checkLength(Field::Name, customer.firstName);
    checkLength(Field::Name, customer.lastName);
    checkLength(Field::Company, customer.company);
    if (!customer.email.isEmpty() && !isPlausibleEmail(customer.email))
        problems.append({ Field::Email,
            tr("“%1” does not look like an e-mail address (name@example.com).").arg(customer.email.left(80)) });
    static const QRegularExpression phoneShape(
        uR"(^\+?[0-9 ()./\-]+( *(x|ext\.?) *[0-9]+)?$)"_s, QRegularExpression::CaseInsensitiveOption);
    const qsizetype digits
        = std::count_if(customer.phone.cbegin(), customer.phone.cend(), [](QChar ch) { return ch.isDigit(); });
    if (!customer.phone.isEmpty()
        && (customer.phone.size() > 40 || digits < 3 || !phoneShape.match(customer.phone).hasMatch()))
        problems.append({ Field::Phone,
            tr("A phone number has digits and may have +, spaces, brackets, dashes and "
               "an extension (x12).") });
    if (customer.tags.size() > maxTags)
        problems.append({ Field::Tags, tr("A customer can have at most %1 tags.").arg(maxTags) });
    for (const QString &tag : customer.tags) {
        if (tag.size() > maxTagLength || tag.contains(u',') || !isOneLine(tag)) {
            problems.append({ Field::Tags,
                tr("A tag is one short phrase of at most %1 characters, without commas.").arg(maxTagLength) });
            break;
        }
    }
    return problems;
}

Customer CustomerProfileService::updateDetails(const Actor &actor, const Customer &edited)
{
    Customer before = existingCustomer(edited.id);
    if (before.mergedInto) {
        throw ServiceError(tr("%1 was merged into customer #%2; edit that customer instead.")
                .arg(before.displayName())
                .arg(*before.mergedInto));
    }
    const Customer wanted = normalized(edited);
    const QList<CustomerProblem> problems = problemsWith(wanted);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const CustomerProblem &problem : problems)
            messages.append(problem.message);
        throw ServiceError(messages.join(u' '));
    }
    if (before.updatedAt != edited.updatedAt) {
        throw ServiceError(tr("Someone else changed %1 in the meantime. Look at the details again and retry.")
                .arg(before.displayName()));
    }

    Customer after = before;
    after.firstName = wanted.firstName;
    after.lastName = wanted.lastName;
    after.email = wanted.email;
    after.phone = wanted.phone;
    after.company = wanted.company;
    after.tier = wanted.tier;
    after.lifecycle = wanted.lifecycle;
    after.tags = wanted.tags;
    const QJsonObject beforeJson = detailsJson(before);
    const QJsonObject afterJson = detailsJson(after);
    if (beforeJson == afterJson)
        return before;

    const Millis now = m_clock.now();
    // The version must move even when two saves fall on the same millisecond.
    after.updatedAt = std::max(now, before.updatedAt + 1);
    Transaction transaction(m_workspace.database());
    if (!d->profiles.updateDetails(after, before.updatedAt)) {
        throw ServiceError(tr("Someone else changed %1 in the meantime. Look at the details again and retry.")
                .arg(before.displayName()));
    }
    AuditRecord(u"customer.update"_s, u"customer"_s, after.id)
        .at(now)
        .by(actor.agentId)
        .before(beforeJson)
        .after(afterJson)
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return existingCustomer(after.id);
}

CustomerMergePreview CustomerProfileService::mergePreview(Id keepId, Id duplicateId) const
{
    existingCustomer(keepId);
    existingCustomer(duplicateId);
    return d->merges.preview(duplicateId, keepId);
}

CustomerMergeResult CustomerProfileService::mergeCustomers(const Actor &actor, Id keepId, Id duplicateId)
{
    if (keepId == duplicateId)
        throw ServiceError(tr("A customer cannot be merged into itself."));
    const Customer kept = existingCustomer(keepId);
    const Customer duplicate = existingCustomer(duplicateId);
    if (duplicate.mergedInto) {
        throw ServiceError(
            tr("%1 was already merged into customer #%2.").arg(duplicate.displayName()).arg(*duplicate.mergedInto));
    }
    if (kept.mergedInto) {
        throw ServiceError(tr("%1 was merged into customer #%2 itself; merge into that customer instead.")
                .arg(kept.displayName())
                .arg(*kept.mergedInto));
    }

    const Millis now = m_clock.now();
    CustomerMergeResult result;
    Transaction transaction(m_workspace.database());
    result.moved = d->merges.moveRecords(duplicateId, keepId);
    d->merges.setMergedInto(duplicateId, keepId, now);
    result.timelineEntryId = d->interactions.insert(
        systemEntry(actor, keepId, tr("Merged the duplicate %1 into this customer").arg(customerLabel(duplicate)),
            tr("%1 merged %2 into %3. Moved: %4.")
                .arg(actor.name, customerLabel(duplicate), customerLabel(kept), movedSummary(result.moved)),
            now),
        now);
    QJsonObject after = result.moved.toJson();
    after.insert(u"mergedInto"_s, keepId);
    after.insert(u"timelineEntry"_s, result.timelineEntryId);
    const QJsonObject before { { u"mergedInto"_s, QJsonValue::Null }, { u"name"_s, duplicate.displayName() } };
    result.auditEntryId
        = AuditRecord(QString::fromUtf16(CustomerMergeRepository::mergeAction), u"customer"_s, duplicateId)
              .at(now)
              .by(actor.agentId)
              .before(before)
              .after(after)
              .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return result;
}

CustomerMergeResult CustomerProfileService::unmergeCustomer(const Actor &actor, Id mergedId)
{
    const Customer merged = existingCustomer(mergedId);
    if (!merged.mergedInto)
        throw ServiceError(tr("%1 is not merged into another customer.").arg(merged.displayName()));
    const std::optional<std::pair<Id, CustomerMergeRecord>> merge = d->merges.latestMerge(mergedId);
    if (!merge || merge->second.keptId != *merged.mergedInto) {
        throw ServiceError(tr("The audit trail has no record of how %1 was merged, so the merge cannot be undone here.")
                .arg(merged.displayName()));
    }
    const Customer kept = existingCustomer(*merged.mergedInto);
    if (kept.mergedInto) {
        throw ServiceError(tr("%1 was merged into customer #%2 since; separate those two first.")
                .arg(kept.displayName())
                .arg(*kept.mergedInto));
    }

    const Millis now = m_clock.now();
    CustomerMergeResult result;
    Transaction transaction(m_workspace.database());
    result.moved = d->merges.moveBack(merge->second);
    d->merges.setMergedInto(mergedId, std::nullopt, now);
    const QString summary = movedSummary(result.moved);
    result.timelineEntryId = d->interactions.insert(
        systemEntry(actor, kept.id, tr("Separated %1 from this customer again").arg(customerLabel(merged)),
            tr("%1 undid the merge of %2 into %3. Moved back: %4.")
                .arg(actor.name, customerLabel(merged), customerLabel(kept), summary),
            now),
        now);
    const Id restoredEntry
        = d->interactions.insert(systemEntry(actor, mergedId, tr("Separated from %1 again").arg(customerLabel(kept)),
                                     tr("%1 undid the merge of %2 into %3. Moved back: %4.")
                                         .arg(actor.name, customerLabel(merged), customerLabel(kept), summary),
                                     now),
            now);
    QJsonObject after = result.moved.toJson();
    after.insert(u"mergedInto"_s, QJsonValue::Null);
    after.insert(u"mergeEntry"_s, merge->first);
    after.insert(u"timelineEntries"_s, QJsonArray { result.timelineEntryId, restoredEntry });
    const QJsonObject before { { u"mergedInto"_s, kept.id } };
    result.auditEntryId
        = AuditRecord(QString::fromUtf16(CustomerMergeRepository::unmergeAction), u"customer"_s, mergedId)
              .at(now)
              .by(actor.agentId)
              .before(before)
              .after(after)
              .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return result;
}

} // namespace tandem
