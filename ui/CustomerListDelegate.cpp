// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CustomerListDelegate.h"

#include "ModelRoles.h"

namespace tandem {

QString CustomerListDelegate::detailLine(const QModelIndex &index) const
{
    const QString company = index.data(CustomerRoles::Company).toString();
    return company.isEmpty() ? index.data(CustomerRoles::Email).toString() : company;
}

} // namespace tandem
