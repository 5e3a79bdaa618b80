// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QObject>
#include <QSet>

namespace tandem {

// Follows the escalations the agent raised and says when one starts to wait on them (support asked them
// something, or handed it back), whether the step was taken at this desk or arrived through the change
// feed from another. What already waited when the watch began is not news.
class ReturnedEscalationWatcher : public QObject
{
    Q_OBJECT

public:
    // More than this many waiting at once are not told one by one.
    static constexpr int watchedLimit = 200;

    ReturnedEscalationWatcher(EscalationService &service, Actor actor, QObject *parent = nullptr);

    // Reads the escalations waiting on the agent again and reports those that were not waiting before.
    void check();

signals:
    void returned(const tandem::EscalationListItem &item);
    void checkFailed(const QString &message);

private:
    [[nodiscard]] QList<EscalationListItem> waiting();

    EscalationService &m_service;
    Actor m_actor;
    QSet<Id> m_waiting;
};

} // namespace tandem
