// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

#include <optional>

namespace tandem {

// How many, and how much in one currency (cents, always positive).
struct MoneyTotal
{
    QString currency; // empty for amounts logged without one
    qint64 count = 0;
    qint64 cents = 0;
};

// The customer's latest answer to one kind of survey.
struct SurveyAnswer
{
    SurveyKind kind = SurveyKind::Csat;
    int score = 0;
    QString comment;
    Millis answeredAt = 0;
};

// A customer that was merged into this one (and can be separated again).
struct MergedDuplicate
{
    Id id = 0;
    QString name;
};

// The figures a profile shows, all counted by the database.
struct CustomerProfile
{
    Id customerId = 0;
    qint64 interactions = 0;
    qint64 orders = 0;
    QList<MoneyTotal> orderTotals; // per currency, largest count first
    qint64 refunds = 0;
    QList<MoneyTotal> refundTotals;
    std::optional<SurveyAnswer> lastCsat;
    std::optional<SurveyAnswer> lastNps;
    std::optional<SurveyAnswer> lastCes;
    qint64 openEscalations = 0; // not closed yet
    qint64 openFollowUps = 0;
    qint64 overdueFollowUps = 0;
    // Contact is anything on a customer-facing channel (internal notes and system entries are not).
    std::optional<Millis> firstContactAt;
    std::optional<Millis> lastContactAt;
    QList<MergedDuplicate> mergedDuplicates; // oldest first
};

} // namespace tandem
