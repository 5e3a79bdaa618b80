// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Kpi.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

class Workspace;

// Whose numbers, over which period: everyone's, one agent's or one role's.
struct KpiScope
{
    Millis from = 0; // inclusive
    Millis to = 0; // exclusive
    std::optional<Id> agentId;
    std::optional<Role> role;
    Millis now = 0; // running SLAs past their due time count as missed
};

struct KpiTally
{
    KpiCounts total;
    QList<KpiCounts> weeks; // week k starts at from + k weeks; the last may be shorter
    QList<ComplaintCauseCount> topCauses;
};

// The KPI counts, aggregated by the database in a handful of indexed queries (see Kpi.h for what each
// measure counts).
class KpiRepository
{
public:
    static constexpr int maximumWeeks = 260;
    static constexpr int topCauseCount = 5;

    explicit KpiRepository(Workspace &workspace) : m_workspace(workspace) { }

    [[nodiscard]] KpiTally tally(const KpiScope &scope) const;
    [[nodiscard]] static int weekCount(Millis from, Millis to);

private:
    Workspace &m_workspace;
};

} // namespace tandem
