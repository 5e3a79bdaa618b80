// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/MailImportFlow.h"

#include "domain/Error.h"
#include "services/ConversationService.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

#include <limits>

using namespace Qt::StringLiterals;

namespace tandem {

void MailImportFlow::run(QWidget *parent, ConversationService &conversations, Source source)
{
    const QString path = source == Source::MboxFile
        ? QFileDialog::getOpenFileName(parent, tr("Import Mail from an mbox File"), QString(),
              tr("Mailboxes (*.mbox *.mbx *.eml);;All files (*)"))
        : QFileDialog::getExistingDirectory(parent, tr("Import Mail from a Maildir Folder"));
    if (!path.isEmpty())
        importWithProgress(parent, conversations, path);
}

void MailImportFlow::importWithProgress(QWidget *parent, ConversationService &conversations, const QString &path)
{
    QProgressDialog progress(tr("Importing mail…"), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Import Mail"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    MailImportService importer(conversations);
    // The window answers (and sees Cancel) between commits.
    importer.setMailsPerCommit(50);
    MailImportSummary summary;
    try {
        summary = importer.importPath(path, std::nullopt, [&progress](qint64 done, qint64 total) {
            const int scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
            progress.setMaximum(int(total / scale));
            // A modal dialog's setValue() handles events, so Cancel is seen here.
            progress.setValue(int(done / scale));
            return !progress.wasCanceled();
        });
    } catch (const Error &error) {
        progress.reset();
        QMessageBox::warning(parent, tr("Import Mail"), error.message());
        return;
    }
    progress.reset();
    QMessageBox box(summary.refused.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import Mail"),
        summaryText(summary), QMessageBox::Ok, parent);
    box.setObjectName(u"mailImportSummary"_s);
    if (!summary.refused.isEmpty())
        box.setDetailedText(refusalDetails(summary));
    box.exec();
}

QString MailImportFlow::summaryText(const MailImportSummary &summary)
{
    QString text = summary.cancelled ? tr("The import was cancelled; importing again continues where it stopped.")
                                     : tr("The import is complete.");
    text += u"\n\n"_s;
    text += tr("Imported: %1").arg(summary.imported) + u'\n';
    text += tr("Already there (skipped): %1").arg(summary.duplicates) + u'\n';
    text += tr("Auto-replies left out: %1").arg(summary.autoReplies) + u'\n';
    text += tr("Bounces left out: %1").arg(summary.bounces) + u'\n';
    text += tr("Refused: %1").arg(summary.refused.size());
    return text;
}

QString MailImportFlow::refusalDetails(const MailImportSummary &summary)
{
    QStringList lines;
    for (const MailImportRefusal &refusal : summary.refused)
        lines.append(tr("%1: %2").arg(refusal.source, refusal.reason));
    return lines.join(u'\n');
}

} // namespace tandem
