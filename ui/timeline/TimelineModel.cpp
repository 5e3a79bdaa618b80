// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/TimelineModel.h"

#include "DateTimeText.h"
#include "ModelRoles.h"
#include "domain/Error.h"
#include "services/TimelineService.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tandem {
namespace {

// Another desk's clock may run a little behind ours; look back this far for what it stored.
constexpr Millis refreshOverlap = 10 * 60 * 1000;

// The first few lines of a body, for the list; the details panel shows the rest.
QString previewOf(const QString &body)
{
    constexpr int maxLines = 3;
    constexpr int maxChars = 300;
    QString preview;
    int lines = 0;
    for (const QChar ch : QStringView(body).left(maxChars)) {
        if (ch == u'\n' && ++lines == maxLines)
            break;
        preview.append(ch == u'\0' ? QChar::ReplacementCharacter : ch);
    }
    return preview.trimmed();
}

QDate localDateOf(Millis when)
{
    return QDateTime::fromMSecsSinceEpoch(when).toLocalTime().date();
}

bool isNewer(const Interaction &a, const Interaction &b)
{
    return a.occurredAt > b.occurredAt || (a.occurredAt == b.occurredAt && a.id > b.id);
}

} // namespace

TimelineModel::TimelineModel(TimelineService &service, QObject *parent)
    : KeysetPagedModel(pageSize, parent), m_service(service)
{ }

TimelineModel::Page TimelineModel::fetchPage(const std::optional<TimelineCursor> &after, int limit)
{
    if (m_customerId == 0)
        return {};
    InteractionPage page = m_service.page(m_customerId, m_filter, after, limit);
    return { std::move(page.interactions), page.next };
}

void TimelineModel::acceptFetched(QList<Interaction> &interactions)
{
    // An event that arrived by refresh() may come again with the page that reaches its place.
    interactions.removeIf([this](const Interaction &interaction) { return m_loadedIds.contains(interaction.id); });
    for (const Interaction &interaction : std::as_const(interactions))
        m_loadedIds.insert(interaction.id);
}

bool TimelineModel::startsDay(int row) const
{
    return row == 0 || localDateOf(rows().at(row).occurredAt) != localDateOf(rows().at(row - 1).occurredAt);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction &interaction = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TimelineRoles::Subject:
        return interaction.subject.isEmpty() ? displayName(interaction.kind) : interaction.subject;
    case Qt::ToolTipRole:
    case TimelineRoles::Summary: {
        QStringList words { displayName(interaction.kind), displayName(interaction.channel) };
        if (displayName(interaction.direction) != words.constLast())
            words.append(displayName(interaction.direction));
        return words.join(u" · "_s);
    }
    case Qt::AccessibleDescriptionRole: {
        QString description = displayName(interaction.kind) + u", "_s + displayName(interaction.channel) + u", "_s
            + shortDateTimeText(QDateTime::fromMSecsSinceEpoch(interaction.occurredAt).toLocalTime());
        if (interaction.supersededBy)
            description += u", "_s + tr("corrected");
        else if (interaction.correctsId)
            description += u", "_s + tr("a correction");
        return description;
    }
    case TimelineRoles::Id:
        return interaction.id;
    case TimelineRoles::Kind:
        return int(interaction.kind);
    case TimelineRoles::Channel:
        return int(interaction.channel);
    case TimelineRoles::Direction:
        return int(interaction.direction);
    case TimelineRoles::OccurredAt:
        return QDateTime::fromMSecsSinceEpoch(interaction.occurredAt).toLocalTime();
    case TimelineRoles::AgentName:
        return interaction.agentName;
    case TimelineRoles::Preview:
        return previewOf(interaction.body);
    case TimelineRoles::BodyFormat:
        return int(interaction.bodyFormat);
    case TimelineRoles::StartsDay:
        return startsDay(index.row());
    case TimelineRoles::DayLabel: {
        const QDate date = localDateOf(interaction.occurredAt);
        const QDate today = QDate::currentDate();
        if (date == today)
            return tr("Today");
        if (date == today.addDays(-1))
            return tr("Yesterday");
        return QLocale().toString(date, QLocale::LongFormat);
    }
    case TimelineRoles::Escalated:
        return interaction.escalationId.has_value();
    case TimelineRoles::SupersededBy:
        return interaction.supersededBy.value_or(0);
    case TimelineRoles::CorrectsId:
        return interaction.correctsId.value_or(0);
    default:
        return {};
    }
}

