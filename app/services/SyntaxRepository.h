// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace KSyntaxHighlighting {
class Repository;
} // namespace KSyntaxHighlighting

namespace tandem {

// The program's one repository of highlighting definitions (reading every definition's metadata takes a
// while), with ours compiled in under :/org.kde.syntax-highlighting/syntax-addons. Owned by the
// application object when there is one, so it goes before the libraries it uses are unloaded.
[[nodiscard]] KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace tandem
