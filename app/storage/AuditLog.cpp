// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/AuditLog.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tandem {

QString AuditLog::hashOf(const QString &previousHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto field = [&hash](const QString &value) {
        const QByteArray bytes = value.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
    };
    field(previousHash);
    field(QString::number(entry.id));
    field(QString::number(entry.occurredAt));
    field(entry.actorId ? QString::number(*entry.actorId) : QString());
    field(entry.action);
    field(entry.entity);
    field(entry.entityId ? QString::number(*entry.entityId) : QString());
    field(entry.before);
    field(entry.after);
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

const auto headKey = u"audit_head"_s;

QString headValue(Id id, const QString &hash)
{
    return QString::number(id) + u':' + hash;
}

const auto selectEntries = u"SELECT l.id, l.occurred_at, l.actor_id, l.action, l.entity, l.entity_id, l.before_data,"
                           " l.after_data, l.prev_hash, l.hash, a.display_name FROM audit_log l"
                           " LEFT JOIN agents a ON a.id = l.actor_id "_s;

AuditEntry entryFrom(const Query &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.occurredAt = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        entry.actorId = query.value(2).toLongLong();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    if (!query.value(5).isNull())
        entry.entityId = query.value(5).toLongLong();
    entry.before = query.value(6).toString();
    entry.after = query.value(7).toString();
    return entry;
}

QString missing(Id id)
{
    return QCoreApplication::translate("tandem::AuditLog", "Audit entry %1 is missing.").arg(id);
}

QString changed(Id id)
{
    return QCoreApplication::translate("tandem::AuditLog", "Audit entry %1 was changed after it was written.").arg(id);
}

} // namespace

Id AuditLog::append(const AuditEntry &entry)
{
    const QSqlDatabase db = m_workspace.database();
    // Writing the head first takes its row lock on PostgreSQL (and the write lock on SQLite), so two desks
    // appending at the same moment take turns instead of both computing the same next id.
    Query::run(db,
        u"INSERT INTO tandem_meta (key, value) VALUES (?, '')"
        " ON CONFLICT (key) DO UPDATE SET value = tandem_meta.value"_s,
        { headKey });
    Query last(db, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    AuditEntry stored = entry;
    QString previousHash;
    stored.id = 1;
    if (last.next()) {
        stored.id = last.value(0).toLongLong() + 1;
        previousHash = last.value(1).toString();
    }
    const QString hash = hashOf(previousHash, stored);
    Query::run(db,
        u"INSERT INTO audit_log (id, occurred_at, actor_id, action, entity, entity_id, before_data, after_data,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { stored.id, stored.occurredAt, sql::nullable(stored.actorId), stored.action, stored.entity,
            sql::nullable(stored.entityId), stored.before, stored.after, previousHash, hash });
    Query::run(db, u"UPDATE tandem_meta SET value = ? WHERE key = ?"_s, { headValue(stored.id, hash), headKey });
    return stored.id;
}

