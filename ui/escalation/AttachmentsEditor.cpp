// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/AttachmentsEditor.h"

#include "MessageBanner.h"
#include "domain/BodyFormatSniffer.h"
#include "services/EscalationService.h"
#include "timeline/BodyViewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr qint64 longestReadFile = 16 * qint64(EscalationService::maxAttachmentLength);

// The last `length` characters at most, from the start of a line, so the first line kept is whole.
QString endOf(const QString &text, qsizetype length)
{
    const QString end = text.right(length);
    const qsizetype lineStart = end.indexOf(u'\n') + 1;
    return lineStart > 0 && lineStart < end.size() ? end.mid(lineStart) : end;
}

QString sizeText(qsizetype size)
{
    // Whole numbers for limits ("2 MiB"), two decimals for what was measured.
    return QLocale().formattedDataSize(size, size % (1024 * 1024) == 0 ? 0 : 2);
}

} // namespace

AttachmentsEditor::AttachmentsEditor(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(tr("Attachments (shown read-only)"), this)),
      m_list(new QListWidget(this)),
      m_format(new QComboBox(this)),
      m_notice(new MessageBanner(this)),
      m_keepEnd(new QAction(this)),
      m_viewer(new BodyViewer(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(u"attachmentsHeading"_s);
    m_list->setObjectName(u"attachments"_s);
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setMaximumHeight(96);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    for (const BodyFormat format : allValues<BodyFormat>())
        m_format->addItem(displayName(format), int(format));
    m_format->setAccessibleName(tr("Format of the attachment"));
    m_format->setEnabled(false);
    m_viewer->editor()->setAccessibleName(tr("Attachment content"));
    m_viewer->editor()->setPlaceholderText(tr("Select an attachment to read it here."));
    auto *addFile = new QPushButton(tr("Add &File…"), this);
    addFile->setObjectName(u"addAttachmentFile"_s);
    auto *paste = new QPushButton(tr("&Paste as Attachment"), this);
    paste->setObjectName(u"pasteAttachment"_s);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"removeAttachment"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addFile);
    buttons->addWidget(paste);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Format:"), this));
    buttons->addWidget(m_format);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_viewer, 1);
    m_notice->setObjectName(u"attachmentNotice"_s);
    m_keepEnd->setObjectName(u"keepEnd"_s);
    m_keepEnd->setText(tr("Keep the Last %1").arg(sizeText(EscalationService::maxAttachmentLength)));
    connect(m_keepEnd, &QAction::triggered, this, &AttachmentsEditor::keepEndOfRefused);

    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsEditor::showAttachment);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_attachments.size())
            return;
        const auto format = BodyFormat(m_format->currentData().toInt());
        if (m_attachments[row].format == format)
            return;
        m_attachments[row].format = format;
        m_list->item(row)->setText(m_attachments.at(row).name + u" · "_s + displayName(format));
        showAttachment(row);
        emit attachmentsChanged();
    });
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"), QString(),
            tr("Logs, configs and traces (*.log *.txt *.json *.xml *.yaml *.yml *.ini *.conf *.cfg *.sh *.sql "
               "*.trace);;All files (*)"));
        for (const QString &path : paths)
            addAttachmentFile(path);
    });
    connect(paste, &QPushButton::clicked, this, &AttachmentsEditor::pasteAttachment);
    connect(remove, &QPushButton::clicked, this, &AttachmentsEditor::removeCurrent);
}

QString AttachmentsEditor::extensionFor(BodyFormat format)
{
    switch (format) {
    case BodyFormat::Log:
        return u"log"_s;
    case BodyFormat::Json:
        return u"json"_s;
    case BodyFormat::Xml:
        return u"xml"_s;
    case BodyFormat::Yaml:
        return u"yaml"_s;
    case BodyFormat::Ini:
        return u"ini"_s;
    case BodyFormat::Shell:
        return u"sh"_s;
    case BodyFormat::Sql:
        return u"sql"_s;
    case BodyFormat::Html:
        return u"html"_s;
    case BodyFormat::StackTrace:
    case BodyFormat::Plain:
        break;
    }
    return u"txt"_s;
}

