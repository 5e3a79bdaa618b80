// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

#include <KNotification>

namespace tandem {

// Tells the agent through the desktop's notifications (KNotifications, event "escalationArrived" in
// tandem.notifyrc) that an escalation is waiting for them; works with or without a system tray, and
// without a notification service the notice is simply not shown.
class EscalationNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView eventId { "escalationArrived" };

    using QObject::QObject;

    // Replaces the notice on screen, if any, with this one.
    void notify(const QString &text);
    // The notice on screen, or nullptr.
    [[nodiscard]] KNotification *notice() const { return m_notice; }

signals:
    // The agent chose the notice's action.
    void openRequested();

private:
    QPointer<KNotification> m_notice;
};

} // namespace tandem
