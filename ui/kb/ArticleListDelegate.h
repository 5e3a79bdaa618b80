// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TwoLineDelegate.h"

namespace tandem {

// Two lines per article: its title, and beneath it category, language, visibility and state. What needs a
// writer's attention stands out on the right in the warning colour: a published article due for a review,
// and a draft made from a customer's case that nobody has checked yet.
class ArticleListDelegate : public TwoLineDelegate
{
    Q_OBJECT

public:
    using TwoLineDelegate::TwoLineDelegate;

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const RowState &row) const override;
    [[nodiscard]] QString detailLine(const QModelIndex &index) const override;
};

} // namespace tandem
