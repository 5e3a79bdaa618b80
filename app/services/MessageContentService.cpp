// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/MessageContentService.h"

#include "services/ServiceError.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/EscalationRepository.h"
#include "storage/MessageContentRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace tandem {

struct MessageContentService::Private
{
    explicit Private(Workspace &workspace) : content(workspace), escalations(workspace) { }

    MessageContentRepository content;
    EscalationRepository escalations;
};

MessageContentService::MessageContentService(Workspace &workspace, const Clock &clock)
    : m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{ }

MessageContentService::~MessageContentService() = default;

QSet<Id> MessageContentService::withHtml(const QList<Id> &interactionIds) const
{
    return d->content.withHtml(interactionIds);
}

std::optional<SanitizedHtml> MessageContentService::safeHtml(Id interactionId) const
{
    const std::optional<QString> html = d->content.html(interactionId);
    if (!html)
        return std::nullopt;
    return HtmlSanitizer::sanitize(*html);
}

QHash<Id, QList<MessageAttachment>> MessageContentService::attachments(const QList<Id> &interactionIds) const
{
    return d->content.attachments(interactionIds);
}

std::optional<MessageAttachment> MessageContentService::attachment(Id attachmentId) const
{
    return d->content.attachment(attachmentId);
}

QByteArray MessageContentService::content(Id attachmentId) const
{
    const std::optional<MessageAttachment> attachment = d->content.attachment(attachmentId);
    if (!attachment)
        throw ServiceError(tr("That file does not exist (any more)."));
    if (!attachment->isStored())
        throw ServiceError(attachment->refusal());
    std::optional<QByteArray> bytes = d->content.content(attachment->sha256);
    if (!bytes)
        throw ServiceError(tr("The content of %1 is missing from the workspace.").arg(attachment->fileName));
    return *std::move(bytes);
}

QString MessageContentService::text(Id attachmentId) const
{
    const std::optional<MessageAttachment> attachment = d->content.attachment(attachmentId);
    if (attachment && AttachmentRules::kindOf(attachment->fileName, attachment->mimeType) != AttachmentKind::Text)
        throw ServiceError(
            tr("%1 is no text file; save it and open it with a program you trust.").arg(attachment->fileName));
    const QByteArray bytes = content(attachmentId);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Logs from older systems: Latin-1 shows every byte as something.
        text = QString::fromLatin1(bytes);
    }
    return text;
}

namespace {

bool mayAttach(const Actor &actor, const Escalation &escalation)
{
    return actor.role == Role::TeamLead || actor.role == Role::ServiceRep
        || (actor.role == Role::SupportSpecialist && escalation.assignedTo == actor.agentId);
}

} // namespace

std::optional<QString> MessageContentService::attachRefusal(
    const Actor &actor, const MessageAttachment &attachment, Id escalationId) const
{
    if (m_workspace.isReadOnly())
        return tr("This workspace is open read-only; files cannot be attached in it.");
    const std::optional<EscalationListItem> item = d->escalations.find(escalationId);
    if (!item)
        return tr("There is no escalation #%1.").arg(escalationId);
    const Escalation &escalation = item->escalation;
    if (!attachment.isStored())
        return tr("%1 was not kept, so it cannot be attached.").arg(attachment.fileName);
    if (!attachment.conversationId || d->escalations.conversationOf(escalationId) != attachment.conversationId)
        return tr("Escalation #%1 was not made from the conversation this file came in.").arg(escalationId);
    if (escalation.state == EscalationState::Closed)
        return tr("Escalation #%1 is closed; reopen it before attaching files.").arg(escalationId);
    if (!mayAttach(actor, escalation))
        return tr("Only the specialist working on escalation #%1, service reps and team leads attach files to it.")
            .arg(escalationId);
    return std::nullopt;
}

void MessageContentService::attachToEscalation(const Actor &actor, Id attachmentId, Id escalationId)
{
    if (m_workspace.isReadOnly())
        throw PermissionDenied(tr("This workspace is open read-only; files cannot be attached in it."));
    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    const std::optional<MessageAttachment> attachment = d->content.attachment(attachmentId);
    if (!attachment)
        throw ServiceError(tr("That file does not exist (any more)."));
    if (const std::optional<QString> refusal = attachRefusal(actor, *attachment, escalationId)) {
        const std::optional<EscalationListItem> item = d->escalations.find(escalationId);
        if (item && !mayAttach(actor, item->escalation))
            throw PermissionDenied(*refusal);
        throw ServiceError(*refusal);
    }
    if (!d->content.link(escalationId, attachmentId, actor.agentId, now))
        return;
    AuditRecord(u"escalation.attach_message_file"_s, u"escalation"_s, escalationId)
        .at(now)
        .by(actor.agentId)
        .after({ { u"file"_s, attachment->fileName }, { u"attachment"_s, attachmentId },
            { u"interaction"_s, attachment->interactionId } })
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

QList<MessageAttachment> MessageContentService::escalationAttachments(Id escalationId) const
{
    return d->content.linkedTo(escalationId);
}

} // namespace tandem
