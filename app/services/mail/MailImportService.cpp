// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/MailImportService.h"

#include "domain/StorageError.h"
#include "services/ConversationService.h"
#include "services/ServiceError.h"
#include "services/ServicesLog.h"
#include "services/mail/MailParser.h"
#include "services/mail/MboxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {

namespace {

bool isMaildir(const QDir &dir)
{
    return dir.exists(u"cur"_s) || dir.exists(u"new"_s);
}

// The mail files of a Maildir (cur/ and new/; tmp/ holds mail still being delivered), or of a folder of
// .eml files, in name order: Maildir names begin with the delivery time.
QStringList mailFilesIn(const QString &path)
{
    const QDir dir(path);
    QStringList files;
    if (isMaildir(dir)) {
        for (const QString &sub : { u"cur"_s, u"new"_s }) {
            const QDir subDir(dir.filePath(sub));
            for (const QString &name : subDir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
                files.append(subDir.filePath(name));
        }
    } else {
        for (const QString &name : dir.entryList({ u"*.eml"_s }, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

bool startsLikeMbox(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "From ";
}

} // namespace

QJsonObject MailImportSummary::toJson() const
{
    QJsonArray refusals;
    for (const MailImportRefusal &refusal : refused)
        refusals.append(QJsonObject { { u"source"_s, refusal.source }, { u"reason"_s, refusal.reason } });
    return { { u"imported"_s, imported }, { u"duplicates"_s, duplicates }, { u"auto_replies"_s, autoReplies },
        { u"bounces"_s, bounces }, { u"refused"_s, refusals }, { u"cancelled"_s, cancelled } };
}

MailImportService::MailImportService(ConversationService &conversations) : m_conversations(conversations)
{ }

MailImportSummary MailImportService::importPath(
    const QString &path, std::optional<Id> queueId, const Progress &progress)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw ServiceError(tr("%1 does not exist.").arg(path));
    if (!info.isReadable())
        throw ServiceError(tr("%1 cannot be read.").arg(path));
    if (info.isDir()) {
        const QStringList files = mailFilesIn(path);
        if (files.isEmpty() && !isMaildir(QDir(path)))
            throw ServiceError(tr("%1 is neither a Maildir folder nor a folder of .eml files.").arg(path));
        return importFiles(files, queueId, progress);
    }
    if (startsLikeMbox(path))
        return importMbox(path, queueId, progress);
    return importFiles({ path }, queueId, progress);
}

void MailImportService::importOne(
    const QByteArray &raw, const QString &source, std::optional<Id> queueId, MailImportSummary &summary)
{
    MailParseResult parsed = MailParser::parse(raw);
    if (!parsed.mail) {
        summary.refused.append({ source, parsed.refusal });
        return;
    }
    // Loops and noise open no conversation.
    if (parsed.mail->kind == MailKind::AutoReply) {
        ++summary.autoReplies;
        return;
    }
    if (parsed.mail->kind == MailKind::Bounce) {
        ++summary.bounces;
        // A bounce of one of our replies marks it and the address; old bounces in an imported history too.
        DeliveryFailureReport report;
        report.failedExternalId = parsed.mail->bouncedMessageId;
        report.failedAddress = parsed.mail->bouncedRecipient;
        report.reason = parsed.mail->bounceReason;
        report.receivedAt = parsed.mail->message.receivedAt;
        try {
            (void)m_conversations.recordDeliveryFailure(report);
        } catch (const ServiceError &error) {
            summary.refused.append({ source, error.message() });
        }
        return;
    }
    ChannelMessage &message = parsed.mail->message;
    message.queueId = queueId;
    message.html = parsed.mail->html;
    message.attachments = parsed.mail->attachments;
    for (ChannelAttachment &attachment : message.attachments)
        AttachmentRules::admit(attachment, m_attachmentLimit);
    try {
        const InboundReceipt receipt = m_conversations.recordInbound(message);
        if (receipt.duplicate)
            ++summary.duplicates;
        else
            ++summary.imported;
    } catch (const ServiceError &error) {
        summary.refused.append({ source, error.message() });
    }
}

// Many mails share one commit (one disk sync); a killed import loses at most the open batch, which the next
// run records (each mail is found by its Message-ID, so nothing doubles).
//
// The mails write straight into the batch, without a savepoint each (InboundBatch::Refusals::WholeBatch):
// a mail is parsed and checked before its first write, so a bad one is refused before it writes anything.
// One that fails after writing (a database error, a conflict with another desk) takes the whole batch
// back, and the batch's mails are recorded again one by one, each its own savepoint, so that one bad mail
// still costs only itself. The batch's raw mails are kept for that, which is why a batch also ends at
// maxBatchBytes.
class MailImportService::Batches
{
public:
    Batches(MailImportService &importer, std::optional<Id> queueId, MailImportSummary &summary)
        : m_importer(importer),
          m_queueId(queueId),
          m_summary(summary),
          m_mailsPerCommit(std::max(1, importer.m_mailsPerCommit))
    { }

    // Progress is told (and a window's events run) only between batches: an event handler that writes on
    // this connection, like the outbox's sender, would otherwise write inside the open batch, and a batch
    // taken back would take its writes along.
    [[nodiscard]] bool betweenBatches() const { return !m_batch; }

    // Records a raw mail, or (with a refusal) counts a mail that could not be read.
    void add(const QByteArray &raw, const QString &source, const QString &refusal = {})
    {
        if (!m_batch) {
            m_batch.emplace(m_importer.m_conversations, ConversationService::InboundBatch::Refusals::WholeBatch);
            m_before = m_summary;
        }
        m_pending.append({ raw, source, refusal });
        m_pendingBytes += raw.size();
        try {
            record(m_pending.constLast());
        } catch (const StorageError &error) {
            qCInfo(lcServices) << "an import batch failed; recording its mails one by one:" << error.message();
            retryOneByOne();
            return;
        }
        if (m_batch->broken())
            retryOneByOne();
        else if (m_pending.size() >= m_mailsPerCommit || m_pendingBytes >= maxBatchBytes)
            finish();
    }

    void finish()
    {
        if (m_batch)
            m_batch->commit();
        clear();
    }

private:
    static constexpr qsizetype maxBatchBytes = qsizetype(16) * 1024 * 1024;

    struct Pending
    {
        QByteArray raw;
        QString source;
        QString refusal;
    };

    void record(const Pending &mail)
    {
        if (!mail.refusal.isEmpty())
            m_summary.refused.append({ mail.source, mail.refusal });
        else
            m_importer.importOne(mail.raw, mail.source, m_queueId, m_summary);
    }

    // Takes the batch back and records its mails again, each in its own savepoint: a database error now
    // refuses only its mail (its savepoint took its writes back). One that is no single mail's (the disk
    // full, the server gone) fails the commit as well, which ends the import.
    void retryOneByOne()
    {
        m_batch.reset();
        m_summary = m_before;
        ConversationService::InboundBatch batch(m_importer.m_conversations);
        for (const Pending &mail : std::as_const(m_pending)) {
            try {
                record(mail);
            } catch (const StorageError &error) {
                m_summary.refused.append({ mail.source, error.message() });
            }
        }
        clear();
        batch.commit();
    }

    void clear()
    {
        m_batch.reset();
        m_pending.clear();
        m_pendingBytes = 0;
    }

    MailImportService &m_importer;
    std::optional<Id> m_queueId;
    MailImportSummary &m_summary;
    int m_mailsPerCommit;
    std::optional<ConversationService::InboundBatch> m_batch;
    MailImportSummary m_before; // the summary before the open batch, for its retry
    QList<Pending> m_pending;
    qsizetype m_pendingBytes = 0;
};

MailImportSummary MailImportService::importMbox(
    const QString &path, std::optional<Id> queueId, const Progress &progress)
{
    // Read through twice, keeping no message: once to count them for the progress, once to import them.
    const qint64 total = progress ? MboxReader::count(path) : 0;
    MboxReader mbox(path, MailParser::maxMailBytes);
    if (total < 0 || !mbox.open())
        throw ServiceError(tr("%1 could not be read as an mbox file.").arg(path));
    const QString name = QFileInfo(path).fileName();
    MailImportSummary summary;
    Batches batches(*this, queueId, summary);
    qint64 done = 0;
    while (true) {
        if (progress && batches.betweenBatches() && !progress(done, total)) {
            summary.cancelled = true;
            break;
        }
        const std::optional<QByteArray> raw = mbox.next();
        if (!raw)
            break;
        batches.add(*raw, tr("%1, message %2").arg(name).arg(done + 1));
        ++done;
    }
    batches.finish();
    if (progress && !summary.cancelled)
        progress(done, total);
    return summary;
}

MailImportSummary MailImportService::importFiles(
    const QStringList &files, std::optional<Id> queueId, const Progress &progress)
{
    MailImportSummary summary;
    Batches batches(*this, queueId, summary);
    qint64 done = 0;
    for (const QString &path : files) {
        if (progress && batches.betweenBatches() && !progress(done, files.size())) {
            summary.cancelled = true;
            break;
        }
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly))
            batches.add({}, name, tr("The file cannot be read."));
        else if (file.size() > MailParser::maxMailBytes)
            batches.add({}, name,
                MailParser::tr("The mail is larger than %1 MB.").arg(MailParser::maxMailBytes / (1024 * 1024)));
        else
            batches.add(file.readAll(), name);
        ++done;
    }
    batches.finish();
    if (progress && !summary.cancelled)
        progress(done, files.size());
    return summary;
}

} // namespace tandem
