// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/MailImportFlow.h"

#include "domain/Error.h"
#include "services/WorkspaceSession.h"
#include "services/mail/BackgroundMailImport.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace tandem {

void MailImportFlow::run(QWidget *parent, WorkspaceSession &session, Source source)
{
    const QString path = source == Source::MboxFile
        ? QFileDialog::getOpenFileName(parent, tr("Import Mail from an mbox File"), QString(),
              tr("Mailboxes (*.mbox *.mbx *.eml);;All files (*)"))
        : QFileDialog::getExistingDirectory(parent, tr("Import Mail from a Maildir Folder"));
    if (path.isEmpty())
        return;
    const std::unique_ptr<BackgroundMailImport> import = session.mailImport(path);
    importWithProgress(parent, *import);
}

void MailImportFlow::importWithProgress(QWidget *parent, BackgroundMailImport &import)
{
    QProgressDialog progress(tr("Importing mail…"), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Import Mail"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Reaching the maximum must not close the dialog: the summary comes when the import says it is done.
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    std::optional<MailImportSummary> summary;
    QString failure;
    QEventLoop untilDone;
    QObject::connect(&import, &BackgroundMailImport::progress, &progress, [&progress](qint64 done, qint64 total) {
        const int scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
        progress.setMaximum(int(total / scale));
        progress.setValue(int(done / scale));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &import, [&import, &progress] {
        import.cancel();
        // Shown until the batch under way is committed, so nobody wonders whether Cancel was heard.
        progress.setLabelText(tr("Stopping after the mails under way…"));
        progress.setCancelButton(nullptr);
        progress.show();
    });
    QObject::connect(
        &import, &BackgroundMailImport::finished, &untilDone, [&summary, &untilDone](const MailImportSummary &done) {
            summary = done;
            untilDone.quit();
        });
    QObject::connect(&import, &BackgroundMailImport::failed, &untilDone, [&failure, &untilDone](const QString &why) {
        failure = why;
        untilDone.quit();
    });
    import.start();
    untilDone.exec();
    progress.reset();
    progress.hide();
    if (!summary) {
        QMessageBox::warning(parent, tr("Import Mail"), failure);
        return;
    }
    QMessageBox box(summary->refused.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import Mail"),
        summaryText(*summary), QMessageBox::Ok, parent);
    box.setObjectName(u"mailImportSummary"_s);
    if (!summary->refused.isEmpty())
        box.setDetailedText(refusalDetails(*summary));
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
