// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/mail/MailImportService.h"

#include "services/ConversationService.h"
#include "services/ServiceError.h"
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

namespace {

// Many mails share one commit (one disk sync); a killed import loses at most the open batch, which the next
// run records (each mail is found by its Message-ID, so nothing doubles).
class BatchedCommits
{
public:
    BatchedCommits(ConversationService &conversations, int mailsPerCommit)
        : m_conversations(conversations), m_mailsPerCommit(std::max(1, mailsPerCommit))
    { }

    // Progress is told (and a window's events run) only between batches: an event handler that writes on
    // this connection, like the outbox's sender, would otherwise write inside the open batch, and a batch
    // taken back would take its writes along.
    [[nodiscard]] bool betweenBatches() const { return !m_batch; }
    void beforeOne()
    {
        if (!m_batch)
            m_batch.emplace(m_conversations);
    }
    void afterOne()
    {
        if (++m_inBatch == m_mailsPerCommit)
            finish();
    }
    void finish()
    {
        if (m_batch)
            m_batch->commit();
        m_batch.reset();
        m_inBatch = 0;
    }

private:
    ConversationService &m_conversations;
    int m_mailsPerCommit;
    std::optional<ConversationService::InboundBatch> m_batch;
    int m_inBatch = 0;
};

} // namespace

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
    BatchedCommits commits(m_conversations, m_mailsPerCommit);
    qint64 done = 0;
    while (true) {
        if (progress && commits.betweenBatches() && !progress(done, total)) {
            summary.cancelled = true;
            break;
        }
        const std::optional<QByteArray> raw = mbox.next();
        if (!raw)
            break;
        commits.beforeOne();
        importOne(*raw, tr("%1, message %2").arg(name).arg(done + 1), queueId, summary);
        commits.afterOne();
        ++done;
    }
    commits.finish();
    if (progress && !summary.cancelled)
        progress(done, total);
    return summary;
}

MailImportSummary MailImportService::importFiles(
    const QStringList &files, std::optional<Id> queueId, const Progress &progress)
{
    MailImportSummary summary;
    BatchedCommits commits(m_conversations, m_mailsPerCommit);
    qint64 done = 0;
    for (const QString &path : files) {
        if (progress && commits.betweenBatches() && !progress(done, files.size())) {
            summary.cancelled = true;
            break;
        }
        commits.beforeOne();
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly))
            summary.refused.append({ name, tr("The file cannot be read.") });
        else if (file.size() > MailParser::maxMailBytes)
            summary.refused.append({ name,
                MailParser::tr("The mail is larger than %1 MB.").arg(MailParser::maxMailBytes / (1024 * 1024)) });
        else
            importOne(file.readAll(), name, queueId, summary);
        commits.afterOne();
        ++done;
    }
    commits.finish();
    if (progress && !summary.cancelled)
        progress(done, files.size());
    return summary;
}

} // namespace tandem
