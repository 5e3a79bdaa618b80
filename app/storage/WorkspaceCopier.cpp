// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/WorkspaceCopier.h"

#include "domain/StorageError.h"
#include "storage/AuditRecord.h"
#include "storage/BulkStatement.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Columns that point at rows of the same table, possibly newer ones: copied in a second pass.
const QHash<QString, QStringList> &selfReferences()
{
    static const QHash<QString, QStringList> columns {
        { u"customers"_s, { u"merged_into"_s } },
        { u"interactions"_s, { u"corrects_id"_s, u"superseded_by"_s, u"referral_request_id"_s } },
        { u"articles"_s, { u"edit_of"_s } },
    };
    return columns;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    Query query(db, u"SELECT * FROM "_s + table + u" WHERE 1 = 0"_s);
    QStringList columns;
    for (const QString &column : query.columnNames()) {
        // Search vectors and keys are computed by the database, never written.
        if (column != u"search_vector"_s && column != u"search_key"_s)
            columns.append(column);
    }
    return columns;
}

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    return Query::scalar(db, u"SELECT count(*) FROM "_s + table).toLongLong();
}

} // namespace

const QStringList &WorkspaceCopier::tablesInDependencyOrder()
{
    static const QStringList tables {
        u"agents"_s,
        u"complaint_causes"_s,
        u"customers"_s,
        u"customer_tags"_s,
        u"customer_contacts"_s,
        u"templates"_s,
        u"team_queues"_s,
        u"mail_accounts"_s,
        u"mail_fetch_state"_s,
        u"conversations"_s,
        u"conversation_tags"_s,
        u"conversation_reads"_s,
        u"conversation_presence"_s,
        u"interactions"_s,
        u"channel_messages"_s,
        u"message_html"_s,
        u"attachment_contents"_s,
        u"message_attachments"_s,
        u"outbox"_s,
        u"conversation_responses"_s,
        u"escalations"_s,
        u"escalation_events"_s,
        u"escalation_attachments"_s,
        u"escalation_interactions"_s,
        u"escalation_message_attachments"_s,
        u"survey_responses"_s,
        u"conversation_surveys"_s,
        u"qa_reviews"_s,
        u"follow_ups"_s,
        u"articles"_s,
        u"article_versions"_s,
        u"article_uses"_s,
        u"audit_log"_s,
    };
    return tables;
}

QList<TableCopy> WorkspaceCopier::copy(bool replaceTarget, const Progress &progress)
{
    const QSqlDatabase source = m_from.database();
    QSqlDatabase target = m_to.database();
    if (m_from.schemaVersion() != m_to.schemaVersion())
        throw StorageError(tr("The two workspaces have different schema versions; open both with this program first."));

    Transaction transaction(target);
    qint64 existing = 0;
    for (const QString &table : tablesInDependencyOrder())
        existing += countRows(target, table);
    if (existing > 0 && !replaceTarget) {
        throw StorageError(tr("%1 already holds %n record(s); nothing was copied. Copy into an empty workspace, or "
                              "replace its contents on purpose.",
            nullptr, int(qMin<qint64>(existing, std::numeric_limits<int>::max())))
                .arg(m_to.spec()));
    }
    if (existing > 0) {
        for (const QString &column : { u"merged_into"_s })
            Query::execute(target, u"UPDATE customers SET "_s + column + u" = NULL"_s);
        Query::execute(
            target, u"UPDATE interactions SET corrects_id = NULL, superseded_by = NULL, referral_request_id = NULL"_s);
        Query::execute(target, u"UPDATE articles SET edit_of = NULL"_s);
        for (auto table = tablesInDependencyOrder().crbegin(); table != tablesInDependencyOrder().crend(); ++table)
            Query::execute(target, m_to.dialect().emptyTableStatement(*table));
    }

    QList<TableCopy> copied;
    for (const QString &table : tablesInDependencyOrder()) {
        const QStringList targetColumns = columnsOf(target, table);
        QStringList columns;
        for (const QString &column : columnsOf(source, table)) {
            if (targetColumns.contains(column))
                columns.append(column);
        }
        const QStringList deferred = selfReferences().value(table);
        QStringList placeholders;
        for (const QString &column : std::as_const(columns))
            placeholders.append(deferred.contains(column) ? u"NULL"_s : u"?"_s);
        BulkStatement insert(target,
            u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s + placeholders.join(u", "_s)
                + u")"_s);
        Query rows(source, u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table + u" ORDER BY 1, 2"_s);
        qint64 count = 0;
        while (rows.next()) {
            QVariantList values;
            for (int i = 0; i < columns.size(); ++i) {
                if (!deferred.contains(columns.at(i)))
                    values.append(rows.value(i));
            }
            insert.run(values);
            if (++count % 50000 == 0 && progress)
                progress(table, count);
        }
        for (const QString &column : deferred) {
            if (!columns.contains(column))
                continue;
            Query links(
                source, u"SELECT id, "_s + column + u" FROM "_s + table + u" WHERE "_s + column + u" IS NOT NULL"_s);
            BulkStatement update(target, u"UPDATE "_s + table + u" SET "_s + column + u" = ? WHERE id = ?"_s);
            while (links.next())
                update.run({ links.value(1), links.value(0) });
        }
        const QString resync = m_to.dialect().resyncIdentityStatement(table);
        if (!resync.isEmpty() && columns.contains(u"id"_s))
            Query::run(target, resync);
        if (countRows(target, table) != countRows(source, table)) {
            throw StorageError(tr("Copying %1 lost records (%2 of %3 arrived); nothing was copied.")
                    .arg(table)
                    .arg(countRows(target, table))
                    .arg(countRows(source, table)));
        }
        if (progress)
            progress(table, count);
        copied.append({ table, count });
    }

    Query meta(source, u"SELECT key, value FROM tandem_meta WHERE key NOT IN ('application', 'schema_version')"_s);
    while (meta.next()) {
        Query::run(target,
            u"INSERT INTO tandem_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
            { meta.value(0), meta.value(1) });
    }
    const QJsonObject after { { u"from"_s, m_from.spec() }, { u"records"_s, qint64(copied.size()) } };
    AuditRecord(u"workspace.copy"_s, u"workspace"_s)
        .at(QDateTime::currentMSecsSinceEpoch())
        .after(after)
        .appendTo(m_to);
    transaction.commit();
    return copied;
}

} // namespace tandem
