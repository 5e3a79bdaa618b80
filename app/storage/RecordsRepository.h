// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/RecordRow.h"
#include "domain/RecordsFilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem {

class Workspace;

struct RecordsQuery
{
    RecordsFilter filter;
    RecordsSort sort;
    std::optional<RecordsCursor> after;
    int limit = 100;
    bool withBody = false;
    Millis now = 0; // decides which running SLAs are already breached
};

// Interactions and escalations in one keyset-paged list. Each kind is read with its own ordered, limited
// query and the two are merged by the database, so a page costs about its size: the time sort reads the
// time indexes, the customer sort walks customers in name order and each one's timeline, and the agent
// sort reads one agent after the other (agents are few) in time order.
class RecordsRepository
{
public:
    explicit RecordsRepository(Workspace &workspace) : m_workspace(workspace) { }

    [[nodiscard]] RecordsPage page(const RecordsQuery &query) const;
    [[nodiscard]] qint64 count(const RecordsFilter &filter, Millis now) const;

private:
    Workspace &m_workspace;
};

} // namespace tandem
