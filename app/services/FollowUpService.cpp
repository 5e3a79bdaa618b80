// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "services/FollowUpService.h"

#include "domain/WorkingDays.h"
#include "services/ServiceError.h"
#include "storage/AuditRecord.h"
#include "storage/ChangeFeed.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

constexpr Millis minute = 60 * 1000;
constexpr Millis day = 24 * 60 * minute;
// A follow-up a few minutes in the past is a slow hand on the clock; one earlier is a mistake.
constexpr Millis pastTolerance = 5 * minute;
constexpr Millis furthestAhead = 5 * 366 * day;

} // namespace

struct FollowUpService::Private
{
    explicit Private(Workspace &workspace) : followUps(workspace), customers(workspace), interactions(workspace) { }

    FollowUpRepository followUps;
    CustomerRepository customers;
    InteractionRepository interactions;
};

FollowUpService::FollowUpService(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock), d(std::make_unique<Private>(workspace))
{
    connect(&workspace.changes(), &ChangeFeed::changed, this, &FollowUpService::changed);
}

FollowUpService::~FollowUpService() = default;

QDateTime FollowUpService::dueTimeFor(FollowUpWhen when, const QDateTime &now)
{
    const QDate today = now.date();
    QDate date;
    switch (when) {
    case FollowUpWhen::NextWorkingDay:
        date = addWorkingDays(today, 1);
        break;
    case FollowUpWhen::InThreeWorkingDays:
        date = addWorkingDays(today, 3);
        break;
    case FollowUpWhen::NextWeek:
        date = today.addDays(8 - today.dayOfWeek()); // Monday after this week's
        break;
    }
    return QDateTime(date, QTime(workdayStartHour, 0), now.timeZone());
}

bool FollowUpService::canComplete(const Actor &actor, const FollowUp &followUp)
{
    return followUp.agentId == actor.agentId || actor.role == Role::TeamLead;
}

Id FollowUpService::schedule(const Actor &actor, Id customerId, Millis dueAt, const QString &note)
{
    const std::optional<Customer> customer = d->customers.find(customerId);
    if (!customer)
        throw ServiceError(tr("There is no customer #%1.").arg(customerId));
    if (customer->mergedInto) {
        throw ServiceError(tr("%1 was merged into customer #%2; schedule the follow-up there.")
                .arg(customer->displayName())
                .arg(*customer->mergedInto));
    }
    const Millis now = m_clock.now();
    if (dueAt < now - pastTolerance)
        throw ServiceError(tr("Choose a time in the future for the follow-up."));
    if (dueAt > now + furthestAhead)
        throw ServiceError(tr("Choose a time within the next five years for the follow-up."));
    const QString trimmed = note.trimmed();
    if (trimmed.size() > maxNoteLength)
        throw ServiceError(tr("Keep the note under %1 characters.").arg(maxNoteLength));

    FollowUp followUp;
    followUp.customerId = customerId;
    followUp.agentId = actor.agentId;
    followUp.dueAt = dueAt;
    followUp.note = trimmed;

    Interaction entry;
    entry.customerId = customerId;
    entry.agentId = actor.agentId;
    entry.channel = Channel::Internal;
    entry.direction = Direction::Internal;
    entry.kind = InteractionKind::FollowUp;
    entry.subject
        = tr("Follow-up scheduled for %1 by %2")
              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(dueAt).toLocalTime(), QLocale::ShortFormat),
                  actor.name);
    entry.body = trimmed;
    entry.occurredAt = now;

    Transaction transaction(m_workspace.database());
    followUp.id = d->followUps.insert(followUp, now);
    const Id entryId = d->interactions.insert(entry, now);
    const QJsonObject after { { u"customer"_s, customerId }, { u"agent"_s, actor.agentId }, { u"dueAt"_s, dueAt },
        { u"note"_s, trimmed }, { u"timelineEntry"_s, entryId } };
    AuditRecord(u"follow_up.schedule"_s, u"follow_up"_s, followUp.id)
        .at(now)
        .by(actor.agentId)
        .after(after)
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
    return followUp.id;
}

void FollowUpService::complete(const Actor &actor, Id followUpId)
{
    const std::optional<FollowUpItem> item = d->followUps.find(followUpId);
    if (!item)
        throw ServiceError(tr("There is no follow-up #%1.").arg(followUpId));
    if (!canComplete(actor, item->followUp)) {
        throw PermissionDenied(
            tr("This follow-up belongs to %1; only they or a team lead can complete it.").arg(item->agentName));
    }
    if (item->followUp.doneAt)
        throw ServiceError(tr("This follow-up was already completed."));

    const Millis now = m_clock.now();
    Transaction transaction(m_workspace.database());
    if (!d->followUps.markDone(followUpId, now))
        throw ServiceError(tr("This follow-up was already completed."));
    AuditRecord(u"follow_up.complete"_s, u"follow_up"_s, followUpId)
        .at(now)
        .by(actor.agentId)
        .before({ { u"doneAt"_s, QJsonValue::Null } })
        .after({ { u"doneAt"_s, now } })
        .appendTo(m_workspace);
    transaction.commit();
    m_workspace.changes().notifyLocalChange();
}

FollowUpPage FollowUpService::myFollowUps(
    const Actor &actor, const std::optional<FollowUpCursor> &after, int limit) const
{
    FollowUpPage page = d->followUps.openForAgent(actor.agentId, after, qBound(1, limit, 1000));
    const Millis now = m_clock.now();
    for (FollowUpItem &item : page.items)
        item.overdue = item.followUp.dueAt < now;
    return page;
}

qint64 FollowUpService::openCount(const Actor &actor) const
{
    return d->followUps.openCountForAgent(actor.agentId);
}

qint64 FollowUpService::overdueCount(const Actor &actor) const
{
    return d->followUps.overdueCountForAgent(actor.agentId, m_clock.now());
}

QList<FollowUpItem> FollowUpService::openForCustomer(Id customerId, int limit) const
{
    QList<FollowUpItem> items = d->followUps.openForCustomer(customerId, qBound(1, limit, 1000));
    const Millis now = m_clock.now();
    for (FollowUpItem &item : items)
        item.overdue = item.followUp.dueAt < now;
    return items;
}

} // namespace tandem
