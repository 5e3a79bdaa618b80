// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/FollowUpPage.h"
#include "services/Actor.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace tandem {

class Workspace;

// The quick choices for when to follow up; each lands on the start of a working day.
enum class FollowUpWhen { NextWorkingDay, InThreeWorkingDays, NextWeek };

// Follow-ups: "call back in 3 days". An agent schedules one for a customer (for themselves), it shows
// on the customer's timeline and in the agent's "My follow-ups" list until it is completed.
// Completing is for the agent it belongs to and for team leads. Every change is audited in the
// transaction that makes it.
class FollowUpService : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxNoteLength = 2000;
    static constexpr int pageSize = 100;
    // The hour of the day quick choices land on.
    static constexpr int workdayStartHour = 9;

    FollowUpService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~FollowUpService() override;

    [[nodiscard]] const Clock &clock() const { return m_clock; }
    // The due time of a quick choice seen from `now` (local time): the start of the working day
    // tomorrow, in three days, or on next week's Monday.
    [[nodiscard]] static QDateTime dueTimeFor(FollowUpWhen when, const QDateTime &now);

    // Schedules a follow-up for the actor and notes it on the customer's timeline; returns its id.
    Id schedule(const Actor &actor, Id customerId, Millis dueAt, const QString &note);
    // Marks it done. The agent it belongs to or a team lead only.
    void complete(const Actor &actor, Id followUpId);

    // The actor's open follow-ups, earliest due first, overdue ones marked.
    [[nodiscard]] FollowUpPage myFollowUps(
        const Actor &actor, const std::optional<FollowUpCursor> &after, int limit = pageSize) const;
    [[nodiscard]] qint64 openCount(const Actor &actor) const;
    [[nodiscard]] qint64 overdueCount(const Actor &actor) const;
    // A customer's open follow-ups, whoever has them.
    [[nodiscard]] QList<FollowUpItem> openForCustomer(Id customerId, int limit = pageSize) const;
    [[nodiscard]] static bool canComplete(const Actor &actor, const FollowUp &followUp);

signals:
    // Something in the workspace changed (here or at another desk).
    void changed();

private:
    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
