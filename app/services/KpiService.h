// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/Kpi.h"
#include "domain/RecordsFilter.h"
#include "services/Actor.h"

#include <QObject>

#include <memory>

namespace tandem {

class Workspace;

// A period and whose numbers: everyone's (no agent, no role), one agent's or one role's.
struct KpiQuery
{
    Millis from = 0; // inclusive
    Millis to = 0; // exclusive
    std::optional<Id> agentId;
    std::optional<Role> role;
};

struct KpiWeek
{
    Millis start = 0;
    Millis end = 0; // exclusive; the last week of a period may be shorter
    KpiCounts counts;
    KpiValues values;
};

struct KpiReport
{
    KpiQuery query;
    KpiCounts counts;
    KpiValues values;
    QList<KpiWeek> weeks;
    QList<ComplaintCauseCount> topCauses;
};

// The KPI dashboard's numbers, computed by the database for a period (see Kpi.h for the definitions).
// Team leads see anyone's; reps and specialists see their own.
class KpiService : public QObject
{
    Q_OBJECT

public:
    KpiService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~KpiService() override;

    [[nodiscard]] KpiReport report(const Actor &actor, const KpiQuery &query) const;
    [[nodiscard]] Millis now() const { return m_clock.now(); }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    // Whose numbers the actor may ask for: every agent for a lead, only themselves otherwise.
    [[nodiscard]] QList<Agent> agentsFor(const Actor &actor) const;

    // The records behind a number, for the records browser; none for churn, which counts customers.
    [[nodiscard]] static std::optional<RecordsFilter> recordsBehind(KpiMetric metric, const KpiQuery &query);
    [[nodiscard]] static RecordsFilter complaintsWithCause(Id causeId, const KpiQuery &query);

signals:
    void changed();

private:
    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
