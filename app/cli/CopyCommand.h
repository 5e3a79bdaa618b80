// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace tandem::cli {

// tandemctl copy --from W --to W [--replace]: moves a workspace, e.g. a single desk's file to a team server.
int runCopyCommand(const QStringList &arguments);

} // namespace tandem::cli
