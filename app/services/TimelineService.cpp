#include "services/TimelineService.h"

#include "services/ServiceError.h"
#include "storage/AuditLog.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tandem {

TimelineService::TimelineService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), m_interactions(workspace)
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &TimelineService::changed);
}

InteractionPage TimelineService::page(const Actor &, Id customerId, const std::optional<TimelineCursor> &after,
                                      int limit) const
{
    return m_interactions.pageForCustomer(customerId, after, qBound(1, limit, 1000));
}

qint64 TimelineService::eventCount(const Actor &, Id customerId) const
{
    return m_interactions.countForCustomer(customerId);
}

std::optional<Interaction> TimelineService::interaction(const Actor &, Id id) const
{
    return m_interactions.find(id);
}

Id TimelineService::logInteraction(const Actor &actor, Interaction interaction)
{
    if (!CustomerRepository(m_workspace).find(interaction.customerId))
        throw ServiceError(tr("That customer does not exist (any more)."));
    const Millis now = m_clock.now();
    interaction.agentId = actor.agentId;
    if (interaction.occurredAt == 0)
        interaction.occurredAt = now;

    Transaction transaction(m_workspace.database());
    const Id id = m_interactions.insert(interaction, now);
    const QJsonObject after{{u"customer"_s, interaction.customerId},
                            {u"kind"_s, keyOf(interaction.kind)},
                            {u"channel"_s, keyOf(interaction.channel)},
                            {u"subject"_s, interaction.subject}};
    AuditLog(m_workspace).append({0, now, actor.agentId, u"interaction.log"_s, u"interaction"_s, id, QString(),
                                  QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return id;
}

} // namespace tandem
