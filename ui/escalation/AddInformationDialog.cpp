// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/AddInformationDialog.h"

#include "escalation/EscalationLine.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace tandem {

AddInformationDialog::AddInformationDialog(
    EscalationService &service, Actor actor, const EscalationListItem &target, QWidget *parent)
    : EscalationNoteDialog(target.escalation.id, parent), m_service(service), m_actor(std::move(actor))
{
    setObjectName(u"addInformationDialog"_s);
    setWindowTitle(tr("Add Information to Escalation #%1").arg(target.escalation.id));
    auto *explanation = new QLabel(
        tr("For %1. The specialist sees your note and files in the escalation's history; its state stays as it is.")
            .arg(target.customerName),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    build({ u"note"_s, escalationLine(target), tr("&Information for the specialist:"),
              tr("What is new: what the customer reported, what you found, what you attach"),
              tr("&Add to #%1").arg(target.escalation.id),
              tr("Add the note and the attachments to the escalation (Ctrl+Return)"),
              tr("Write what you are adding for the specialist first; nothing was added.") },
        { explanation });
}

void AddInformationDialog::send(const QString &note, const QList<EscalationAttachment> &attachments)
{
    m_service.addInformation(m_actor, escalationId(), note, attachments,
        m_conversationId != 0 ? std::optional<Id>(m_conversationId) : std::nullopt);
}

} // namespace tandem
