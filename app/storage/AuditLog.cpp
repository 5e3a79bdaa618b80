#include "storage/AuditLog.h"

#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>

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

Id AuditLog::append(const AuditEntry &entry)
{
    const QSqlDatabase db = m_workspace.database();
    QSqlQuery last = sql::run(db, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    AuditEntry stored = entry;
    QString previousHash;
    stored.id = 1;
    if (last.next()) {
        stored.id = last.value(0).toLongLong() + 1;
        previousHash = last.value(1).toString();
    }
    sql::run(db,
             u"INSERT INTO audit_log (id, occurred_at, actor_id, action, entity, entity_id, before_data, after_data,"
             " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {stored.id, stored.occurredAt, sql::nullable(stored.actorId), stored.action, stored.entity,
              sql::nullable(stored.entityId), stored.before, stored.after, previousHash, hashOf(previousHash, stored)});
    return stored.id;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    QSqlQuery query = sql::run(m_workspace.database(),
                               u"SELECT id, occurred_at, actor_id, action, entity, entity_id, before_data, after_data,"
                               " prev_hash, hash FROM audit_log ORDER BY id"_s);
    QString previousHash;
    Id expectedId = 1;
    while (query.next()) {
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
        const QString storedPrevious = query.value(8).toString();
        const QString storedHash = query.value(9).toString();
        if (entry.id != expectedId) {
            result.firstBrokenId = expectedId;
            result.problem = QCoreApplication::translate("tandem::AuditLog", "Audit entry %1 is missing.").arg(expectedId);
            return result;
        }
        if (storedPrevious != previousHash || storedHash != hashOf(previousHash, entry)) {
            result.firstBrokenId = entry.id;
            result.problem = QCoreApplication::translate("tandem::AuditLog",
                                                         "Audit entry %1 was changed after it was written.")
                                 .arg(entry.id);
            return result;
        }
        previousHash = storedHash;
        ++expectedId;
        ++result.entriesChecked;
    }
    return result;
}

} // namespace tandem
