// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/RecordsService.h"

#include "services/ReviewAccess.h"
#include "storage/AgentRepository.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RecordsRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

QString timeText(Millis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC).toString(Qt::ISODate);
}

template<typename E> QString nameOrEmpty(const std::optional<E> &value)
{
    return value ? displayName(*value) : QString();
}

template<typename E> QJsonArray keysJson(const QList<E> &values)
{
    QJsonArray keys;
    for (const E value : values)
        keys.append(keyOf(value));
    return keys;
}

QJsonObject filterJson(const RecordsFilter &filter)
{
    QJsonObject json;
    if (filter.recordType)
        json.insert(u"type"_s, *filter.recordType == RecordType::Escalation ? u"escalation"_s : u"interaction"_s);
    if (filter.agentId)
        json.insert(u"agent"_s, *filter.agentId);
    if (filter.role)
        json.insert(u"role"_s, keyOf(*filter.role));
    if (!filter.channels.isEmpty())
        json.insert(u"channels"_s, keysJson(filter.channels));
    if (!filter.kinds.isEmpty())
        json.insert(u"kinds"_s, keysJson(filter.kinds));
    if (filter.direction)
        json.insert(u"direction"_s, keyOf(*filter.direction));
    if (filter.customerId)
        json.insert(u"customer"_s, *filter.customerId);
    if (filter.from)
        json.insert(u"from"_s, timeText(*filter.from));
    if (filter.to)
        json.insert(u"to"_s, timeText(*filter.to));
    if (filter.sla)
        json.insert(u"sla"_s, *filter.sla == SlaOutcome::Met ? u"met"_s : u"breached"_s);
    if (filter.complaintCauseId)
        json.insert(u"complaint_cause"_s, *filter.complaintCauseId);
    if (filter.surveyKind)
        json.insert(u"survey"_s, keyOf(*filter.surveyKind));
    if (filter.reviewedOnly)
        json.insert(u"reviewed"_s, true);
    return json;
}

} // namespace

struct RecordsService::Private
{
    explicit Private(Workspace &workspace) : records(workspace) { }

    RecordsRepository records;
};

RecordsService::RecordsService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &RecordsService::changed);
}

RecordsService::~RecordsService() = default;

RecordsPage RecordsService::page(const Actor &actor, const RecordsFilter &filter, const RecordsSort &sort,
    const std::optional<RecordsCursor> &after, int limit, bool withBody) const
{
    RecordsQuery query;
    query.filter = ReviewAccess::scoped(actor, filter);
    query.sort = sort;
    query.after = after;
    query.limit = qBound(1, limit, 5000);
    query.withBody = withBody;
    query.now = m_clock.now();
    return d->records.page(query);
}

qint64 RecordsService::count(const Actor &actor, const RecordsFilter &filter) const
{
    return d->records.count(ReviewAccess::scoped(actor, filter), m_clock.now());
}

QList<Agent> RecordsService::filterableAgents(const Actor &actor) const
{
    QList<Agent> agents = AgentRepository(m_workspace).all();
    if (!ReviewAccess::reviewsEveryone(actor))
        agents.removeIf([&actor](const Agent &agent) { return agent.id != actor.agentId; });
    return agents;
}

QList<std::pair<Id, QString>> RecordsService::complaintCauses() const
{
    return InteractionRepository(m_workspace).complaintCauses();
}

QList<Customer> RecordsService::findCustomers(const QString &text, int limit) const
{
    return CustomerRepository(m_workspace).page(text, std::nullopt, qBound(1, limit, 100)).customers;
}

std::optional<Customer> RecordsService::customer(Id customerId) const
{
    return CustomerRepository(m_workspace).find(customerId);
}

QStringList RecordsService::csvHeader()
{
    return { tr("Type"), tr("ID"), tr("Time (UTC)"), tr("Customer ID"), tr("Customer"), tr("Agent"), tr("Role"),
        tr("Assigned to"), tr("Channel"), tr("Direction"), tr("Kind"), tr("Subject"), tr("Text"), tr("Complaint cause"),
        tr("State"), tr("Severity"), tr("SLA"), tr("QA score") };
}

QStringList RecordsService::csvFields(const RecordRow &row)
{
    const bool escalation = row.type == RecordType::Escalation;
    QString sla;
    if (row.sla)
        sla = *row.sla == SlaOutcome::Met ? tr("Met") : tr("Breached");
    return { escalation ? tr("Escalation") : tr("Interaction"), QString::number(row.id), timeText(row.at),
        QString::number(row.customerId), row.customerName, row.agentName, nameOrEmpty(row.agentRole), row.assigneeName,
        nameOrEmpty(row.channel), nameOrEmpty(row.direction), displayName(row.kind), row.subject, row.body,
        row.complaintCause, nameOrEmpty(row.state), nameOrEmpty(row.severity), sla,
        row.qaAverage ? QLocale::c().toString(*row.qaAverage, 'f', 2) : QString() };
}

void RecordsService::recordExport(const Actor &actor, const RecordsFilter &filter, qint64 rows)
{
    const RecordsFilter scoped = ReviewAccess::scoped(actor, filter);
    Transaction transaction(m_workspace.database());
    AuditRecord(u"records.export"_s, u"records"_s)
        .at(m_clock.now())
        .by(actor.agentId)
        .after({ { u"filter"_s, filterJson(scoped) }, { u"rows"_s, rows } })
        .appendTo(m_workspace);
    transaction.commit();
}

} // namespace tandem
