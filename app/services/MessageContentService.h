// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/MessageAttachment.h"
#include "domain/Records.h"
#include "services/Actor.h"
#include "services/mail/HtmlSanitizer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace tandem {

class Workspace;

// What customers' messages carried besides their text: the HTML, only ever handed out sanitised, and the
// files, listed with their messages, read on request (never opened for anyone) and linked to escalations.
//
// Every agent reads every conversation, so everyone reads its files. A file is attached to an escalation
// made from the file's conversation, while the escalation is not closed, by service reps and team leads (who
// escalate) and by the specialist it is assigned to. A read-only workspace refuses.
class MessageContentService
{
    Q_DECLARE_TR_FUNCTIONS(tandem::MessageContentService)

public:
    MessageContentService(Workspace &workspace, const Clock &clock);
    ~MessageContentService();

    [[nodiscard]] QSet<Id> withHtml(const QList<Id> &interactionIds) const;
    // The message's HTML through the sanitiser; none when it came without.
    [[nodiscard]] std::optional<SanitizedHtml> safeHtml(Id interactionId) const;
    [[nodiscard]] QHash<Id, QList<MessageAttachment>> attachments(const QList<Id> &interactionIds) const;
    [[nodiscard]] std::optional<MessageAttachment> attachment(Id attachmentId) const;
    // The file's bytes; throws ServiceError for a file that was refused or is gone.
    [[nodiscard]] QByteArray content(Id attachmentId) const;
    // A text file as text (for the highlighting viewer); throws ServiceError for other kinds.
    [[nodiscard]] QString text(Id attachmentId) const;

    // Why the actor may not attach the file to the escalation; none when they may.
    [[nodiscard]] std::optional<QString> attachRefusal(
        const Actor &actor, const MessageAttachment &attachment, Id escalationId) const;
    // Links the file to the escalation (audited); linking it twice changes nothing. Throws PermissionDenied
    // or ServiceError with the reason attachRefusal gives.
    void attachToEscalation(const Actor &actor, Id attachmentId, Id escalationId);
    [[nodiscard]] QList<MessageAttachment> escalationAttachments(Id escalationId) const;

private:
    Workspace &m_workspace;
    const Clock &m_clock;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
