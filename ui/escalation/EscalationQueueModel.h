// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QAbstractListModel>
#include <QTimer>

namespace tandem {

// One escalation queue, most urgent first, fetched a page at a time (keyset paging). It follows the
// service's changed() signal (this desk's writes and, through the workspace change feed, everyone
// else's): rows that stay keep their place in selections, new ones slide in where they belong.
// The SLA countdowns are worked out from the service's clock and repainted every half minute.
class EscalationQueueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 50;
    static constexpr int countdownIntervalMs = 30'000;

    // Starts on the queue that suits the actor's role: the support queue for specialists and leads,
    // "escalated by me" for reps.
    EscalationQueueModel(EscalationService &service, Actor actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const EscalationQueueFilter &filter);
    [[nodiscard]] const EscalationQueueFilter &filter() const { return m_filter; }
    [[nodiscard]] Id escalationIdAt(int row) const;
    // The loaded row of an escalation, or -1.
    [[nodiscard]] int rowOf(Id escalationId) const;
    [[nodiscard]] std::optional<EscalationListItem> itemAt(int row) const;

    // Reads the loaded part of the queue again and applies the difference row by row.
    void refresh();
    // Tells views the countdowns moved on (the rows themselves did not change).
    void refreshCountdowns();

    static EscalationQueueFilter defaultFilterFor(const Actor &actor);

signals:
    // A page could not be read; the list keeps what it has.
    void loadFailed(const QString &message);

private:
    EscalationPage loadPage(const std::optional<EscalationCursor> &after, int limit);
    void apply(const QList<EscalationListItem> &fresh);

    EscalationService &m_service;
    Actor m_actor;
    EscalationQueueFilter m_filter;
    QList<EscalationListItem> m_items;
    std::optional<EscalationCursor> m_next;
    QTimer m_countdownTimer;
    // Views and testers call fetchMore() from inside our own change signals; such calls wait for the next one.
    bool m_changing = false;
};

} // namespace tandem
