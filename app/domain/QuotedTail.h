// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// A customer's mail split into what they wrote now and the tail a thread view folds away: the earlier
// replies their mail program quoted below it ("On Tuesday, Ann wrote:" and "> " lines, "-----Original
// Message-----", an Outlook "From:/Sent:" block) and their signature ("-- "). Quotes inside the text, with
// new text after them, stay: only a tail is folded. A mail that is nothing but tail is not split.
struct QuotedTailSplit
{
    QString text;
    QString tail; // empty: nothing to fold
};

[[nodiscard]] QuotedTailSplit splitQuotedTail(const QString &body);

} // namespace tandem
