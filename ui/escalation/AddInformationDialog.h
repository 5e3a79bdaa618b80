// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace tandem {

class AttachmentsEditor;
class MessageBanner;

// Where a rep adds what they learned to an escalation support still works on, instead of escalating the
// same problem again: which escalation, its state and specialist, a note and files (added as on the
// hand-off form). Nothing is lost on a refusal: the dialog stays open with the text and the files.
class AddInformationDialog : public QDialog
{
    Q_OBJECT

public:
    AddInformationDialog(
        EscalationService &service, Actor actor, const EscalationListItem &target, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *noteEdit() const { return m_note; }
    [[nodiscard]] AttachmentsEditor *attachments() const { return m_attachments; }
    [[nodiscard]] MessageBanner *message() const { return m_message; }
    [[nodiscard]] Id escalationId() const { return m_escalationId; }

    // Adds the note with its attachments and closes; false (the dialog stays, with the reason) when the note is
    // empty or the service refuses it.
    bool submit();

private:
    EscalationService &m_service;
    Actor m_actor;
    Id m_escalationId;
    MessageBanner *m_message;
    QPlainTextEdit *m_note;
    AttachmentsEditor *m_attachments;
    QPushButton *m_add;
};

} // namespace tandem
