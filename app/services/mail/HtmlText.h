// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// The readable text of an HTML mail, for the plain body of a mail sent as HTML only: tags dropped,
// scripts and styles with their content, block ends become line breaks, character references decoded.
// No rendering, so nothing is loaded and nothing runs.
[[nodiscard]] QString plainTextFromHtml(const QString &html);

// Text with HTML character references (&amp;, &#233;, &#x20AC;) replaced by the characters they stand for;
// references it does not know stay as they are.
[[nodiscard]] QString decodeCharacterReferences(const QString &text);

} // namespace tandem