AuditVerification AuditLog::verify(const std::optional<AuditCheckpointInfo> &checkpoint) const
{
    AuditVerification result;
    result.checkpoint = checkpoint;
    const QSqlDatabase db = m_workspace.database();
    Query query(db, selectEntries + u"ORDER BY l.id"_s);
    QString previousHash;
    QString hashAtCheckpoint;
    Id expectedId = 1;
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        const QString storedPrevious = query.value(8).toString();
        const QString storedHash = query.value(9).toString();
        if (entry.id != expectedId) {
            result.firstBrokenId = expectedId;
            result.problem = missing(expectedId);
            return result;
        }
        if (storedPrevious != previousHash || storedHash != hashOf(previousHash, entry)) {
            result.firstBrokenId = entry.id;
            result.problem = changed(entry.id);
            return result;
        }
        if (entry.id == 1)
            result.head.firstEntryHash = storedHash;
        if (checkpoint && entry.id == checkpoint->head.entryId)
            hashAtCheckpoint = storedHash;
        previousHash = storedHash;
        ++expectedId;
        ++result.entriesChecked;
    }

    const Id lastId = expectedId - 1;
    result.head.entryId = lastId;
    result.head.entryHash = previousHash;
    result.head.entries = result.entriesChecked;
    if (lastId == 0 && holdsAuditedRecords()) {
        result.firstBrokenId = 1;
        result.problem = QCoreApplication::translate("tandem::AuditLog",
            "The audit trail is empty, although the workspace holds customers, interactions or other records "
            "that were audited when they were made: the trail was deleted.");
        return result;
    }
    const QString head = Query::scalar(db, u"SELECT value FROM tandem_meta WHERE key = ?"_s, { headKey }).toString();
    if (head.isEmpty()) {
        if (lastId > 0) {
            result.firstBrokenId = lastId;
            result.problem = QCoreApplication::translate("tandem::AuditLog",
                "The record of the newest audit entry is gone, so entries "
                "after %1 may have been deleted.")
                                 .arg(lastId);
        }
    } else {
        const qsizetype colon = head.indexOf(u':');
        bool headIdOk = false;
        const Id headId = head.left(colon).toLongLong(&headIdOk);
        const QString headHash = head.mid(colon + 1);
        if (colon < 0 || !headIdOk || headId < 0) {
            result.firstBrokenId = lastId + 1;
            result.problem
                = QCoreApplication::translate("tandem::AuditLog", "The record of the newest audit entry was changed.");
        } else if (headId > lastId) {
            result.firstBrokenId = lastId + 1;
            result.problem = missing(lastId + 1);
        } else if (headId < lastId) {
            result.firstBrokenId = headId + 1;
            result.problem = QCoreApplication::translate("tandem::AuditLog", "Audit entry %1 was added outside Tandem.")
                                 .arg(headId + 1);
        } else if (headHash != previousHash) {
            result.firstBrokenId = lastId;
            result.problem = changed(lastId);
        }
    }
    if (result.firstBrokenId || !checkpoint)
        return result;

    // The chain holds together; whether it still holds what the checkpoint saw is the checkpoint's question.
    const AuditHead &vouched = checkpoint->head;
    const QString when = QDateTime::fromMSecsSinceEpoch(checkpoint->createdAt, QTimeZone::UTC)
                             .toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    if (lastId < vouched.entryId || result.entriesChecked < vouched.entries) {
        result.firstBrokenId = lastId + 1;
        result.problem = QCoreApplication::translate("tandem::AuditLog",
            "The checkpoint of %1 vouches for %2 audit entries, but the trail now holds %3: the newest entries "
            "were deleted, and the record of the newest entry was changed to hide it.")
                             .arg(when)
                             .arg(vouched.entries)
                             .arg(result.entriesChecked);
    } else if (result.head.firstEntryHash != vouched.firstEntryHash) {
        result.firstBrokenId = 1;
        result.problem = QCoreApplication::translate("tandem::AuditLog",
            "The checkpoint of %1 was taken of another audit trail (its first entry differs): it belongs to another "
            "workspace, or this trail was rewritten from its start.")
                             .arg(when);
    } else if (hashAtCheckpoint != vouched.entryHash) {
        result.firstBrokenId = vouched.entryId;
        result.problem = QCoreApplication::translate("tandem::AuditLog",
            "Audit entry %1 is not the one the checkpoint of %2 vouches for: the trail was rewritten at or before "
            "that entry.")
                             .arg(vouched.entryId)
                             .arg(when);
    }
    return result;
}

bool AuditLog::holdsAuditedRecords() const
{
    // What people work on is created through the audited services (or demo data and copies, which write an
    // entry of their own); accounts are left out, since a workspace may start with them alone.
    QStringList exists;
    for (const QString &table :
        { u"customers"_s, u"interactions"_s, u"escalations"_s, u"templates"_s, u"follow_ups"_s, u"qa_reviews"_s })
        exists.append(u"EXISTS (SELECT 1 FROM %1)"_s.arg(table));
    return Query::scalar(m_workspace.database(), u"SELECT "_s + exists.join(u" OR "_s)).toBool();
}

AuditPage AuditLog::page(const std::optional<Id> &before, int limit) const
{
    const QSqlDatabase db = m_workspace.database();
    Query query = before
        ? Query(db, selectEntries + u"WHERE l.id < ? ORDER BY l.id DESC LIMIT ?"_s, { *before, limit + 1 })
        : Query(db, selectEntries + u"ORDER BY l.id DESC LIMIT ?"_s, { limit + 1 });
    AuditPage page;
    while (query.next()) {
        if (page.entries.size() == limit) {
            page.next = page.entries.constLast().entry.id;
            break;
        }
        page.entries.append({ entryFrom(query), query.value(10).toString(), {} });
    }
    return page;
}

std::optional<AuditListEntry> AuditLog::find(Id id) const
{
    Query query(m_workspace.database(), selectEntries + u"WHERE l.id = ?"_s, { id });
    if (!query.next())
        return std::nullopt;
    return AuditListEntry { entryFrom(query), query.value(10).toString(), {} };
}

} // namespace tandem
