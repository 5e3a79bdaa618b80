// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/TemplateUse.h"

#include "storage/AuditRecord.h"
#include "storage/ReferralRepository.h"
#include "storage/TemplateRepository.h"

using namespace Qt::StringLiterals;

namespace tandem {

std::optional<ReplyTemplate> usableTemplate(Workspace &workspace, const Actor &actor, Id templateId)
{
    std::optional<ReplyTemplate> found = TemplateRepository(workspace).find(templateId);
    if (found && found->ownerId && *found->ownerId != actor.agentId)
        return std::nullopt;
    return found;
}

InteractionKind replyKindOf(const ReplyTemplate &replyTemplate)
{
    return replyTemplate.referralRequest ? InteractionKind::Referral : InteractionKind::Message;
}

bool recordTemplateUse(
    Workspace &workspace, const Actor &actor, const ReplyTemplate &replyTemplate, Id interactionId, Millis now)
{
    ReferralRepository(workspace).markSentFromTemplate(interactionId, replyTemplate.id);
    if (!TemplateRepository(workspace).recordUse(replyTemplate.id, now))
        return false;
    AuditRecord(u"template.use"_s, u"template"_s, replyTemplate.id)
        .at(now)
        .by(actor.agentId)
        .after({ { u"interaction"_s, interactionId } })
        .appendTo(workspace);
    return true;
}

} // namespace tandem
