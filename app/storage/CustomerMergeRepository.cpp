// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/CustomerMergeRepository.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// The tables whose rows belong to one customer through customer_id, with the record's key for them.
struct OwnedTable
{
    const char16_t *table;
    QList<Id> CustomerMergeRecord::*ids;
};

const OwnedTable ownedTables[] = {
    { u"interactions", &CustomerMergeRecord::interactions },
    { u"survey_responses", &CustomerMergeRecord::surveyResponses },
    { u"follow_ups", &CustomerMergeRecord::followUps },
    { u"escalations", &CustomerMergeRecord::escalations },
    { u"customer_contacts", &CustomerMergeRecord::contacts },
};

// Bound parameters per statement when moving rows back by id, well under every backend's limit.
constexpr qsizetype idBatch = 500;

QStringList tagsOf(const QSqlDatabase &db, Id customerId)
{
    QStringList tags;
    Query query(db, u"SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"_s, { customerId });
    while (query.next())
        tags.append(query.value(0).toString());
    return tags;
}

QStringList tagsToAdd(const QSqlDatabase &db, Id mergedId, Id keptId)
{
    const QStringList kept = tagsOf(db, keptId);
    QStringList added;
    for (const QString &tag : tagsOf(db, mergedId)) {
        if (!kept.contains(tag))
            added.append(tag);
    }
    return added;
}

} // namespace

CustomerMergePreview CustomerMergeRepository::preview(Id mergedId, Id keptId) const
{
    const QSqlDatabase db = m_workspace.database();
    CustomerMergePreview preview;
    qint64 *counts[] = { &preview.interactions, &preview.surveyResponses, &preview.followUps, &preview.escalations,
        &preview.contacts };
    int index = 0;
    for (const OwnedTable &owned : ownedTables) {
        *counts[index++] = Query::scalar(
            db, u"SELECT count(*) FROM %1 WHERE customer_id = ?"_s.arg(QString::fromUtf16(owned.table)), { mergedId })
                               .toLongLong();
    }
    preview.tagsAdded = tagsToAdd(db, mergedId, keptId);
    return preview;
}

CustomerMergeRecord CustomerMergeRepository::moveRecords(Id mergedId, Id keptId)
{
    const QSqlDatabase db = m_workspace.database();
    CustomerMergeRecord record;
    record.keptId = keptId;
    record.mergedId = mergedId;
    // RETURNING names exactly the rows this statement moved, even if another desk adds one meanwhile.
    for (const OwnedTable &owned : ownedTables) {
        Query moved(db,
            u"UPDATE %1 SET customer_id = ? WHERE customer_id = ? RETURNING id"_s.arg(QString::fromUtf16(owned.table)),
            { keptId, mergedId });
        QList<Id> &ids = record.*owned.ids;
        while (moved.next())
            ids.append(moved.value(0).toLongLong());
        std::sort(ids.begin(), ids.end());
    }
    record.tagsAdded = tagsToAdd(db, mergedId, keptId);
    for (const QString &tag : std::as_const(record.tagsAdded))
        Query::run(db, u"INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
            { keptId, tag });
    return record;
}

CustomerMergeRecord CustomerMergeRepository::moveBack(const CustomerMergeRecord &record)
{
    const QSqlDatabase db = m_workspace.database();
    CustomerMergeRecord movedBack;
    movedBack.keptId = record.keptId;
    movedBack.mergedId = record.mergedId;
    for (const OwnedTable &owned : ownedTables) {
        const QList<Id> &ids = record.*owned.ids;
        for (qsizetype first = 0; first < ids.size(); first += idBatch) {
            const QList<Id> batch = ids.mid(first, idBatch);
            QStringList placeholders;
            placeholders.fill(u"?"_s, batch.size());
            QVariantList values { record.mergedId, record.keptId };
            for (const Id id : batch)
                values.append(id);
            Query query(db,
                u"UPDATE %1 SET customer_id = ? WHERE customer_id = ? AND id IN (%2)"
                " RETURNING id"_s.arg(QString::fromUtf16(owned.table), placeholders.join(u", "_s)),
                values);
            while (query.next())
                (movedBack.*owned.ids).append(query.value(0).toLongLong());
        }
        std::sort((movedBack.*owned.ids).begin(), (movedBack.*owned.ids).end());
    }
    for (const QString &tag : record.tagsAdded) {
        Query removed(
            db, u"DELETE FROM customer_tags WHERE customer_id = ? AND tag = ? RETURNING tag"_s, { record.keptId, tag });
        if (removed.next())
            movedBack.tagsAdded.append(tag);
    }
    return movedBack;
}

void CustomerMergeRepository::setMergedInto(Id customerId, std::optional<Id> keptId, Millis now)
{
    Query::run(m_workspace.database(), u"UPDATE customers SET merged_into = ?, updated_at = ? WHERE id = ?"_s,
        { sql::nullable(keptId), now, customerId });
}

std::optional<std::pair<Id, CustomerMergeRecord>> CustomerMergeRepository::latestMerge(Id mergedId) const
{
    Query query(m_workspace.database(),
        u"SELECT id, after_data FROM audit_log WHERE action = ? AND entity = 'customer'"
        " AND entity_id = ? ORDER BY id DESC LIMIT 1"_s,
        { QString::fromUtf16(mergeAction), mergedId });
    if (!query.next())
        return std::nullopt;
    const Id entryId = query.value(0).toLongLong();
    const std::optional<CustomerMergeRecord> record
        = CustomerMergeRecord::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    if (!record)
        return std::nullopt;
    return std::pair { entryId, *record };
}

} // namespace tandem
