// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/TimelinePage.h"
#include "services/Actor.h"

#include <QAbstractListModel>
#include <QDate>
#include <QSet>

namespace tandem {

class TimelineService;

// One customer's timeline, newest first, fetched a page at a time (keyset paging). Filters run in SQL.
// refresh() adds what any desk stored meanwhile in its place, without duplicates or gaps.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;

    TimelineModel(TimelineService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

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

signals:
    void loadFailed(const QString &message);

private:
    InteractionPage loadPage(const std::optional<TimelineCursor> &after);
    void reload();
    [[nodiscard]] bool startsDay(int row) const;

    TimelineService &m_service;
    Actor m_actor;
    Id m_customerId = 0;
    TimelineFilter m_filter;
    std::optional<TimelineCursor> m_start; // set after jumpToDate()
    QList<Interaction> m_interactions;
    QSet<Id> m_loadedIds;
    std::optional<TimelineCursor> m_next;
    Millis m_refreshedAt = 0;
    // Views and testers call fetchMore() from inside our own change signals; such calls wait for the next one.
    bool m_changing = false;
};

} // namespace tandem
