// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeysetPagedModel.h"
#include "domain/TimelinePage.h"
#include "services/Actor.h"

#include <QAbstractListModel>
#include <QDate>
#include <QSet>

namespace tandem {

class TimelineService;

// One customer's timeline, newest first, fetched a page at a time (keyset paging). Filters run in SQL.
// refresh() adds what any desk stored meanwhile in its place, without duplicates or gaps.
class TimelineModel : public KeysetPagedModel<TimelineModel, QAbstractListModel, Interaction, TimelineCursor>
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;

    explicit TimelineModel(TimelineService &service, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Shows another customer's timeline (0: none), newest first, with the current filter.
    void setCustomer(Id customerId);
    [[nodiscard]] Id customerId() const { return m_customerId; }
    void setFilter(const TimelineFilter &filter);
    [[nodiscard]] const TimelineFilter &filter() const { return m_filter; }
    // Starts the list at the given day (its last event first); newer events are above, not loaded.
    void jumpToDate(QDate date);
    // Back to the newest events after jumpToDate().
    void showNewest();
    [[nodiscard]] bool isShowingNewest() const { return !m_start.has_value(); }
    // Adds events stored since the last refresh, each at its place in the order.
    void refresh();

    [[nodiscard]] Id interactionIdAt(int row) const;
    // Row of a loaded event, or -1.
    [[nodiscard]] int rowOf(Id interactionId) const;
    // The customer's events the filter lets through, and all of them, as of the last load or refresh.
    [[nodiscard]] qint64 matchingCount() const { return m_matchingCount; }
    [[nodiscard]] qint64 totalCount() const { return m_totalCount; }

signals:
    void loadFailed(const QString &message);
    void countsChanged();

private:
    Page fetchPage(const std::optional<TimelineCursor> &after, int limit) override;
    void acceptFetched(QList<Interaction> &interactions) override;
    void reload();
    void recount();
    [[nodiscard]] bool startsDay(int row) const;

    TimelineService &m_service;
    Id m_customerId = 0;
    TimelineFilter m_filter;
    std::optional<TimelineCursor> m_start; // set after jumpToDate()
    QSet<Id> m_loadedIds;
    Millis m_refreshedAt = 0;
    qint64 m_matchingCount = 0;
    qint64 m_totalCount = 0;
};

} // namespace tandem
