// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "escalation/EscalationNoteDialog.h"
#include "services/Actor.h"
#include "services/EscalationService.h"

namespace tandem {

// Where a rep adds what they learned to an escalation support still works on, instead of escalating the
// same problem again: which escalation, its state and specialist, a note and files.
class AddInformationDialog : public EscalationNoteDialog
{
    Q_OBJECT

public:
    AddInformationDialog(
        EscalationService &service, Actor actor, const EscalationListItem &target, QWidget *parent = nullptr);

    // The conversation the rep adds from: linked to the escalation when it has none yet.
    void setConversation(Id conversationId) { m_conversationId = conversationId; }

private:
    void send(const QString &note, const QList<EscalationAttachment> &attachments) override;

    EscalationService &m_service;
    Actor m_actor;
    Id m_conversationId = 0;
};

} // namespace tandem
