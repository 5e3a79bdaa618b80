// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace tandem::cli {

// tandemctl audit verify|list --workspace W [--limit N] [--before ID]
int runAuditCommand(const QStringList &arguments);

} // namespace tandem::cli
