// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timeline/TimelineModel.h"

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

TimelineModel::TimelineModel(TimelineService &service, Actor actor, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_actor(std::move(actor))
{ }

InteractionPage TimelineModel::loadPage(const std::optional<TimelineCursor> &after)
{
    try {
        return m_service.page(m_customerId, m_filter, after, pageSize);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return {};
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interactions.size());
}

bool TimelineModel::startsDay(int row) const
{
    return row == 0
        || localDateOf(m_interactions.at(row).occurredAt) != localDateOf(m_interactions.at(row - 1).occurredAt);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction &interaction = m_interactions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TimelineRoles::Subject:
        return interaction.subject.isEmpty() ? displayName(interaction.kind) : interaction.subject;
    case Qt::ToolTipRole:
    case TimelineRoles::Summary:
        return QString(displayName(interaction.kind) + u" · "_s + displayName(interaction.channel) + u" · "_s
            + displayName(interaction.direction));
    case Qt::AccessibleDescriptionRole:
        return QString(displayName(interaction.kind) + u", "_s + displayName(interaction.channel) + u", "_s
            + QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(interaction.occurredAt).toLocalTime(), QLocale::ShortFormat));
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
    default:
        return {};
    }
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_changing;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next || m_changing)
        return;
    InteractionPage page = loadPage(m_next);
    m_next = page.next;
    // An event that arrived by refresh() may come again with the page that reaches its place.
    page.interactions.removeIf([this](const Interaction &interaction) { return m_loadedIds.contains(interaction.id); });
    if (page.interactions.isEmpty())
        return;
    const int first = int(m_interactions.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.interactions.size()) - 1);
    for (const Interaction &interaction : std::as_const(page.interactions))
        m_loadedIds.insert(interaction.id);
    m_interactions.append(page.interactions);
    endInsertRows();
    m_changing = false;
}

void TimelineModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_interactions.clear();
    m_loadedIds.clear();
    m_next.reset();
    m_refreshedAt = m_service.now();
    if (m_customerId != 0) {
        const InteractionPage first = loadPage(m_start);
        m_interactions = first.interactions;
        m_next = first.next;
        for (const Interaction &interaction : std::as_const(m_interactions))
            m_loadedIds.insert(interaction.id);
    }
    endResetModel();
    m_changing = false;
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
    if (m_customerId == 0 || m_changing)
        return;
    const Millis queriedAt = m_service.now();
    QList<Interaction> stored;
    try {
        stored = m_service.storedSince(m_customerId, m_filter, m_refreshedAt - refreshOverlap, 1000);
    } catch (const Error &error) {
        emit loadFailed(error.message());
        return;
    }
    m_refreshedAt = queriedAt;
    // Oldest first, so each insert leaves the rows it is compared with in place.
    std::reverse(stored.begin(), stored.end());
    for (const Interaction &interaction : std::as_const(stored)) {
        if (m_loadedIds.contains(interaction.id))
            continue;
        const auto position = std::find_if(m_interactions.cbegin(), m_interactions.cend(),
            [&](const Interaction &loaded) { return isNewer(interaction, loaded); });
        const int row = int(position - m_interactions.cbegin());
        // Past the loaded end, paging brings it; above a jumped-to start, "show newest" does.
        if ((row == m_interactions.size() && m_next) || (row == 0 && m_start))
            continue;
        m_changing = true;
        beginInsertRows({}, row, row);
        m_interactions.insert(row, interaction);
        m_loadedIds.insert(interaction.id);
        endInsertRows();
        m_changing = false;
        if (row + 1 < m_interactions.size()) {
            // The next event may no longer start its day.
            const QModelIndex below = index(row + 1);
            emit dataChanged(below, below, { TimelineRoles::StartsDay });
        }
    }
}

Id TimelineModel::interactionIdAt(int row) const
{
    return row >= 0 && row < m_interactions.size() ? m_interactions.at(row).id : 0;
}

int TimelineModel::rowOf(Id interactionId) const
{
    for (qsizetype row = 0; row < m_interactions.size(); ++row) {
        if (m_interactions.at(row).id == interactionId)
            return int(row);
    }
    return -1;
}

} // namespace tandem
