// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Records.h"

#include <QList>

namespace tandem::IdRows {

// What the list models that hold their whole (short) list of rows with an `id` share.

// The row of the one with `id`, or -1.
template<typename Row> [[nodiscard]] int rowOf(const QList<Row> &rows, Id id)
{
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

// Whether two lists hold the same rows in the same order: then a reload changes data, not rows, and the
// view keeps its selection (another desk's unrelated change must not reset it under the agent).
template<typename Row> [[nodiscard]] bool sameIds(const QList<Row> &a, const QList<Row> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype row = 0; row < a.size(); ++row) {
        if (a.at(row).id != b.at(row).id)
            return false;
    }
    return true;
}

} // namespace tandem::IdRows
