// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Clock.h"
#include "domain/RecordRow.h"
#include "domain/RecordsFilter.h"
#include "services/Actor.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace tandem {

class Workspace;

// The records browser's data: every interaction and escalation, filtered and sorted, a page at a time.
// Team leads see everything; reps and specialists see their own records (DESIGN.md section 2).
class RecordsService : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    RecordsService(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);
    ~RecordsService() override;

    [[nodiscard]] RecordsPage page(const Actor &actor, const RecordsFilter &filter, const RecordsSort &sort,
        const std::optional<RecordsCursor> &after, int limit = pageSize, bool withBody = false) const;
    [[nodiscard]] qint64 count(const Actor &actor, const RecordsFilter &filter) const;

    // What the filter bar offers the actor: every agent for a lead, only themselves otherwise.
    [[nodiscard]] QList<Agent> filterableAgents(const Actor &actor) const;
    [[nodiscard]] QList<std::pair<Id, QString>> complaintCauses() const;
    // Customers whose name, e-mail, company or phone start with the words typed.
    [[nodiscard]] QList<Customer> findCustomers(const QString &text, int limit) const;
    [[nodiscard]] std::optional<Customer> customer(Id customerId) const;

    // The CSV export's columns and one record's fields (times in UTC, ISO 8601).
    [[nodiscard]] static QStringList csvHeader();
    [[nodiscard]] static QStringList csvFields(const RecordRow &row);
    // Notes in the audit trail who exported which records, once the file is saved.
    void recordExport(const Actor &actor, const RecordsFilter &filter, qint64 rows);

signals:
    // Something was stored (here or on another desk); open lists may refresh.
    void changed();

private:
    Workspace &m_workspace;
    const Clock &m_clock;
    // The repositories, private to storage.
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tandem
