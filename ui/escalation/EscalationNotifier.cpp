// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationNotifier.h"

using namespace Qt::StringLiterals;

namespace tandem {

void EscalationNotifier::notify(const QString &text)
{
    send(eventId, tr("Tandem"), text, tr("Open the Queue"), 0);
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
    send(needsYouEventId, title, text, tr("Open Escalation #%1").arg(number), escalation.id);
}

void EscalationNotifier::activateLastSent()
{
    if (!m_lastSent)
        return;
    if (m_lastSent->escalationId != 0)
        emit openEscalationRequested(m_lastSent->escalationId);
    else
        emit openRequested();
}

void EscalationNotifier::send(
    QLatin1StringView event, const QString &title, const QString &text, const QString &defaultAction, Id escalationId)
{
    if (m_notice)
        m_notice->close();
    m_lastSent = Sent { QString(event), title, text, defaultAction, escalationId };
    // Deletes itself once closed; sending only queues D-Bus calls, so no notification service means no wait.
    auto *notice = new KNotification(QString(event), KNotification::CloseOnTimeout, this);
    notice->setComponentName(u"tandem"_s);
    notice->setTitle(title);
    notice->setText(text);
    notice->setIconName(u"org.tandemdesk.Tandem"_s);
    KNotificationAction *open = notice->addDefaultAction(defaultAction);
    // A newer notice replaces this one; choosing this one still opens what it named.
    const Sent sent = *m_lastSent;
    connect(open, &KNotificationAction::activated, this, [this, sent] {
        if (sent.escalationId != 0)
            emit openEscalationRequested(sent.escalationId);
        else
            emit openRequested();
    });
    m_notice = notice;
    notice->sendEvent();
}

} // namespace tandem
