// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// One table a workspace copy moved, and how many rows it holds in the target afterwards.
struct TableCopy
{
    QString table;
    qint64 rows = 0;
};

} // namespace tandem
