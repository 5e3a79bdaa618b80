// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace tandem {

// The readable text of an HTML mail, for the plain body of a mail sent as HTML only: tags dropped,
// scripts and styles with their content, block ends become line breaks, character references decoded.
// No rendering, so nothing is loaded and nothing runs.
[[nodiscard]] QString plainTextFromHtml(const QString &html);

} // namespace tandem
