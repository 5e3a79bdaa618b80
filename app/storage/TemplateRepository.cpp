// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/TemplateRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

const auto selectTemplates = u"SELECT id, owner_id, category, name, shortcode, channel, subject, body, referral,"
                             " usage_count, last_used_at FROM templates "_s;

ReplyTemplate templateFrom(const Query &query)
{
    ReplyTemplate result;
    result.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        result.ownerId = query.value(1).toLongLong();
    result.category = query.value(2).toString();
    result.name = query.value(3).toString();
    result.shortcode = query.value(4).toString();
    if (!query.value(5).isNull())
        result.channel = fromKey<Channel>(query.value(5).toString());
    result.subject = query.value(6).toString();
    result.body = query.value(7).toString();
    result.referralRequest = query.value(8).toInt() != 0;
    result.usageCount = query.value(9).toInt();
    if (!query.value(10).isNull())
        result.lastUsedAt = query.value(10).toLongLong();
    return result;
}

QVariant channelValue(const std::optional<Channel> &channel)
{
    return channel ? QVariant(keyOf(*channel)) : QVariant();
}

} // namespace

QList<ReplyTemplate> TemplateRepository::visibleTo(Id agentId) const
{
    Query query(m_workspace.database(),
        selectTemplates
            + u"WHERE archived_at IS NULL AND (owner_id IS NULL OR owner_id = ?)"
              " ORDER BY category, name, id"_s,
        { agentId });
    QList<ReplyTemplate> templates;
    while (query.next())
        templates.append(templateFrom(query));
    return templates;
}

std::optional<ReplyTemplate> TemplateRepository::find(Id id) const
{
    Query query(m_workspace.database(), selectTemplates + u"WHERE id = ? AND archived_at IS NULL"_s, { id });
    if (!query.next())
        return std::nullopt;
    return templateFrom(query);
}

QList<ReplyTemplate> TemplateRepository::withShortcode(std::optional<Id> ownerId, const QString &shortcode) const
{
    Query query = ownerId ? Query(m_workspace.database(),
                                selectTemplates
                                    + u"WHERE archived_at IS NULL AND owner_id = ? AND shortcode = ?"
                                      " ORDER BY id"_s,
                                { *ownerId, shortcode })
                          : Query(m_workspace.database(),
                                selectTemplates
                                    + u"WHERE archived_at IS NULL AND owner_id IS NULL"
                                      " AND shortcode = ? ORDER BY id"_s,
                                { shortcode });
    QList<ReplyTemplate> templates;
    while (query.next())
        templates.append(templateFrom(query));
    return templates;
}

qint64 TemplateRepository::countIncludingArchived() const
{
    return Query::scalar(m_workspace.database(), u"SELECT count(*) FROM templates"_s).toLongLong();
}

Id TemplateRepository::insert(const ReplyTemplate &replyTemplate, Millis now)
{
    return Query::insert(m_workspace.database(),
        u"INSERT INTO templates (owner_id, category, name, shortcode, channel, subject, body, referral,"
        " usage_count, last_used_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { sql::nullable(replyTemplate.ownerId), replyTemplate.category, replyTemplate.name, replyTemplate.shortcode,
            channelValue(replyTemplate.channel), replyTemplate.subject, replyTemplate.body,
            replyTemplate.referralRequest ? 1 : 0, replyTemplate.usageCount, sql::nullable(replyTemplate.lastUsedAt),
            now, now });
}

bool TemplateRepository::update(const ReplyTemplate &replyTemplate, Millis now)
{
    Query query(m_workspace.database(),
        u"UPDATE templates SET owner_id = ?, category = ?, name = ?, shortcode = ?, channel = ?,"
        " subject = ?, body = ?, referral = ?, updated_at = ?, version = version + 1"
        " WHERE id = ? AND archived_at IS NULL"_s,
        { sql::nullable(replyTemplate.ownerId), replyTemplate.category, replyTemplate.name, replyTemplate.shortcode,
            channelValue(replyTemplate.channel), replyTemplate.subject, replyTemplate.body,
            replyTemplate.referralRequest ? 1 : 0, now, replyTemplate.id });
    return query.rowsAffected() == 1;
}

bool TemplateRepository::archive(Id id, Millis now)
{
    Query query(m_workspace.database(),
        u"UPDATE templates SET archived_at = ?, updated_at = ?, version = version + 1"
        " WHERE id = ? AND archived_at IS NULL"_s,
        { now, now, id });
    return query.rowsAffected() == 1;
}

bool TemplateRepository::recordUse(Id id, Millis now)
{
    Query query(m_workspace.database(),
        u"UPDATE templates SET usage_count = usage_count + 1, last_used_at = ?"
        " WHERE id = ? AND archived_at IS NULL"_s,
        { now, id });
    return query.rowsAffected() == 1;
}

} // namespace tandem
