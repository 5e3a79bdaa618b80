// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/ReferralRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {

void ReferralRepository::markSentFromTemplate(Id interactionId, Id templateId)
{
    Query::run(m_workspace.database(), u"UPDATE interactions SET template_id = ? WHERE id = ?"_s,
        { templateId, interactionId });
}

std::optional<Id> ReferralRepository::latestRequest(Id customerId, Millis notAfter) const
{
    const QVariant id = Query::scalar(m_workspace.database(),
        u"SELECT id FROM interactions WHERE customer_id = ? AND kind = ? AND direction = ?"
        " AND occurred_at <= ? ORDER BY occurred_at DESC, id DESC LIMIT 1"_s,
        { customerId, keyOf(InteractionKind::Referral), keyOf(Direction::Outbound), notAfter });
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

void ReferralRepository::linkReceived(Id receivedInteractionId, Id requestInteractionId)
{
    Query::run(m_workspace.database(), u"UPDATE interactions SET referral_request_id = ? WHERE id = ?"_s,
        { requestInteractionId, receivedInteractionId });
}

std::optional<Id> ReferralRepository::requestFor(Id receivedInteractionId) const
{
    const QVariant id = Query::scalar(m_workspace.database(),
        u"SELECT referral_request_id FROM interactions WHERE id = ?"_s, { receivedInteractionId });
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

std::optional<Id> ReferralRepository::templateOf(Id interactionId) const
{
    const QVariant id = Query::scalar(
        m_workspace.database(), u"SELECT template_id FROM interactions WHERE id = ?"_s, { interactionId });
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

QList<TemplateReferralCount> ReferralRepository::countsByTemplate() const
{
    // Both counts walk the template_id and referral_request_id indexes; referral templates are few.
    Query query(m_workspace.database(),
        u"SELECT t.id, t.name, t.shortcode, t.channel, t.archived_at,"
        " (SELECT count(*) FROM interactions request WHERE request.template_id = t.id AND request.kind = ?"
        " AND request.direction = ?),"
        " (SELECT count(*) FROM interactions request JOIN interactions received"
        " ON received.referral_request_id = request.id WHERE request.template_id = t.id AND request.kind = ?"
        " AND request.direction = ?)"
        " FROM templates t WHERE t.referral <> 0 ORDER BY t.name, t.id"_s,
        { keyOf(InteractionKind::Referral), keyOf(Direction::Outbound), keyOf(InteractionKind::Referral),
            keyOf(Direction::Outbound) });
    QList<TemplateReferralCount> counts;
    while (query.next()) {
        TemplateReferralCount count;
        count.templateId = query.value(0).toLongLong();
        count.name = query.value(1).toString();
        count.shortcode = query.value(2).toString();
        if (!query.value(3).isNull())
            count.channel = fromKey<Channel>(query.value(3).toString());
        count.archived = !query.value(4).isNull();
        count.requestsSent = query.value(5).toLongLong();
        count.referralsReceived = query.value(6).toLongLong();
        counts.append(count);
    }
    return counts;
}

} // namespace tandem
