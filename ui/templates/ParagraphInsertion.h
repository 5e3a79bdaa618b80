// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QPlainTextEdit;

namespace tandem {

// Inserts text (a template's, say) at the caret as a paragraph of its own: what is already typed before and
// after it stays apart by a blank line. `caret` is where the caret goes within the inserted text; the edit
// gets the focus.
void insertAsParagraph(QPlainTextEdit *edit, const QString &text, int caret);

} // namespace tandem