BodyFormat AttachmentsEditor::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"log"_s)
        return BodyFormat::Log;
    if (suffix == u"json"_s)
        return BodyFormat::Json;
    if (suffix == u"xml"_s)
        return BodyFormat::Xml;
    if (suffix == u"yaml"_s || suffix == u"yml"_s)
        return BodyFormat::Yaml;
    if (suffix == u"ini"_s || suffix == u"conf"_s || suffix == u"cfg"_s || suffix == u"properties"_s)
        return BodyFormat::Ini;
    if (suffix == u"sh"_s || suffix == u"bash"_s)
        return BodyFormat::Shell;
    if (suffix == u"sql"_s)
        return BodyFormat::Sql;
    if (suffix == u"trace"_s || suffix == u"stacktrace"_s)
        return BodyFormat::StackTrace;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return BodyFormat::Html;
    return BodyFormat::Plain;
}

void AttachmentsEditor::addAttachment(const EscalationAttachment &attachment)
{
    if (attachment.content.size() > EscalationService::maxAttachmentLength) {
        offerEndOf(attachment);
        return;
    }
    m_attachments.append(attachment);
    m_list->addItem(attachment.name + u" · "_s + displayName(attachment.format));
    m_list->setCurrentRow(m_list->count() - 1);
    emit attachmentsChanged();
}

bool AttachmentsEditor::addAttachmentFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        emit problemFound(tr("Cannot read %1: %2").arg(name, file.errorString()));
        return false;
    }
    // A log somewhat over the limit is read, so its end can be offered; a huge file is not.
    if (file.size() > longestReadFile) {
        emit problemFound(tr("%1 is too large to attach (%2; at most %3).")
                .arg(name, sizeText(file.size()), sizeText(EscalationService::maxAttachmentLength)));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        emit problemFound(tr("%1 is not a text file; attach logs, configs and traces as text.").arg(name));
        return false;
    }
    BodyFormat format = formatForFileName(name);
    const QString text = QString::fromUtf8(bytes);
    if (format == BodyFormat::Plain)
        format = BodyFormatSniffer::sniff(text);
    const qsizetype attachedBefore = m_attachments.size();
    addAttachment({ 0, 0, name, format, text });
    return m_attachments.size() > attachedBefore;
}

void AttachmentsEditor::offerEndOf(const EscalationAttachment &tooLong)
{
    m_refused = tooLong;
    m_notice->removeAction(m_keepEnd);
    m_notice->showError(tr("“%1” is %2, longer than the %3 an attachment may have, so it was not attached. "
                           "The end of a log is usually where the error is.")
            .arg(tooLong.name, sizeText(tooLong.content.size()), sizeText(EscalationService::maxAttachmentLength)));
    m_notice->addAction(m_keepEnd);
}

void AttachmentsEditor::keepEndOfRefused()
{
    if (!m_refused)
        return;
    EscalationAttachment kept = std::move(*m_refused);
    m_refused.reset();
    const QString whole = sizeText(kept.content.size());
    kept.content = endOf(kept.content, EscalationService::maxAttachmentLength);
    // The notice's button for the action is still handling its click; it goes once that is over.
    QTimer::singleShot(0, m_notice, [this] {
        if (!m_refused)
            m_notice->removeAction(m_keepEnd);
    });
    addAttachment(kept);
    m_notice->showDone(tr("Attached the last %1 of “%2” (%3); the start was left out.")
            .arg(sizeText(kept.content.size()), kept.name, whole));
}

bool AttachmentsEditor::pasteAttachment()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        emit problemFound(tr("The clipboard holds no text to attach."));
        return false;
    }
    const BodyFormat format = BodyFormatSniffer::sniff(text);
    addAttachment({ 0, 0, tr("pasted-%1.%2").arg(m_attachments.size() + 1).arg(extensionFor(format)), format, text });
    return true;
}

void AttachmentsEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    m_attachments.removeAt(row);
    delete m_list->takeItem(row);
    showAttachment(m_list->currentRow());
    // What was said about attachments is about the ones there were; an offer still open stays.
    if (!m_refused)
        m_notice->hide();
    emit attachmentsChanged();
}

void AttachmentsEditor::showAttachment(int row)
{
    const bool valid = row >= 0 && row < m_attachments.size();
    m_format->setEnabled(valid);
    if (!valid) {
        m_viewer->clear();
        return;
    }
    const EscalationAttachment &attachment = m_attachments.at(row);
    const QSignalBlocker blocker(m_format);
    m_format->setCurrentIndex(m_format->findData(int(attachment.format)));
    m_viewer->setBody(attachment.content, attachment.format);
}

} // namespace tandem
