// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tandem {

// What a team lead scores an interaction on: the five L.E.A.S.T. steps for complaints, then accuracy
// and tone. Each from 1 (poor) to 5 (excellent).
enum class QaCriterion { Listen, Empathize, Apologize, Solve, Thank, Accuracy, Tone };

class QaRubric
{
    Q_DECLARE_TR_FUNCTIONS(tandem::QaRubric)

public:
    static constexpr int lowest = 1;
    static constexpr int highest = 5;
    static constexpr int criterionCount = 7;

    [[nodiscard]] static QList<QaCriterion> criteria();
    // "Listen"
    [[nodiscard]] static QString nameOf(QaCriterion criterion);
    // What the lead looks for, one sentence.
    [[nodiscard]] static QString questionOf(QaCriterion criterion);
};

} // namespace tandem
