// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escalation/ReturnedEscalationWatcher.h"

#include "UiLog.h"
#include "domain/Error.h"

namespace tandem {

ReturnedEscalationWatcher::ReturnedEscalationWatcher(EscalationService &service, Actor actor, QObject *parent)
    : QObject(parent), m_service(service), m_actor(std::move(actor))
{
    try {
        for (const EscalationListItem &item : waiting())
            m_waiting.insert(item.escalation.id);
    } catch (const Error &error) {
        // Nothing is known yet; the next check reports what waits then.
        qCWarning(lcUi).noquote() << "Cannot read the escalations returned to this agent:" << error.message();
    }
    connect(&m_service, &EscalationService::queueChanged, this, &ReturnedEscalationWatcher::check);
}

QList<EscalationListItem> ReturnedEscalationWatcher::waiting()
{
    const EscalationQueueFilter filter { EscalationQueue::ReturnedToMe, std::nullopt, std::nullopt };
    return m_service.queue(m_actor, filter, std::nullopt, watchedLimit).items;
}

void ReturnedEscalationWatcher::check()
{
    QList<EscalationListItem> now;
    try {
        now = waiting();
    } catch (const Error &error) {
        emit checkFailed(error.message());
        return;
    }
    QSet<Id> ids;
    QList<EscalationListItem> news;
    for (const EscalationListItem &item : std::as_const(now)) {
        ids.insert(item.escalation.id);
        if (!m_waiting.contains(item.escalation.id))
            news.append(item);
    }
    m_waiting = ids;
    for (const EscalationListItem &item : std::as_const(news))
        emit returned(item);
}

} // namespace tandem
