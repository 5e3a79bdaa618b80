// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/EscalationRecords.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace tandem {

class AttachmentsEditor;
class MessageBanner;

// A rep's note with files for one escalation (the answer to support's question, information added later):
// which escalation, what the note is about, a roomy note field and the files (added as on the hand-off
// form). Nothing is lost on a refusal: the dialog stays open with the text and the files, and says why.
class EscalationNoteDialog : public QDialog
{
    Q_OBJECT

public:
    [[nodiscard]] QPlainTextEdit *noteEdit() const { return m_note; }
    [[nodiscard]] AttachmentsEditor *attachments() const { return m_attachments; }
    [[nodiscard]] MessageBanner *message() const { return m_message; }
    [[nodiscard]] Id escalationId() const { return m_escalationId; }

    // Sends the note with its attachments and closes; false (the dialog stays, with the reason) when the note
    // is empty or the service refuses it.
    bool submit();

protected:
    // The words and object names of one kind of note.
    struct Wording
    {
        QString name; // object name of the note field; the title, banner and button names derive from it
        QString title;
        QString noteLabel; // with its mnemonic
        QString placeholder;
        QString send; // the button, with its mnemonic
        QString sendTip;
        QString missingNote; // said when the note is empty
    };

    EscalationNoteDialog(Id escalationId, QWidget *parent);
    // Lays the dialog out: the banner, the title, `context` (what the note is about), the note, the files
    // and the buttons.
    void build(const Wording &wording, const QList<QWidget *> &context);
    // Hands the note and the files to the service; throws its Error when it refuses.
    virtual void send(const QString &note, const QList<EscalationAttachment> &attachments) = 0;

private:
    Id m_escalationId;
    QString m_missingNote;
    MessageBanner *m_message;
    QPlainTextEdit *m_note;
    AttachmentsEditor *m_attachments;
};

} // namespace tandem
