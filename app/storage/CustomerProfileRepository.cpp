// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/CustomerProfileRepository.h"

#include "storage/CustomerRepository.h"
#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

std::optional<Millis> optionalMillis(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Millis>(value.toLongLong());
}

} // namespace

CustomerProfile CustomerProfileRepository::profile(Id customerId, Millis now) const
{
    const QSqlDatabase db = m_workspace.database();
    CustomerProfile profile;
    profile.customerId = customerId;

    Query contacts(db,
        u"SELECT count(*), min(CASE WHEN channel <> 'internal' THEN occurred_at END),"
        " max(CASE WHEN channel <> 'internal' THEN occurred_at END)"
        " FROM interactions WHERE customer_id = ?"_s,
        { customerId });
    if (contacts.next()) {
        profile.interactions = contacts.value(0).toLongLong();
        profile.firstContactAt = optionalMillis(contacts.value(1));
        profile.lastContactAt = optionalMillis(contacts.value(2));
    }

    Query money(db,
        u"SELECT kind, COALESCE(currency, ''), count(*), COALESCE(sum(abs(amount_cents)), 0)"
        " FROM interactions WHERE customer_id = ? AND kind IN ('order', 'refund')"
        " GROUP BY kind, COALESCE(currency, '')"_s,
        { customerId });
    while (money.next()) {
        const bool order = money.value(0).toString() == keyOf(InteractionKind::Order);
        const MoneyTotal total { money.value(1).toString(), money.value(2).toLongLong(), money.value(3).toLongLong() };
        (order ? profile.orders : profile.refunds) += total.count;
        (order ? profile.orderTotals : profile.refundTotals).append(total);
    }
    const auto byCount = [](const MoneyTotal &a, const MoneyTotal &b) {
        return a.count != b.count ? a.count > b.count : a.currency < b.currency;
    };
    std::sort(profile.orderTotals.begin(), profile.orderTotals.end(), byCount);
    std::sort(profile.refundTotals.begin(), profile.refundTotals.end(), byCount);

    for (const SurveyKind kind : allValues<SurveyKind>()) {
        Query survey(db,
            u"SELECT score, comment, answered_at FROM survey_responses"
            " WHERE customer_id = ? AND kind = ? ORDER BY answered_at DESC, id DESC LIMIT 1"_s,
            { customerId, keyOf(kind) });
        if (!survey.next())
            continue;
        const SurveyAnswer answer { kind, survey.value(0).toInt(), survey.value(1).toString(),
            survey.value(2).toLongLong() };
        (kind == SurveyKind::Csat         ? profile.lastCsat
                : kind == SurveyKind::Nps ? profile.lastNps
                                          : profile.lastCes)
            = answer;
    }

    profile.openEscalations
        = Query::scalar(db, u"SELECT count(*) FROM escalations WHERE customer_id = ? AND state <> ?"_s,
            { customerId, keyOf(EscalationState::Closed) })
              .toLongLong();
    Query followUps(db,
        u"SELECT count(*), COALESCE(sum(CASE WHEN due_at < ? THEN 1 ELSE 0 END), 0)"
        " FROM follow_ups WHERE customer_id = ? AND done_at IS NULL"_s,
        { now, customerId });
    if (followUps.next()) {
        profile.openFollowUps = followUps.value(0).toLongLong();
        profile.overdueFollowUps = followUps.value(1).toLongLong();
    }
    Query duplicates(db,
        u"SELECT id, first_name, last_name FROM customers WHERE merged_into = ?"
        " ORDER BY id LIMIT 100"_s,
        { customerId });
    while (duplicates.next()) {
        Customer duplicate;
        duplicate.firstName = duplicates.value(1).toString();
        duplicate.lastName = duplicates.value(2).toString();
        profile.mergedDuplicates.append({ duplicates.value(0).toLongLong(), duplicate.displayName() });
    }
    return profile;
}

bool CustomerProfileRepository::updateDetails(const Customer &customer, Millis expectedUpdatedAt)
{
    const QSqlDatabase db = m_workspace.database();
    Query update(db,
        u"UPDATE customers SET first_name = ?, last_name = ?, sort_name = ?, email = ?, phone = ?,"
        " company = ?, search_text = ?, tier = ?, lifecycle = ?, updated_at = ?"
        " WHERE id = ? AND updated_at = ?"_s,
        { customer.firstName, customer.lastName, CustomerRepository::sortNameOf(customer), customer.email,
            customer.phone, customer.company, CustomerRepository::searchTextOf(customer), keyOf(customer.tier),
            keyOf(customer.lifecycle), customer.updatedAt, customer.id, expectedUpdatedAt });
    if (update.rowsAffected() != 1)
        return false;

    QSet<QString> stored;
    Query tags(db, u"SELECT tag FROM customer_tags WHERE customer_id = ?"_s, { customer.id });
    while (tags.next())
        stored.insert(tags.value(0).toString());
    const QSet<QString> wanted(customer.tags.cbegin(), customer.tags.cend());
    for (const QString &tag : stored - wanted)
        Query::run(db, u"DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?"_s, { customer.id, tag });
    for (const QString &tag : wanted - stored)
        Query::run(db, u"INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
            { customer.id, tag });
    return true;
}

} // namespace tandem
