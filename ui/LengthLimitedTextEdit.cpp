// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LengthLimitedTextEdit.h"

#include <QMimeData>

namespace tandem {

LengthLimitedTextEdit::LengthLimitedTextEdit(qsizetype longest, QWidget *parent)
    : QPlainTextEdit(parent), m_longest(longest)
{ }

void LengthLimitedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasText()) {
        const QTextCursor cursor = textCursor();
        const qsizetype replaced = cursor.selectionEnd() - cursor.selectionStart();
        // characterCount() counts the document's closing paragraph separator.
        const qsizetype current = qMax(0, document()->characterCount() - 1);
        const qsizetype resulting = current - replaced + source->text().size();
        if (resulting > m_longest) {
            Q_EMIT refused(resulting, m_longest);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace tandem
