// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Enums.h"
#include "domain/Records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tandem {

// A file that came with a customer's message, as a channel hands it in.
struct ChannelAttachment
{
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray bytes; // empty when refused
    // Executable or archive: never opened without a warning.
    bool risky = false;
    // The size limit the file was over, when it was not kept; the message is recorded all the same.
    std::optional<qint64> refusedAbove;
};

// What a file is to the person who opens it: text opens in the highlighting viewer; executables and
// archives are marked and only saved.
enum class AttachmentKind { Text, Executable, Archive, Other };

// A file kept with a message of a conversation. The content is stored once per SHA-256, however many
// mails carry it.
struct MessageAttachment
{
    Id id = 0;
    Id interactionId = 0;
    std::optional<Id> conversationId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex; empty when refused
    // The size limit the file was over, when it was not kept. The fact is stored, the sentence made when
    // it is shown (refusal()), in the reader's language.
    std::optional<qint64> refusedAbove;

    [[nodiscard]] bool isStored() const { return !sha256.isEmpty(); }
    // Why the file was not kept, in the reader's language; empty when it was.
    [[nodiscard]] QString refusal() const;
};

// The rules for files that come with messages.
class AttachmentRules
{
    Q_DECLARE_TR_FUNCTIONS(tandem::AttachmentRules)

public:
    // Larger files are refused (the message is recorded with the refusal noted).
    static constexpr qint64 defaultMaxBytes = qint64(25) * 1024 * 1024;

    // The last suffix decides ("invoice.pdf.exe" is an executable), then the declared type.
    [[nodiscard]] static AttachmentKind kindOf(const QString &fileName, const QString &mimeType);
    [[nodiscard]] static bool isRisky(const QString &fileName, const QString &mimeType)
    {
        const AttachmentKind kind = kindOf(fileName, mimeType);
        return kind == AttachmentKind::Executable || kind == AttachmentKind::Archive;
    }
    // Why a file of `size` bytes was not kept under the limit `maxBytes` (0: a limit not recorded), in the
    // reader's language.
    [[nodiscard]] static QString refusalFor(qint64 size, qint64 maxBytes);
    // Drops the content of a file above the limit and notes the limit.
    static void admit(ChannelAttachment &attachment, qint64 maxBytes);
    // How a text file is highlighted: a log is a log, a .yaml YAML; Plain lets the viewer sniff.
    [[nodiscard]] static BodyFormat textFormatOf(const QString &fileName);
};

} // namespace tandem
