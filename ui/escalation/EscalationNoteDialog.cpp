// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationNoteDialog.h"

#include "MessageBanner.h"
#include "domain/Error.h"
#include "escalation/AttachmentsEditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {

EscalationNoteDialog::EscalationNoteDialog(Id escalationId, QWidget *parent)
    : QDialog(parent),
      m_escalationId(escalationId),
      m_message(new MessageBanner(this)),
      m_note(new QPlainTextEdit(this)),
      m_attachments(new AttachmentsEditor(this))
{ }

void EscalationNoteDialog::build(const Wording &wording, const QList<QWidget *> &context)
{
    m_missingNote = wording.missingNote;
    m_message->setObjectName(wording.name + u"Message"_s);

    auto *title = new QLabel(wording.title, this);
    title->setObjectName(wording.name + u"Title"_s);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    m_note->setObjectName(wording.name);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(wording.placeholder);
    m_note->setMinimumHeight(m_note->fontMetrics().height() * 6 + 14);
    auto *noteLabel = new QLabel(wording.noteLabel, this);
    noteLabel->setBuddy(m_note);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *sendButton = buttons->addButton(wording.send, QDialogButtonBox::AcceptRole);
    sendButton->setObjectName(u"send"_s + wording.name.left(1).toUpper() + wording.name.mid(1));
    sendButton->setToolTip(wording.sendTip);
    sendButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Return writes a new line in the note; Ctrl+Return sends from anywhere in the dialog.
    auto *sendShortcut = new QAction(this);
    sendShortcut->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    addAction(sendShortcut);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(title);
    for (QWidget *widget : context)
        layout->addWidget(widget);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 2);
    layout->addWidget(m_attachments, 3);
    layout->addWidget(buttons);

    connect(sendShortcut, &QAction::triggered, this, &EscalationNoteDialog::submit);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationNoteDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attachments, &AttachmentsEditor::problemFound, m_message, &MessageBanner::showError);
    m_note->setFocus(Qt::OtherFocusReason);
    resize(760, 680);
}

bool EscalationNoteDialog::submit()
{
    if (m_note->toPlainText().trimmed().isEmpty()) {
        m_message->showError(m_missingNote);
        m_note->setFocus(Qt::OtherFocusReason);
        return false;
    }
    try {
        send(m_note->toPlainText(), m_attachments->attachments());
    } catch (const Error &error) {
        m_message->showError(error.message());
        return false;
    }
    accept();
    return true;
}

} // namespace tandem
