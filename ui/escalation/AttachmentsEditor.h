// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/EscalationRecords.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;

namespace tandem {

class BodyViewer;
class MessageBanner;

// The technical texts that go with an escalation step (the hand-off, the rep's answer): logs, configs and
// traces added from files or the clipboard, each with its declared format, shown read-only and
// highlighted. The service's limit is checked when something is added: a text over it is not attached, and
// keeping its end (where a log has its error) is offered instead.
class AttachmentsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentsEditor(QWidget *parent = nullptr);

    [[nodiscard]] const QList<EscalationAttachment> &attachments() const { return m_attachments; }
    [[nodiscard]] BodyViewer *viewer() const { return m_viewer; }
    // The list of attachments, where a form puts the focus for a problem with them.
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLabel *heading() const { return m_heading; }
    // Says why something was not attached as it was, with what can be done instead.
    [[nodiscard]] MessageBanner *notice() const { return m_notice; }

    // Adds the attachment, or, when it is longer than the service takes, attaches nothing and offers to keep
    // its end.
    void addAttachment(const EscalationAttachment &attachment);
    // Reads a text file as an attachment, its format guessed from the name (or the content); false (with
    // problemFound()) for files that cannot be read, are not text or are far too large (for a long log, its
    // end is offered).
    bool addAttachmentFile(const QString &path);
    // Adds the clipboard's text, its format sniffed; false (with problemFound()) when it holds none.
    bool pasteAttachment();

    static BodyFormat formatForFileName(const QString &fileName);
    // "log" for a log: the extension a file in that format gets its name with.
    static QString extensionFor(BodyFormat format);

signals:
    // Something the agent tried could not be attached; the sentence says why.
    void problemFound(const QString &message);
    void attachmentsChanged();

private:
    void showAttachment(int row);
    void removeCurrent();
    void offerEndOf(const EscalationAttachment &tooLong);
    void keepEndOfRefused();

    QList<EscalationAttachment> m_attachments;
    std::optional<EscalationAttachment> m_refused;
    QLabel *m_heading;
    QListWidget *m_list;
    QComboBox *m_format;
    MessageBanner *m_notice;
    QAction *m_keepEnd;
    BodyViewer *m_viewer;
};

} // namespace tandem
