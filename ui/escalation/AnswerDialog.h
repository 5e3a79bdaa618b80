// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "escalation/EscalationNoteDialog.h"
#include "services/Actor.h"
#include "services/EscalationService.h"

namespace tandem {

// Where the rep answers the specialist's question: the question itself, who asked and when, a roomy
// answer field, and the files asked for (added as on the hand-off form).
class AnswerDialog : public EscalationNoteDialog
{
    Q_OBJECT

public:
    AnswerDialog(EscalationService &service, Actor actor, const HandoffDetails &details, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *answerEdit() const { return noteEdit(); }

private:
    void send(const QString &note, const QList<EscalationAttachment> &attachments) override;

    EscalationService &m_service;
    Actor m_actor;
    int m_version;
};

} // namespace tandem
