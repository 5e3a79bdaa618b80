// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "KeysetPagedModel.h"
#include "services/Actor.h"
#include "services/EscalationService.h"

#include <QAbstractListModel>
#include <QTimer>

namespace tandem {

// One escalation queue, most urgent first (in the agent's own lists, what waits on them before that), fetched a page at
// a time (keyset paging). It follows the service's changed() signal (this desk's writes and, through the workspace
// change feed, everyone else's): rows that stay keep their place in selections, new ones slide in where they belong.
// The SLA countdowns are worked out from the service's clock and repainted every half minute.
class EscalationQueueModel
    : public KeysetPagedModel<EscalationQueueModel, QAbstractListModel, EscalationListItem, EscalationCursor>
{
    Q_OBJECT

public:
    static constexpr int pageSize = 50;
    static constexpr int countdownIntervalMs = 30'000;

    // Starts on the queue that suits the actor's role: the support queue for specialists and leads,
    // "escalated by me" for reps.
    EscalationQueueModel(EscalationService &service, Actor actor, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

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
    Page fetchPage(const std::optional<EscalationCursor> &after, int limit) override;
    void replaceLoaded(const QList<EscalationListItem> &fresh) override;

    EscalationService &m_service;
    Actor m_actor;
    EscalationQueueFilter m_filter;
    QTimer m_countdownTimer;
};

} // namespace tandem
