// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace tandem {

// Everything `tandem` does between main() and the event loop: arguments, translations, the workspace,
// the signed-in agent, the main window or a screenshot of it.
int runDesktopApp(int argc, char *argv[]);

} // namespace tandem
