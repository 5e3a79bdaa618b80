// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace tandem::cli {

// tandemctl escalation list|show|transition --workspace W --as LOGIN ...
// Works as the named agent (demo workspaces only) and prints JSON on stdout.
int runEscalationCommand(const QStringList &arguments);

} // namespace tandem::cli
