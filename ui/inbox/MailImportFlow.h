// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/mail/MailImportService.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tandem {

class BackgroundMailImport;
class WorkspaceSession;

// File > Import Mail: the import of an mbox file or a Maildir folder with a progress dialog that can
// cancel, and what came of it for a message box.
class MailImportFlow
{
    Q_DECLARE_TR_FUNCTIONS(MailImportFlow)

public:
    enum class Source { MboxFile, MaildirFolder };

    // Asks for the file or folder, imports it and shows the summary; nothing when the choice is cancelled.
    static void run(QWidget *parent, WorkspaceSession &session, Source source);
    // Runs `import` under a progress dialog (the window stays responsive; Cancel stops after the batch under
    // way) and shows the summary.
    static void importWithProgress(QWidget *parent, BackgroundMailImport &import);
    [[nodiscard]] static QString summaryText(const MailImportSummary &summary);
    // Each refused mail with its reason, one a line.
    [[nodiscard]] static QString refusalDetails(const MailImportSummary &summary);
};

} // namespace tandem
