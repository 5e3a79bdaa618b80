// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/AnswerDialog.h"

#include "DateTimeText.h"
#include "escalation/LatestExchange.h"

#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tandem {
AnswerDialog::AnswerDialog(EscalationService &service, Actor actor, const HandoffDetails &details, QWidget *parent)
    : EscalationNoteDialog(details.item.escalation.id, parent),
      m_service(service),
      m_actor(std::move(actor)),
      m_version(details.item.escalation.version)
{
    setObjectName(u"answerDialog"_s);
    setWindowTitle(tr("Answer the Specialist"));

    const Escalation &escalation = details.item.escalation;
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

    build({ u"answer"_s, tr("Escalation #%1: %2").arg(QString::number(escalation.id), escalation.summary),
              tr("Your &answer:"), tr("What the specialist asked for: the facts, what you checked, what you attach"),
              tr("Se&nd Answer"), tr("Send the answer and the attachments to the specialist (Ctrl+Return)"),
              tr("Write your answer for the specialist first; nothing was sent.") },
        { customer, questionBox });
}

void AnswerDialog::send(const QString &note, const QList<EscalationAttachment> &attachments)
{
    m_service.answer(m_actor, escalationId(), note, attachments, m_version);
}

} // namespace tandem
