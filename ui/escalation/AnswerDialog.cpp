// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/AnswerDialog.h"

#include "DateTimeText.h"
#include "MessageBanner.h"
#include "domain/Error.h"
#include "escalation/AttachmentsEditor.h"
#include "escalation/LatestExchange.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
AnswerDialog::AnswerDialog(EscalationService &service, Actor actor, const HandoffDetails &details, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_escalationId(details.item.escalation.id),
      m_version(details.item.escalation.version),
      m_message(new MessageBanner(this)),
      m_answer(new QPlainTextEdit(this)),
      m_attachments(new AttachmentsEditor(this)),
      m_send(nullptr)
{
    setObjectName(u"answerDialog"_s);
    setWindowTitle(tr("Answer the Specialist"));
    m_message->setObjectName(u"answerMessage"_s);

    const Escalation &escalation = details.item.escalation;
    auto *title = new QLabel(tr("Escalation #%1: %2").arg(QString::number(escalation.id), escalation.summary), this);
    title->setObjectName(u"answerTitle"_s);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *customer = new QLabel(details.item.customerName, this);
    customer->setTextFormat(Qt::PlainText);

    // The question, set apart as what this dialog is about.
    const std::optional<EscalationEvent> question = latestExchangeOf(details.events).question;
    auto *questionBox = new QFrame(this);
    questionBox->setObjectName(u"questionBox"_s);
    questionBox->setFrameShape(QFrame::StyledPanel);
    questionBox->setAutoFillBackground(true);
    questionBox->setBackgroundRole(QPalette::AlternateBase);
    auto *asked = new QLabel(questionBox);
    asked->setObjectName(u"questionFrom"_s);
    asked->setTextFormat(Qt::PlainText);
    QFont askedFont = asked->font();
    askedFont.setWeight(QFont::DemiBold);
    asked->setFont(askedFont);
    auto *questionText = new QLabel(questionBox);
    questionText->setObjectName(u"question"_s);
    questionText->setTextFormat(Qt::PlainText);
    questionText->setWordWrap(true);
    questionText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (question) {
        const QString when = shortDateTimeText(QDateTime::fromMSecsSinceEpoch(question->occurredAt).toLocalTime());
        asked->setText(tr("%1 asked on %2:")
                .arg(question->actorName.isEmpty() ? details.item.assigneeName : question->actorName, when));
        questionText->setText(question->note);
    } else {
        asked->setText(tr("Support asked:"));
        questionText->setText(tr("The question could not be found in the escalation's history."));
    }
    auto *questionLayout = new QVBoxLayout(questionBox);
    questionLayout->addWidget(asked);
    questionLayout->addWidget(questionText);

    m_answer->setObjectName(u"answer"_s);
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("What the specialist asked for: the facts, what you checked, what you attach"));
    m_answer->setMinimumHeight(m_answer->fontMetrics().height() * 6 + 14);
    auto *answerLabel = new QLabel(tr("Your &answer:"), this);
    answerLabel->setBuddy(m_answer);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Se&nd Answer"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendAnswer"_s);
    m_send->setToolTip(tr("Send the answer and the attachments to the specialist (Ctrl+Return)"));
    m_send->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Return writes a new line in the answer; Ctrl+Return sends from anywhere in the dialog.
    auto *send = new QAction(this);
    send->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    addAction(send);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(title);
    layout->addWidget(customer);
    layout->addWidget(questionBox);
    layout->addWidget(answerLabel);
    layout->addWidget(m_answer, 2);
    layout->addWidget(m_attachments, 3);
    layout->addWidget(buttons);

    connect(send, &QAction::triggered, this, &AnswerDialog::submit);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnswerDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attachments, &AttachmentsEditor::problemFound, m_message, &MessageBanner::showError);
    m_answer->setFocus(Qt::OtherFocusReason);
    resize(760, 680);
}

bool AnswerDialog::submit()
{
    if (m_answer->toPlainText().trimmed().isEmpty()) {
        m_message->showError(tr("Write your answer for the specialist first; nothing was sent."));
        m_answer->setFocus(Qt::OtherFocusReason);
        return false;
    }
    try {
        m_service.answer(m_actor, m_escalationId, m_answer->toPlainText(), m_attachments->attachments(), m_version);
    } catch (const Error &error) {
        m_message->showError(error.message());
        return false;
    }
    accept();
    return true;
}

} // namespace tandem
