// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TwoLineDelegate.h"

namespace tandem {

// The customer's name, and the company (or e-mail) beneath it.
class CustomerListDelegate : public TwoLineDelegate
{
    Q_OBJECT

public:
    using TwoLineDelegate::TwoLineDelegate;

protected:
    [[nodiscard]] QString detailLine(const QModelIndex &index) const override;
};

} // namespace tandem
