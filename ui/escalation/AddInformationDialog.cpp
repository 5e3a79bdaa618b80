// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/AddInformationDialog.h"

#include "MessageBanner.h"
#include "domain/Error.h"
#include "escalation/AttachmentsEditor.h"
#include "escalation/EscalationLine.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

AddInformationDialog::AddInformationDialog(
    EscalationService &service, Actor actor, const EscalationListItem &target, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_escalationId(target.escalation.id),
      m_message(new MessageBanner(this)),
      m_note(new QPlainTextEdit(this)),
      m_attachments(new AttachmentsEditor(this)),
      m_add(nullptr)
{
    setObjectName(u"addInformationDialog"_s);
    setWindowTitle(tr("Add Information to Escalation #%1").arg(m_escalationId));
    m_message->setObjectName(u"addInformationMessage"_s);

    auto *title = new QLabel(escalationLine(target), this);
    title->setObjectName(u"addInformationTitle"_s);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *explanation = new QLabel(
        tr("For %1. The specialist sees your note and files in the escalation's history; its state stays as it is.")
            .arg(target.customerName),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);

    m_note->setObjectName(u"note"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What is new: what the customer reported, what you found, what you attach"));
    m_note->setMinimumHeight(m_note->fontMetrics().height() * 8 + 14);
    auto *noteLabel = new QLabel(tr("&Information for the specialist:"), this);
    noteLabel->setBuddy(m_note);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("&Add to #%1").arg(m_escalationId), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addInformation"_s);
    m_add->setToolTip(tr("Add the note and the attachments to the escalation (Ctrl+Return)"));
    m_add->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Return writes a new line in the note; Ctrl+Return adds from anywhere in the dialog.
    auto *add = new QAction(this);
    add->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    addAction(add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 2);
    layout->addWidget(m_attachments, 3);
    layout->addWidget(buttons);

    connect(add, &QAction::triggered, this, &AddInformationDialog::submit);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddInformationDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attachments, &AttachmentsEditor::problemFound, m_message, &MessageBanner::showError);
    m_note->setFocus(Qt::OtherFocusReason);
    resize(760, 680);
}

bool AddInformationDialog::submit()
{
    if (m_note->toPlainText().trimmed().isEmpty()) {
        m_message->showError(tr("Write what you are adding for the specialist first; nothing was added."));
        m_note->setFocus(Qt::OtherFocusReason);
        return false;
    }
    try {
        m_service.addInformation(m_actor, m_escalationId, m_note->toPlainText(), m_attachments->attachments());
    } catch (const Error &error) {
        m_message->showError(error.message());
        return false;
    }
    accept();
    return true;
}

} // namespace tandem
