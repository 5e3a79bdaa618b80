// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tandem {

class AttachmentsEditor;
class MessageBanner;

// Where the rep answers the specialist's question: the question itself, who asked and when, a roomy
// answer field, and the files asked for (added as on the hand-off form). Nothing is lost on a refusal:
// the dialog stays open with the text and the files, and says what is missing.
class AnswerDialog : public QDialog
{
    Q_OBJECT

public:
    AnswerDialog(EscalationService &service, Actor actor, const HandoffDetails &details, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *answerEdit() const { return m_answer; }
    [[nodiscard]] AttachmentsEditor *attachments() const { return m_attachments; }
    [[nodiscard]] MessageBanner *message() const { return m_message; }
    [[nodiscard]] Id escalationId() const { return m_escalationId; }

    // Sends the answer with its attachments and closes; false (the dialog stays, with the reason) when the
    // answer is empty or the service refuses it.
    bool submit();

private:
    EscalationService &m_service;
    Actor m_actor;
    Id m_escalationId;
    int m_version;
    MessageBanner *m_message;
    QPlainTextEdit *m_answer;
    AttachmentsEditor *m_attachments;
    QPushButton *m_send;
};

} // namespace tandem
