// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace tandem {
class Workspace;
}

namespace tandem::test {

// Checks (with Catch2) that a workspace's search is whole: its full-text insert triggers are there
// (SQLite), a word of an interaction it holds finds that interaction, and a customer and an interaction
// added now are found at once.
void checkSearchIsWhole(Workspace &workspace);

} // namespace tandem::test
