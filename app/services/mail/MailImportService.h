// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/MessageAttachment.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tandem {

class ConversationService;

// A mail an import could not record, and why.
struct MailImportRefusal
{
    QString source; // the file, or the mbox and the message's number in it
    QString reason;
};

struct MailImportSummary
{
    int imported = 0;
    int duplicates = 0; // recorded before (this import run twice, or the mail came in live)
    int autoReplies = 0; // read and left out: they open no conversation
    int bounces = 0;
    QList<MailImportRefusal> refused;
    bool cancelled = false;

    [[nodiscard]] QJsonObject toJson() const;
};

// Reads mail history, an mbox file or a Maildir folder (or a single .eml file), into conversations and
// timelines through ConversationService::recordInbound: a batch of mails in memory at a time, each written or
// refused whole, a few hundred to a commit (ConversationService::InboundBatch), so a run stopped at any
// point (even killed) keeps what it committed and a second run of the same source records only what is
// missing.
class MailImportService
{
    Q_DECLARE_TR_FUNCTIONS(MailImportService)

public:
    // Mails read so far and how many there are; returns false to stop (the summary says cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit MailImportService(ConversationService &conversations);

    // How many mails share a commit (500 unless set). Progress is told, and can cancel, only between
    // commits, so a window's events never run inside an open batch: fewer mails per commit let a window
    // answer sooner.
    void setMailsPerCommit(int mails) { m_mailsPerCommit = mails; }

    // Throws ServiceError when the path is no mbox file, Maildir or mail file, or cannot be read.
    MailImportSummary importPath(
        const QString &path, std::optional<Id> queueId = std::nullopt, const Progress &progress = {});

    // Parses one raw mail and records it if a customer wrote it, counting the outcome in `summary` (the IMAP
    // fetcher's path as well as the files'). A refusal is counted, not thrown; storage failures throw.
    void importOne(const QByteArray &raw, const QString &source, std::optional<Id> queueId, MailImportSummary &summary);

    // Files larger than this are listed on their message with a refusal, and not kept.
    void setAttachmentLimit(qint64 maxBytes) { m_attachmentLimit = maxBytes; }

private:
    class Batches;
    MailImportSummary importMbox(const QString &path, std::optional<Id> queueId, const Progress &progress);
    MailImportSummary importFiles(const QStringList &files, std::optional<Id> queueId, const Progress &progress);

    ConversationService &m_conversations;
    qint64 m_attachmentLimit = AttachmentRules::defaultMaxBytes;
    int m_mailsPerCommit = 500;
};

} // namespace tandem
