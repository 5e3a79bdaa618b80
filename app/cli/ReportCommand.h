// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace tandem::cli {

// tandemctl report kpis --workspace W [--from DATE] [--to DATE] [--agent LOGIN | --role KEY] [--json]
int runReportCommand(const QStringList &arguments);

} // namespace tandem::cli
