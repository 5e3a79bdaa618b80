// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/EscalationNotifier.h"

#include <KNotification>

using namespace Qt::StringLiterals;

namespace tandem {

void EscalationNotifier::notify(const QString &text)
{
    if (m_notice)
        m_notice->close();
    // Deletes itself once closed; sending only queues D-Bus calls, so no notification service means no wait.
    auto *notice = new KNotification(QString(eventId), KNotification::CloseOnTimeout, this);
    notice->setComponentName(u"tandem"_s);
    notice->setTitle(tr("Tandem"));
    notice->setText(text);
    notice->setIconName(u"org.tandemdesk.Tandem"_s);
    KNotificationAction *open = notice->addDefaultAction(tr("Open the Queue"));
    connect(open, &KNotificationAction::activated, this, &EscalationNotifier::openRequested);
    m_notice = notice;
    notice->sendEvent();
}

} // namespace tandem
