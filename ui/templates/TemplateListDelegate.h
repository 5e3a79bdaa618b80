// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TwoLineDelegate.h"

namespace tandem {

// Two lines per template: its name, and beneath it the shortcode, category and channel, which is what
// an agent types and scans for.
class TemplateListDelegate : public TwoLineDelegate
{
    Q_OBJECT

public:
    using TwoLineDelegate::TwoLineDelegate;

protected:
    [[nodiscard]] QString detailLine(const QModelIndex &index) const override;
};

} // namespace tandem
