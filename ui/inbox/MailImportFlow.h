// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/mail/MailImportService.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tandem {

class ConversationService;

// File > Import Mail: the import of an mbox file or a Maildir folder with a progress dialog that can
// cancel, and what came of it for a message box.
class MailImportFlow
{
    Q_DECLARE_TR_FUNCTIONS(MailImportFlow)

public:
    enum class Source { MboxFile, MaildirFolder };

    // Asks for the file or folder, imports it and shows the summary; nothing when the choice is cancelled.
    static void run(QWidget *parent, ConversationService &conversations, Source source);
    // Imports `path` under a progress dialog and shows the summary.
    static void importWithProgress(QWidget *parent, ConversationService &conversations, const QString &path);
    [[nodiscard]] static QString summaryText(const MailImportSummary &summary);
    // Each refused mail with its reason, one a line.
    [[nodiscard]] static QString refusalDetails(const MailImportSummary &summary);
};

} // namespace tandem
