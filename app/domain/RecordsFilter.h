// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

// The two kinds of record a lead reviews: timeline entries and the escalations (hand-offs) themselves.
enum class RecordType { Interaction, Escalation };

// Whether an escalation kept its service-level promise: claimed and resolved by their due times (met), or
// late for either, including one still open past its due time (breached).
enum class SlaOutcome { Met, Breached };

// Which records the records browser, its CSV export and a KPI's drill-through show. Unset fields and empty
// lists do not filter. A filter only interactions have (cause, direction, survey, channel of the entry)
// leaves out the escalations unless they carry it through their first interaction (channel).
struct RecordsFilter
{
    std::optional<RecordType> recordType;
    std::optional<Id> agentId; // an interaction's agent; an escalation's creator or assignee
    std::optional<Role> role; // the same agents, by their team role
    QList<Channel> channels;
    QList<InteractionKind> kinds; // escalations count as InteractionKind::Escalation
    std::optional<Direction> direction;
    std::optional<Id> customerId;
    std::optional<Millis> from; // an interaction's time, an escalation's creation; inclusive
    std::optional<Millis> to; // exclusive
    std::optional<SlaOutcome> sla; // escalations only
    std::optional<Id> complaintCauseId;
    std::optional<SurveyKind> surveyKind; // interactions that carry a survey answer of this kind
    bool reviewedOnly = false; // interactions with QA feedback

    bool operator==(const RecordsFilter &) const = default;
};

enum class RecordsSortKey { Time, Customer, Agent };

// Every sort ends in the record's time, type and id, so each is a total order that keyset paging can
// continue from. Customer and agent sorts group by the name (then the customer's or agent's id, so two
// people of one name stay apart); an escalation's agent is its creator, and records without an agent come
// first.
struct RecordsSort
{
    RecordsSortKey key = RecordsSortKey::Time;
    bool descending = true;

    bool operator==(const RecordsSort &) const = default;
};

// Keyset position after the last record of a page, in the order of its RecordsSort.
struct RecordsCursor
{
    QString sortText; // the customer's or agent's sort name; empty for the time sort
    Id group = 0; // the customer's or agent's id (0: no agent); 0 for the time sort
    Millis at = 0;
    RecordType type = RecordType::Interaction;
    Id id = 0;
};

} // namespace tandem
