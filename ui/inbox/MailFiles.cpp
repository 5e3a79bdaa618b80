// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inbox/MailFiles.h"

#include "domain/Error.h"
#include "services/MessageContentService.h"
#include "timeline/BodyViewer.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

QString MailFiles::kindWarning(const MessageAttachment &file)
{
    switch (AttachmentRules::kindOf(file.fileName, file.mimeType)) {
    case AttachmentKind::Executable:
        return tr("Executable: do not run");
    case AttachmentKind::Archive:
        return tr("Archive: may hide executables");
    case AttachmentKind::Text:
    case AttachmentKind::Other:
        break;
    }
    return {};
}

bool MailFiles::isViewable(const MessageAttachment &file)
{
    return file.isStored() && AttachmentRules::kindOf(file.fileName, file.mimeType) == AttachmentKind::Text;
}

std::optional<QString> MailFiles::view(
    QWidget *parent, const MessageContentService &content, const MessageAttachment &file)
{
    QString text;
    try {
        text = content.text(file.id);
    } catch (const Error &error) {
        return error.message();
    }
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"fileViewer"_s);
    dialog->setWindowTitle(tr("%1 (from the customer's mail)").arg(file.fileName));
    auto *viewer = new BodyViewer(dialog);
    viewer->setBody(text, AttachmentRules::textFormatOf(file.fileName));
    viewer->editor()->setAccessibleName(file.fileName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(viewer);
    layout->addWidget(buttons);
    dialog->resize(800, 560);
    dialog->show();
    return std::nullopt;
}

std::optional<QString> MailFiles::saveAs(
    QWidget *parent, const MessageContentService &content, const MessageAttachment &file)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save %1").arg(file.fileName),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(file.fileName));
    if (path.isEmpty())
        return std::nullopt;
    try {
        const QByteArray bytes = content.content(file.id);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return tr("%1 could not be saved: %2").arg(path, out.errorString());
    } catch (const Error &error) {
        return error.message();
    }
    return std::nullopt;
}

} // namespace tandem
