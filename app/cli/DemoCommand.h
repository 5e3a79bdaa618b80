// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace tandem::cli {

// tandemctl demo --workspace W [--customers N] [--interactions M] [--seed S] [--anchor ISO-DATE]
int runDemoCommand(const QStringList &arguments);

} // namespace tandem::cli
