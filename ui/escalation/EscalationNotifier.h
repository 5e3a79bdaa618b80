// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/EscalationRecords.h"

#include <QObject>
#include <QPointer>

#include <KNotification>
#include <optional>

namespace tandem {

// Tells the agent through the desktop's notifications (KNotifications, events in tandem.notifyrc) that an
// escalation is waiting for them; works with or without a system tray, and without a notification service
// the notice is simply not shown (the notice object is made all the same, which is what tests look at).
class EscalationNotifier : public QObject
{
    Q_OBJECT

public:
    // A new escalation in the queue (for support).
    static constexpr QLatin1StringView eventId { "escalationArrived" };
    // One of the agent's own escalations waits on them: a question from support, or handed back.
    static constexpr QLatin1StringView needsYouEventId { "escalationNeedsYou" };

    using QObject::QObject;

    // Replaces the notice on screen, if any, with this one; its action opens the queue.
    void notify(const QString &text);
    // Says that this escalation came back to the agent who raised it; its action opens the escalation.
    void notifyReturned(const EscalationListItem &item);
    // The notice on screen, or nullptr (also once the desktop closed it, or refused it for want of a
    // notification service or of the tandem.notifyrc).
    [[nodiscard]] KNotification *notice() const { return m_notice; }

    // What was sent last, as the desktop was asked to show it, whether or not anything showed it.
    struct Sent
    {
        QString eventId;
        QString title;
        QString text;
        QString defaultAction;
        Id escalationId = 0; // what the default action opens; 0: the queue
    };
    [[nodiscard]] const std::optional<Sent> &lastSent() const { return m_lastSent; }
    // What choosing the last notice's default action does (the desktop calls it through the notice).
    void activateLastSent();

signals:
    // The agent chose the queue notice's action.
    void openRequested();
    // The agent chose the action of a notice about one escalation.
    void openEscalationRequested(Id escalationId);

private:
    void send(QLatin1StringView event, const QString &title, const QString &text, const QString &defaultAction,
        Id escalationId);

    QPointer<KNotification> m_notice;
    std::optional<Sent> m_lastSent;
};

} // namespace tandem
