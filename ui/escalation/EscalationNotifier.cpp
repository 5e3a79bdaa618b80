// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationNotifier.h"

using namespace Qt::StringLiterals;

namespace tandem {

void EscalationNotifier::notify(const QString &text)
{
    KNotification *notice = send(eventId, tr("Tandem"), text);
    KNotificationAction *open = notice->addDefaultAction(tr("Open the Queue"));
    connect(open, &KNotificationAction::activated, this, &EscalationNotifier::openRequested);
    notice->sendEvent();
}

void EscalationNotifier::notifyReturned(const EscalationListItem &item)
{
    const Escalation &escalation = item.escalation;
    const QString number = QString::number(escalation.id);
    const QString specialist = item.assigneeName.isEmpty() ? tr("Support") : item.assigneeName;
    const bool question = escalation.state == EscalationState::NeedsInfoFromRep;
    const QString title = question ? tr("Escalation #%1 needs information from you").arg(number)
                                   : tr("Escalation #%1 was handed back to you").arg(number);
    const QString text = question ? tr("%1 has a question about “%2” for %3. Support waits for your answer.")
                                        .arg(specialist, escalation.summary, item.customerName)
                                  : tr("%1 handed “%2” back: tell %3 what was found, then close it.")
                                        .arg(specialist, escalation.summary, item.customerName);
    KNotification *notice = send(needsYouEventId, title, text);
    m_noticeEscalationId = escalation.id;
    KNotificationAction *open = notice->addDefaultAction(tr("Open Escalation #%1").arg(number));
    const Id id = escalation.id;
    connect(open, &KNotificationAction::activated, this, [this, id] { emit openEscalationRequested(id); });
    notice->sendEvent();
}

KNotification *EscalationNotifier::send(QLatin1StringView event, const QString &title, const QString &text)
{
    if (m_notice)
        m_notice->close();
    // Deletes itself once closed; sending only queues D-Bus calls, so no notification service means no wait.
    auto *notice = new KNotification(QString(event), KNotification::CloseOnTimeout, this);
    notice->setComponentName(u"tandem"_s);
    notice->setTitle(title);
    notice->setText(text);
    notice->setIconName(u"org.tandemdesk.Tandem"_s);
    m_notice = notice;
    m_noticeEscalationId = 0;
    return notice;
}

} // namespace tandem
