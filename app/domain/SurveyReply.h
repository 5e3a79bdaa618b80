// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Enums.h"

#include <QString>

#include <optional>

namespace tandem {

// Reads the score out of a customer's answer to a survey mail: "5", "a 9 from me", "4/5", "I'd say 3 out of
// 5", "vier", "neuf". Only an answer that says one score plainly counts; anything that could be read two
// ways is no score, because a wrong score on the KPIs is worse than a missing one:
// - several different numbers ("3 or 4", "between 7 and 8"), a fraction of another scale ("8/10" to a 1-5
//   question), decimals, times and dates, and scores off the scale;
// - a negation ("not a 5");
// - a long message (a new question that happens to hold a number, "my order 3 is broken"): the answer's
//   own text, without the quoted survey below it, must be short.
// Number words are read in English, German and French when the answer holds no digits.
struct SurveyReply
{
    // At most this many words of the customer's own text.
    static constexpr int maxWords = 25;

    // The lowest and highest score of a scale: CSAT 1-5, NPS 0-10, CES 1-7.
    [[nodiscard]] static std::pair<int, int> scaleOf(SurveyKind kind);
    [[nodiscard]] static std::optional<int> score(const QString &reply, SurveyKind kind);
};

} // namespace tandem
