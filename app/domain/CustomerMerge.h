// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace tandem {

// What a merge moved from the duplicate to the customer kept: exactly these rows, so that an unmerge
// can move the same ones back. Stored in the merge's audit entry.
struct CustomerMergeRecord
{
    Id keptId = 0;
    Id mergedId = 0;
    QList<Id> interactions;
    QList<Id> surveyResponses;
    QList<Id> followUps;
    QList<Id> escalations;
    QList<Id> contacts;
    QStringList tagsAdded; // the duplicate's tags the kept customer did not have (the duplicate keeps its own)

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<CustomerMergeRecord> fromJson(const QJsonObject &json);
};

// How much a merge would move, for showing before it is confirmed.
struct CustomerMergePreview
{
    qint64 interactions = 0;
    qint64 surveyResponses = 0;
    qint64 followUps = 0;
    qint64 escalations = 0;
    qint64 contacts = 0;
    QStringList tagsAdded;
};

} // namespace tandem
