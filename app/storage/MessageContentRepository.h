// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MessageAttachment.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

// The tables message_html, attachment_contents, message_attachments and escalation_message_attachments:
// what a message carried besides its text, and the files escalations link.
class MessageContentRepository
{
public:
    explicit MessageContentRepository(Workspace &workspace) : m_workspace(workspace) { }

    // Keeps a message's HTML and files (call inside the transaction that records the message). A file's
    // content is written only when no message brought the same bytes before; a refused file keeps none.
    void store(Id interactionId, const QString &html, const QList<ChannelAttachment> &attachments, Millis now);

    [[nodiscard]] std::optional<QString> html(Id interactionId) const;
    // Which of the messages have HTML.
    [[nodiscard]] QSet<Id> withHtml(const QList<Id> &interactionIds) const;
    // The files of the messages, each message's in the order they came.
    [[nodiscard]] QHash<Id, QList<MessageAttachment>> attachments(const QList<Id> &interactionIds) const;
    [[nodiscard]] std::optional<MessageAttachment> attachment(Id attachmentId) const;
    [[nodiscard]] std::optional<QByteArray> content(const QString &sha256) const;

    // False when the file was linked to the escalation before.
    bool link(Id escalationId, Id attachmentId, Id agentId, Millis now);
    [[nodiscard]] QList<MessageAttachment> linkedTo(Id escalationId) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
