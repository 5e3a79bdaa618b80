// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/MessageContentRepository.h"

#include "storage/Query.h"
#include "storage/SqlStatement.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const QString attachmentColumns = u"a.id, a.interaction_id, i.conversation_id, a.file_name, a.mime_type, a.size,"
                                  " a.sha256, a.refused_above"_s;

MessageAttachment attachmentFrom(const Query &query)
{
    MessageAttachment attachment;
    attachment.id = query.integer(0);
    attachment.interactionId = query.integer(1);
    if (!query.isNull(2))
        attachment.conversationId = query.integer(2);
    attachment.fileName = query.text(3);
    attachment.mimeType = query.text(4);
    attachment.size = query.integer(5);
    attachment.sha256 = query.isNull(6) ? QString() : query.text(6);
    if (!query.isNull(7))
        attachment.refusedAbove = query.integer(7);
    return attachment;
}

QVariantList idValues(const QList<Id> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (const Id id : ids)
        values.append(id);
    return values;
}

} // namespace

void MessageContentRepository::store(
    Id interactionId, const QString &html, const QList<ChannelAttachment> &attachments, Millis now)
{
    const QSqlDatabase db = m_workspace.database();
    if (!html.isEmpty())
        Query::run(db, u"INSERT INTO message_html (interaction_id, html) VALUES (?, ?)"_s, { interactionId, html });
    int position = 0;
    for (const ChannelAttachment &attachment : attachments) {
        QVariant sha256;
        if (!attachment.refusedAbove) {
            const QString hash
                = QString::fromLatin1(QCryptographicHash::hash(attachment.bytes, QCryptographicHash::Sha256).toHex());
            Query::run(db,
                u"INSERT INTO attachment_contents (sha256, size, content, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (sha256) DO NOTHING"_s,
                { hash, qint64(attachment.bytes.size()), attachment.bytes, now });
            sha256 = hash;
        }
        Query::run(db,
            u"INSERT INTO message_attachments (interaction_id, position, file_name, mime_type, size, sha256,"
            " refused_above) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { interactionId, position++, attachment.fileName, attachment.mimeType, attachment.size, sha256,
                attachment.refusedAbove ? QVariant(*attachment.refusedAbove) : QVariant() });
    }
}

std::optional<QString> MessageContentRepository::html(Id interactionId) const
{
    Query query(m_workspace.database(), u"SELECT html FROM message_html WHERE interaction_id = ?"_s, { interactionId });
    if (!query.next())
        return std::nullopt;
    return query.text(0);
}

QSet<Id> MessageContentRepository::withHtml(const QList<Id> &interactionIds) const
{
    QSet<Id> ids;
    if (interactionIds.isEmpty())
        return ids;
    Query query(m_workspace.database(),
        u"SELECT interaction_id FROM message_html WHERE interaction_id IN (%1)"_s.arg(
            SqlStatement::placeholders(interactionIds.size())),
        idValues(interactionIds));
    while (query.next())
        ids.insert(query.integer(0));
    return ids;
}

QHash<Id, QList<MessageAttachment>> MessageContentRepository::attachments(const QList<Id> &interactionIds) const
{
    QHash<Id, QList<MessageAttachment>> byMessage;
    if (interactionIds.isEmpty())
        return byMessage;
    Query query(m_workspace.database(),
        u"SELECT %1 FROM message_attachments a JOIN interactions i ON i.id = a.interaction_id"
        " WHERE a.interaction_id IN (%2) ORDER BY a.interaction_id, a.position"_s.arg(
            attachmentColumns, SqlStatement::placeholders(interactionIds.size())),
        idValues(interactionIds));
    while (query.next()) {
        MessageAttachment attachment = attachmentFrom(query);
        byMessage[attachment.interactionId].append(std::move(attachment));
    }
    return byMessage;
}

std::optional<MessageAttachment> MessageContentRepository::attachment(Id attachmentId) const
{
    Query query(m_workspace.database(),
        u"SELECT %1 FROM message_attachments a JOIN interactions i ON i.id = a.interaction_id WHERE a.id = ?"_s.arg(
            attachmentColumns),
        { attachmentId });
    if (!query.next())
        return std::nullopt;
    return attachmentFrom(query);
}

std::optional<QByteArray> MessageContentRepository::content(const QString &sha256) const
{
    Query query(m_workspace.database(), u"SELECT content FROM attachment_contents WHERE sha256 = ?"_s, { sha256 });
    if (!query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

bool MessageContentRepository::link(Id escalationId, Id attachmentId, Id agentId, Millis now)
{
    Query query(m_workspace.database(),
        u"INSERT INTO escalation_message_attachments (escalation_id, attachment_id, linked_by, linked_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (escalation_id, attachment_id) DO NOTHING"_s,
        { escalationId, attachmentId, agentId > 0 ? QVariant(agentId) : QVariant(), now });
    return query.rowsAffected() > 0;
}

QList<MessageAttachment> MessageContentRepository::linkedTo(Id escalationId) const
{
    Query query(m_workspace.database(),
        u"SELECT %1 FROM escalation_message_attachments l JOIN message_attachments a ON a.id = l.attachment_id"
        " JOIN interactions i ON i.id = a.interaction_id WHERE l.escalation_id = ? ORDER BY l.linked_at, a.id"_s.arg(
            attachmentColumns),
        { escalationId });
    QList<MessageAttachment> attachments;
    while (query.next())
        attachments.append(attachmentFrom(query));
    return attachments;
}

} // namespace tandem
