#pragma once

#include "domain/Clock.h"
#include "services/Actor.h"
#include "storage/InteractionRepository.h"

#include <QObject>

namespace tandem {

class Workspace;

class TimelineService : public QObject
{
    Q_OBJECT

public:
    TimelineService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);

    // A page of a customer's timeline, newest first.
    [[nodiscard]] InteractionPage page(const Actor &actor, Id customerId, const std::optional<TimelineCursor> &after,
                                       int limit) const;
    [[nodiscard]] qint64 eventCount(const Actor &actor, Id customerId) const;
    // One event with its whole body.
    [[nodiscard]] std::optional<Interaction> interaction(const Actor &actor, Id id) const;
    // Logs an interaction by the actor, with its audit record, in one transaction; returns its id.
    Id logInteraction(const Actor &actor, Interaction interaction);

signals:
    void changed();

private:
    Workspace &m_workspace;
    const Clock &m_clock;
    InteractionRepository m_interactions;
};

} // namespace tandem