void TimelineModel::reload()
{
    m_loadedIds.clear();
    m_refreshedAt = m_service.now();
    resetToFirstPage(m_start);
    for (const Interaction &interaction : rows())
        m_loadedIds.insert(interaction.id);
    recount();
}

void TimelineModel::recount()
{
    qint64 matching = 0;
    qint64 total = 0;
    if (m_customerId != 0) {
        try {
            total = m_service.eventCount(m_customerId);
            matching = m_filter.isEmpty() ? total : m_service.eventCount(m_customerId, m_filter);
        } catch (const Error &error) {
            reportLoadFailure(error.message());
            return;
        }
    }
    if (matching == m_matchingCount && total == m_totalCount)
        return;
    m_matchingCount = matching;
    m_totalCount = total;
    emit countsChanged();
}

void TimelineModel::setCustomer(Id customerId)
{
    m_customerId = customerId;
    m_start.reset();
    reload();
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    m_filter = filter;
    reload();
}

void TimelineModel::jumpToDate(QDate date)
{
    const QDateTime endOfDay(date.addDays(1), QTime(0, 0));
    m_start = TimelineCursor { endOfDay.toMSecsSinceEpoch(), 0 };
    reload();
}

void TimelineModel::showNewest()
{
    m_start.reset();
    reload();
}

void TimelineModel::refresh()
{
    if (m_customerId == 0 || isChanging())
        return;
    const Millis queriedAt = m_service.now();
    QList<Interaction> stored;
    try {
        stored = m_service.storedSince(m_customerId, m_filter, m_refreshedAt - refreshOverlap, 1000);
    } catch (const Error &error) {
        reportLoadFailure(error.message());
        return;
    }
    m_refreshedAt = queriedAt;
    if (!stored.isEmpty())
        recount();
    // A correction marks the loaded event it supersedes, which stays in its place.
    for (const Interaction &interaction : std::as_const(stored)) {
        const int corrected = interaction.correctsId ? rowOf(*interaction.correctsId) : -1;
        if (corrected < 0 || rows().at(corrected).supersededBy == interaction.id)
            continue;
        mutableRows()[corrected].supersededBy = interaction.id;
        const QModelIndex changed = index(corrected);
        emit dataChanged(changed, changed, { TimelineRoles::SupersededBy, Qt::AccessibleDescriptionRole });
    }
    // Oldest first, so each insert leaves the rows it is compared with in place.
    std::reverse(stored.begin(), stored.end());
    for (const Interaction &interaction : std::as_const(stored)) {
        if (m_loadedIds.contains(interaction.id))
            continue;
        const auto position = std::find_if(
            rows().cbegin(), rows().cend(), [&](const Interaction &loaded) { return isNewer(interaction, loaded); });
        const int row = int(position - rows().cbegin());
        // Past the loaded end, paging brings it; above a jumped-to start, "show newest" does.
        if ((row == rows().size() && hasMore()) || (row == 0 && m_start))
            continue;
        m_loadedIds.insert(interaction.id);
        insertLoadedRow(row, interaction);
        if (row + 1 < rows().size()) {
            // The next event may no longer start its day.
            const QModelIndex below = index(row + 1);
            emit dataChanged(below, below, { TimelineRoles::StartsDay });
        }
    }
}

Id TimelineModel::interactionIdAt(int row) const
{
    const Interaction *interaction = rowPointer(row);
    return interaction ? interaction->id : 0;
}

int TimelineModel::rowOf(Id interactionId) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == interactionId)
            return int(row);
    }
    return -1;
}

} // namespace tandem
